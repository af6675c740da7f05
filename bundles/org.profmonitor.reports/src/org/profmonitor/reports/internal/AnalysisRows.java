package org.profmonitor.reports.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.profmonitor.model.Analysis;
import org.profmonitor.model.Problem;
import org.profmonitor.model.Recommendation;
import org.profmonitor.model.UnitLevel;
import org.profmonitor.reports.ReportData;
import org.profmonitor.reports.SpravkaData;

/**
 * The analysis part of the справка: the problems found, as a numbered list, and the addressed
 * recommendations table (addressee, recommendation, deadline, responsible). Without an analysis,
 * or with an empty one, each section gets one sentence saying so instead of staying blank.
 */
public final class AnalysisRows {

    private final AnalysisTexts texts;

    /** @param texts the words of the analysis */
    public AnalysisRows(AnalysisTexts texts) {
        this.texts = texts;
    }

    /**
     * Adds the tables problems, recommendations and recommendationsNote.
     *
     * @param analysis the stored analysis, or {@code null} when there is none
     */
    public void addTo(ReportData data, Analysis analysis) {
        data.declare(SpravkaData.PROBLEMS).declare(SpravkaData.RECOMMENDATIONS)
                .declare(SpravkaData.RECOMMENDATIONS_NOTE);
        if (analysis == null) {
            data.add(SpravkaData.PROBLEMS, Map.of("text", Messages.Analysis_None)); //$NON-NLS-1$
            data.add(SpravkaData.RECOMMENDATIONS_NOTE, Map.of("text", Messages.Recommendations_NoAnalysis)); //$NON-NLS-1$
            return;
        }
        int number = 0;
        // the region's own problems one by one; municipalities' and organisations', often hundreds,
        // one paragraph per level, indicator and kind
        Map<String, List<Problem>> groups = new LinkedHashMap<>();
        for (Problem problem : analysis.getProblems()) {
            if (problem.getUnitLevel() == UnitLevel.ORGANISATION || problem.getUnitLevel() == UnitLevel.MUNICIPALITY) {
                groups.computeIfAbsent(problem.getUnitLevel() + "|" + problem.getIndicatorCode() + '|' //$NON-NLS-1$
                        + problem.getKind(), key -> new ArrayList<>()).add(problem);
            } else {
                data.add(SpravkaData.PROBLEMS, Map.of("text", ++number + ". " + texts.problem(problem))); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        for (List<Problem> same : groups.values()) {
            String text = same.size() == 1 ? texts.problem(same.get(0)) : texts.sameProblem(same);
            data.add(SpravkaData.PROBLEMS, Map.of("text", ++number + ". " + text)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (number == 0) {
            data.add(SpravkaData.PROBLEMS, Map.of("text", Messages.Problems_None)); //$NON-NLS-1$
        }
        number = 0;
        for (Recommendation recommendation : analysis.getRecommendations()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("number", Double.valueOf(++number)); //$NON-NLS-1$
            row.put("addressee", texts.addressee(recommendation)); //$NON-NLS-1$
            row.put("action", recommendation.getAction() == null ? "" : recommendation.getAction().strip()); //$NON-NLS-1$ //$NON-NLS-2$
            row.put("deadline", AnalysisTexts.deadline(recommendation)); //$NON-NLS-1$
            row.put("responsible", AnalysisTexts.responsible(recommendation)); //$NON-NLS-1$
            data.add(SpravkaData.RECOMMENDATIONS, row);
        }
        if (number == 0) {
            data.add(SpravkaData.RECOMMENDATIONS_NOTE, Map.of("text", Messages.Recommendations_None)); //$NON-NLS-1$
        }
    }
}
