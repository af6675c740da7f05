package org.profmonitor.reports.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.core.compute.Unit;
import org.profmonitor.model.Criterion;
import org.profmonitor.model.EducationLevel;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.UnitLevel;
import org.profmonitor.reports.ReportData;
import org.profmonitor.reports.SpravkaData;

/**
 * The indicators of an education level (preschool, primary, basic, secondary, additional) per
 * municipality, each with the verdict in the words the regions' letters use («плановые значения
 * достигнуты / не достигнуты»). The shared справка does not show them; a region's own design
 * does where its documents are written by level (Chelyabinsk, seed 003).
 */
public final class LevelRows {

    private final RowSource source;

    /** @param source the campaign's set, units, values and formats */
    public LevelRows(RowSource source) {
        this.source = source;
    }

    /** Adds the table levels to {@code data}. */
    public void addTo(ReportData data) {
        data.declare(SpravkaData.LEVELS);
        int municipalityOrder = 0; // a design groups on it: BIRT sorts groups by their key
        for (Unit municipality : source.units().of(UnitLevel.MUNICIPALITY)) {
            Double order = Double.valueOf(++municipalityOrder);
            for (Criterion criterion : source.set().getCriteria()) {
                for (Indicator indicator : criterion.getIndicators()) {
                    if (!indicator.isSetLevel()) {
                        continue;
                    }
                    source.values().find(indicator.getCode(), municipality.code())
                            .filter(value -> value.result().hasValue())
                            .ifPresent(value -> data.add(SpravkaData.LEVELS, row(criterion, indicator, value, order)));
                }
            }
        }
    }

    private Map<String, Object> row(Criterion criterion, Indicator indicator, IndicatorValue value, Double order) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("municipality", value.unit().name()); //$NON-NLS-1$
        row.put("municipalityOrder", order); //$NON-NLS-1$
        row.put("criterionCode", criterion.getCode()); //$NON-NLS-1$
        row.put("code", indicator.getCode()); //$NON-NLS-1$
        row.put("level", levelName(indicator.getLevel())); //$NON-NLS-1$
        row.put("name", indicator.getName()); //$NON-NLS-1$
        row.put("value", value.value()); //$NON-NLS-1$
        row.put("plan", value.target()); //$NON-NLS-1$
        row.put("verdict", verdict(value.reached())); //$NON-NLS-1$
        row.put("belowPlan", Boolean.FALSE.equals(value.reached())); //$NON-NLS-1$
        row.put("text", ValueTexts.keepFiguresTogether(NLS.bind(Messages.Level_Sentence, new Object[] { //$NON-NLS-1$
                lowerFirst(indicator.getName()), source.texts().format().format(value.result()), verdict(value.reached()) })));
        return row;
    }

    private static String verdict(Boolean reached) {
        if (reached == null) {
            return Messages.Level_NoPlan;
        }
        return reached ? Messages.Level_Reached : Messages.Level_NotReached;
    }

    private static String lowerFirst(String text) {
        return text == null || text.isEmpty() ? "" : Character.toLowerCase(text.charAt(0)) + text.substring(1); //$NON-NLS-1$
    }

    private static String levelName(EducationLevel level) {
        return switch (level) {
            case PRESCHOOL -> Messages.Level_PRESCHOOL;
            case PRIMARY -> Messages.Level_PRIMARY;
            case BASIC -> Messages.Level_BASIC;
            case SECONDARY -> Messages.Level_SECONDARY;
            case ADDITIONAL -> Messages.Level_ADDITIONAL;
        };
    }
}
