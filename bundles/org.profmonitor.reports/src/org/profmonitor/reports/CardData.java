package org.profmonitor.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.core.compute.Unit;
import org.profmonitor.core.compute.Units;
import org.profmonitor.core.formula.FormulaFormat;
import org.profmonitor.model.Criterion;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.UnitLevel;
import org.profmonitor.reports.internal.CampaignTexts;
import org.profmonitor.reports.internal.Messages;
import org.profmonitor.reports.internal.ValueIndex;
import org.profmonitor.reports.internal.ValueTexts;

/**
 * The rows of the card of one unit ({@link ReportEngineService#CARD}): an organisation, a
 * municipality or the region, its indicators against plan and last year, beside the value of the
 * unit above it (the municipality of an organisation, the region of a municipality). Tables
 * {@value #DOCUMENT} (one row) and {@value #INDICATORS}.
 */
public final class CardData {

    /** Table of one row: title, unit, campaign, summary. */
    public static final String DOCUMENT = "document"; //$NON-NLS-1$
    /** Table of the unit's indicators, one row each. */
    public static final String INDICATORS = "indicators"; //$NON-NLS-1$

    private CardData() {
    }

    /**
     * @param results what the caller computed for the campaign
     * @param unitCode the code of an organisation, a municipality or the region
     * @return the rows of the card
     * @throws NoSuchElementException if the region's directory has no such unit
     */
    public static ReportData build(CampaignResults results, String unitCode) {
        return build(results, unitCode, ReportSignature.NONE);
    }

    /**
     * @param results what the caller computed for the campaign
     * @param unitCode the code of an organisation, a municipality or the region
     * @param signature the issuing body, for the heading ({@value ReportSignature#AUTHORITY}); the
     *            card has no author's line
     * @return the rows of the card
     * @throws NoSuchElementException if the region's directory has no such unit
     */
    public static ReportData build(CampaignResults results, String unitCode, ReportSignature signature) {
        Units units = new Units(results.directory());
        Unit unit = units.find(unitCode).orElseThrow(() -> new NoSuchElementException(unitCode));
        Unit upper = upper(units, unit);
        ValueIndex values = new ValueIndex(results.values());
        ValueTexts texts = new ValueTexts(FormulaFormat.russian());
        ReportData data = new ReportData().declare(INDICATORS);
        int withPlan = 0;
        int reached = 0;
        List<String> noData = new ArrayList<>();
        int criterionOrder = 0; // the design groups on it: BIRT sorts groups by their key
        for (Criterion criterion : results.set().getCriteria()) {
            criterionOrder++;
            String criterionHeading = NLS.bind(Messages.Criterion_Heading, criterion.getCode(), criterion.getName());
            for (Indicator indicator : criterion.getIndicators()) {
                IndicatorValue value = values.find(indicator.getCode(), unit.code()).orElse(null);
                if (value == null || !value.result().hasValue()) {
                    noData.add(indicator.getCode());
                    continue;
                }
                if (value.reached() != null) {
                    withPlan++;
                    reached += value.reached() ? 1 : 0;
                }
                IndicatorValue above = upper == null ? null : values.find(indicator.getCode(), upper.code()).orElse(null);
                Map<String, Object> row = row(criterionHeading, indicator, value, above, upper, texts);
                row.put("criterionOrder", Double.valueOf(criterionOrder)); //$NON-NLS-1$
                data.add(INDICATORS, row);
            }
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("title", NLS.bind(Messages.Card_Title, levelName(unit.level()))); //$NON-NLS-1$
        document.put("unit", unit.name()); //$NON-NLS-1$
        document.put("context", context(units, unit)); //$NON-NLS-1$
        document.put("campaign", NLS.bind(Messages.Card_Campaign, //$NON-NLS-1$
                CampaignTexts.monitoringOf(results.set()), results.campaign().getAcademicYear()));
        document.put("basis", CampaignTexts.basis(results.set(), results.campaign())); //$NON-NLS-1$
        document.put("summary", summary(reached, withPlan, noData)); //$NON-NLS-1$
        data.add(DOCUMENT, document);
        return signature.addTo(data, false);
    }

    private static Map<String, Object> row(String criterionHeading, Indicator indicator, IndicatorValue value,
            IndicatorValue above, Unit upper, ValueTexts texts) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("criterion", criterionHeading); //$NON-NLS-1$
        row.put("indicator", NLS.bind(Messages.Indicator_Heading, indicator.getCode(), indicator.getName())); //$NON-NLS-1$
        row.put("value", value.value()); //$NON-NLS-1$
        row.put("percent", ValueTexts.percent(value)); //$NON-NLS-1$
        row.put("fraction", texts.fraction(value.result())); //$NON-NLS-1$
        row.put("plan", value.target()); //$NON-NLS-1$
        row.put("planText", ValueTexts.keepFiguresTogether(texts.planText(value))); //$NON-NLS-1$
        row.put("reached", ValueTexts.reachedText(value.reached())); //$NON-NLS-1$
        row.put("belowPlan", Boolean.FALSE.equals(value.reached())); //$NON-NLS-1$
        row.put("lastYear", ValueTexts.lastYear(value)); //$NON-NLS-1$
        row.put("change", ValueTexts.change(value)); //$NON-NLS-1$
        row.put("compare", above != null && above.result().hasValue() ? above.value() : null); //$NON-NLS-1$
        row.put("compareLabel", upper == null ? Messages.Card_NoUpper : upper.name()); //$NON-NLS-1$
        return row;
    }

    /** The organisation's municipality, the municipality's region; none above the region. */
    private static Unit upper(Units units, Unit unit) {
        return switch (unit.level()) {
            case ORGANISATION -> units.find(unit.municipalityCode()).orElse(units.region());
            case MUNICIPALITY -> units.region();
            default -> null;
        };
    }

    private static String context(Units units, Unit unit) {
        if (unit.level() == UnitLevel.ORGANISATION) {
            String municipality = units.find(unit.municipalityCode()).map(Unit::name).orElse(""); //$NON-NLS-1$
            return NLS.bind(Messages.Card_Context, municipality, units.region().name());
        }
        return unit.level() == UnitLevel.MUNICIPALITY ? units.region().name() : ""; //$NON-NLS-1$
    }

    private static String levelName(UnitLevel level) {
        return switch (level) {
            case ORGANISATION -> Messages.Card_Organisation;
            case MUNICIPALITY -> Messages.Card_Municipality;
            default -> Messages.Card_Region;
        };
    }

    private static String summary(int reached, int withPlan, List<String> noData) {
        String text = NLS.bind(Messages.Card_Summary, reached, withPlan);
        return noData.isEmpty() ? text : text + ' ' + NLS.bind(Messages.Card_NoData, String.join(", ", noData)); //$NON-NLS-1$
    }
}
