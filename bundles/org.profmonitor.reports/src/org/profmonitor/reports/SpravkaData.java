package org.profmonitor.reports;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.core.compute.CampaignValues;
import org.profmonitor.core.compute.IndicatorCalculator;
import org.profmonitor.core.compute.Unit;
import org.profmonitor.core.compute.Units;
import org.profmonitor.core.formula.FormulaFormat;
import org.profmonitor.core.indicators.DemoCampaign;
import org.profmonitor.core.indicators.IndicatorSetContribution;
import org.profmonitor.model.Campaign;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.LegalAct;
import org.profmonitor.model.UnitLevel;
import org.profmonitor.reports.internal.IndicatorRows;
import org.profmonitor.reports.internal.Messages;

/**
 * The rows of the аналитическая справка ({@link ReportEngineService#SPRAVKA}) of a campaign:
 * tables {@value #DOCUMENT} (one row: title, legal basis, period, participation), {@value #METHOD},
 * {@value #VALUES}, {@value #BELOW_PLAN} and {@value #CONCLUSIONS}. Figures come from
 * {@link IndicatorCalculator}; until the store exists, from a region's demo campaign.
 */
public final class SpravkaData {

    /** Table of one row: the document's header texts. */
    public static final String DOCUMENT = "document"; //$NON-NLS-1$
    /** Table of the method: criterion, indicator, formula, unit, plan. */
    public static final String METHOD = "method"; //$NON-NLS-1$
    /** Table of the values: one row per indicator and municipality. */
    public static final String VALUES = "values"; //$NON-NLS-1$
    /** Table of the municipalities below plan, one text row per indicator. */
    public static final String BELOW_PLAN = "belowPlan"; //$NON-NLS-1$
    /** Table of the conclusions, one paragraph per row. */
    public static final String CONCLUSIONS = "conclusions"; //$NON-NLS-1$

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy"); //$NON-NLS-1$

    private SpravkaData() {
    }

    /**
     * @param contribution a loaded region contribution
     * @param demoCampaignId the id of one of its demo campaigns
     * @return the rows of the справка of that campaign
     * @throws NoSuchElementException if there is no such demo campaign
     * @throws IOException if the campaign's figures cannot be read
     */
    public static ReportData forDemoCampaign(IndicatorSetContribution contribution, String demoCampaignId)
            throws IOException {
        DemoCampaign demo = contribution.demoCampaign(demoCampaignId)
                .orElseThrow(() -> new NoSuchElementException(demoCampaignId));
        IndicatorCalculator calculator = IndicatorCalculator.forDemoCampaign(contribution, demoCampaignId);
        Units units = new Units(contribution.directory());
        CampaignValues values = CampaignValues.read(demo.values());
        return build(contribution.indicatorSet(), demo.campaign(), units, values.organisations(), calculator);
    }

    /**
     * @param set the indicator set in effect
     * @param campaign the campaign
     * @param units the units of the region's directory
     * @param reporting the codes of the organisations that reported figures
     * @param calculator the calculator over the campaign's figures
     * @return the rows of the справка
     */
    public static ReportData build(IndicatorSet set, Campaign campaign, Units units, Set<String> reporting,
            IndicatorCalculator calculator) {
        ReportData data = new ReportData();
        data.add(DOCUMENT, document(set, campaign, units, reporting));
        new IndicatorRows(set, units, calculator, FormulaFormat.russian()).addTo(data);
        return data;
    }

    private static Map<String, Object> document(IndicatorSet set, Campaign campaign, Units units,
            Set<String> reporting) {
        FormulaFormat format = FormulaFormat.russian();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("title", NLS.bind(Messages.Spravka_Title, monitoringOf(set))); //$NON-NLS-1$
        row.put("subtitle", NLS.bind(Messages.Spravka_Subtitle, units.region().name(), campaign.getAcademicYear())); //$NON-NLS-1$
        // The regulation is named only when it is not the order that opened the campaign.
        LegalAct regulation = set.getRegulation();
        boolean sameAct = regulation != null && campaign.getOpeningOrder() != null
                && Objects.equals(regulation.getNumber(), campaign.getOpeningOrder().getNumber());
        String basis = act(Messages.Spravka_Basis, campaign.getOpeningOrder(), false);
        String regulationText = sameAct ? "" : act(Messages.Spravka_Regulation, regulation, true); //$NON-NLS-1$
        row.put("basis", (basis + ' ' + regulationText).strip()); //$NON-NLS-1$
        row.put("period", period(campaign)); //$NON-NLS-1$
        row.put("year", NLS.bind(Messages.Spravka_Year, campaign.getAcademicYear())); //$NON-NLS-1$
        List<Unit> organisations = units.of(UnitLevel.ORGANISATION);
        long took = organisations.stream().filter(unit -> reporting.contains(unit.code())).count();
        String share = organisations.isEmpty() ? "" //$NON-NLS-1$
                : format.formatPercent(100.0 * took / organisations.size());
        row.put("participation", NLS.bind(Messages.Spravka_Participation, new Object[] { //$NON-NLS-1$
                took, organisations.size(), share, units.of(UnitLevel.MUNICIPALITY).size() }));
        return row;
    }

    /** «мониторинга работы по …» from the set's title «Мониторинг работы по …». */
    private static String monitoringOf(IndicatorSet set) {
        String title = set.getTitle() == null ? "" : set.getTitle().strip(); //$NON-NLS-1$
        String word = "Мониторинг "; //$NON-NLS-1$
        if (title.startsWith(word)) {
            return Messages.Spravka_Monitoring + ' ' + title.substring(word.length());
        }
        return title.isEmpty() ? Messages.Spravka_Monitoring : Messages.Spravka_Monitoring + " «" + title + '»'; //$NON-NLS-1$
    }

    private static String act(String pattern, LegalAct act, boolean titleFirst) {
        if (act == null) {
            return ""; //$NON-NLS-1$
        }
        String date = date(act.getDate());
        String number = nonNull(act.getNumber());
        String title = nonNull(act.getTitle());
        String issuer = nonNull(act.getIssuer());
        return titleFirst ? NLS.bind(pattern, new Object[] { title, date, number, issuer })
                : NLS.bind(pattern, new Object[] { date, number, title, issuer });
    }

    private static String period(Campaign campaign) {
        if (campaign.getPeriodStart() != null && campaign.getPeriodEnd() != null) {
            return NLS.bind(Messages.Spravka_Period, date(campaign.getPeriodStart()), date(campaign.getPeriodEnd()));
        }
        return campaign.getSchedule() == null ? "" : NLS.bind(Messages.Spravka_Schedule, campaign.getSchedule()); //$NON-NLS-1$
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date); //$NON-NLS-1$
    }

    private static String nonNull(String text) {
        return text == null ? "" : text; //$NON-NLS-1$
    }
}
