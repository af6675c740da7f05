package org.profmonitor.reports;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.core.compute.Units;
import org.profmonitor.core.formula.FormulaFormat;
import org.profmonitor.core.indicators.IndicatorSetContribution;
import org.profmonitor.model.Campaign;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.reports.internal.AnalysisRows;
import org.profmonitor.reports.internal.AnalysisTexts;
import org.profmonitor.reports.internal.CampaignTexts;
import org.profmonitor.reports.internal.IndicatorRows;
import org.profmonitor.reports.internal.LevelRows;
import org.profmonitor.reports.internal.Messages;
import org.profmonitor.reports.internal.RowSource;
import org.profmonitor.reports.internal.ValueIndex;
import org.profmonitor.reports.internal.ValueTexts;

/**
 * The rows of the аналитическая справка ({@link ReportEngineService#SPRAVKA}) of a campaign:
 * tables {@value #DOCUMENT} (one row: title, legal basis, period, participation), {@value #METHOD},
 * {@value #VALUES} (the design's table, with each indicator's bar chart in {@value #CHART}), {@value #BELOW_PLAN},
 * {@value #PROBLEMS}, {@value #RECOMMENDATIONS}, {@value #RECOMMENDATIONS_NOTE},
 * {@value #CONCLUSIONS} and {@value #LEVELS} (for regions' own designs), made from the {@link CampaignResults} the caller computed;
 * with a {@link ReportSignature} also {@value ReportSignature#AUTHORITY} and {@value ReportSignature#PREPARED_BY}.
 */
public final class SpravkaData {

    /** Table of one row: the document's header texts. */
    public static final String DOCUMENT = "document"; //$NON-NLS-1$
    /** Table of the method: criterion, indicator, formula, unit, plan. */
    public static final String METHOD = "method"; //$NON-NLS-1$
    /** Table of the values: one row per indicator and municipality. */
    public static final String VALUES = "values"; //$NON-NLS-1$
    /**
     * Column of {@value #VALUES}: the bar chart of the indicator as a PNG ({@code byte[]}, drawn when
     * the design reads it: {@link ReportData.Deferred}), on the indicator's last row when it has two
     * or more municipalities, {@code null} on the others.
     */
    public static final String CHART = "chart"; //$NON-NLS-1$
    /** Table of the municipalities below plan, one text row per indicator. */
    public static final String BELOW_PLAN = "belowPlan"; //$NON-NLS-1$
    /** Table of the problems found, one numbered text row each (or one row saying there are none). */
    public static final String PROBLEMS = "problems"; //$NON-NLS-1$
    /** Table of the addressed recommendations: number, addressee, action, deadline, responsible. */
    public static final String RECOMMENDATIONS = "recommendations"; //$NON-NLS-1$
    /** Table of at most one row: why there are no recommendations. */
    public static final String RECOMMENDATIONS_NOTE = "recommendationsNote"; //$NON-NLS-1$
    /**
     * Table of the indicators of an education level per municipality with the verdict in words;
     * for the designs of regions that write by level (the shared design does not show it).
     */
    public static final String LEVELS = "levels"; //$NON-NLS-1$
    /** Table of the conclusions, one paragraph per row. */
    public static final String CONCLUSIONS = "conclusions"; //$NON-NLS-1$

    private SpravkaData() {
    }

    /**
     * @param contribution a loaded region contribution
     * @param demoCampaignId the id of one of its demo campaigns
     * @return the rows of the справка of that campaign, computed from its demo CSV, without an analysis
     * @throws NoSuchElementException if there is no such demo campaign
     * @throws IOException if the campaign's figures cannot be read
     */
    public static ReportData forDemoCampaign(IndicatorSetContribution contribution, String demoCampaignId)
            throws IOException {
        return build(CampaignResults.forDemoCampaign(contribution, demoCampaignId));
    }

    /**
     * @param results what the caller computed for the campaign
     * @return the rows of the справка
     */
    public static ReportData build(CampaignResults results) {
        return build(results, ReportSignature.NONE);
    }

    /**
     * @param results what the caller computed for the campaign
     * @param signature the issuing body for the heading and the author for the closing line
     * @return the rows of the справка
     */
    public static ReportData build(CampaignResults results, ReportSignature signature) {
        Units units = new Units(results.directory());
        ReportData data = new ReportData();
        data.add(DOCUMENT, document(results.set(), results.campaign(), units, results.reporting()));
        ValueTexts texts = new ValueTexts(FormulaFormat.russian());
        RowSource source = new RowSource(results.set(), units, new ValueIndex(results.values()), texts);
        new IndicatorRows(source).addTo(data);
        new LevelRows(source).addTo(data);
        new AnalysisRows(new AnalysisTexts(results.set(), units)).addTo(data, results.analysis());
        return signature.addTo(data, true);
    }

    private static Map<String, Object> document(IndicatorSet set, Campaign campaign, Units units,
            Set<String> reporting) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("title", NLS.bind(Messages.Spravka_Title, CampaignTexts.monitoringOf(set))); //$NON-NLS-1$
        row.put("subtitle", NLS.bind(Messages.Spravka_Subtitle, units.region().name(), campaign.getAcademicYear())); //$NON-NLS-1$
        row.put("basis", CampaignTexts.basis(set, campaign)); //$NON-NLS-1$
        row.put("period", CampaignTexts.period(campaign)); //$NON-NLS-1$
        row.put("year", NLS.bind(Messages.Spravka_Year, campaign.getAcademicYear())); //$NON-NLS-1$
        row.put("participation", CampaignTexts.participation(units, reporting, FormulaFormat.russian())); //$NON-NLS-1$
        return row;
    }
}
