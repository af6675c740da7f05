package org.profmonitor.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.FrameworkUtil;
import org.profmonitor.core.compute.DisaggregatedValue;
import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.core.internal.analysis.Messages;
import org.profmonitor.model.Analysis;
import org.profmonitor.model.IndicatorResult;
import org.profmonitor.model.Problem;
import org.profmonitor.model.ProfmonitorFactory;
import org.profmonitor.model.Recommendation;

/**
 * Builds the analysis of a campaign as the model holds it: every computed indicator with its rank,
 * the problems the rules find, and the recommendations drafted for them.
 */
public final class AnalysisBuilder {

    private final List<ProblemRule> rules;
    private final List<String> warnings = new ArrayList<>();

    /** @param rules the problem rules, e.g. {@link ProblemRules#forSet} */
    public AnalysisBuilder(List<ProblemRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * @param input the campaign's computed indicators (totals)
     * @param disaggregated its indicators by disaggregation (students with disabilities...), which
     *            are stored with the results but are not searched for problems
     * @return a new analysis, without its campaign reference
     */
    public Analysis build(AnalysisInput input, List<DisaggregatedValue> disaggregated) {
        Analysis analysis = ProfmonitorFactory.eINSTANCE.createAnalysis();
        analysis.setCreatedOn(input.analysisDate());
        Map<IndicatorValue, Integer> ranks = Rankings.rank(input.values());
        for (IndicatorValue value : input.values()) {
            analysis.getResults().add(result(value, "", ranks.get(value))); //$NON-NLS-1$
        }
        for (DisaggregatedValue value : disaggregated) {
            analysis.getResults().add(result(value.value(), value.disaggregation(), null));
        }
        List<Problem> problems = findProblems(input);
        analysis.getProblems().addAll(problems);
        List<Recommendation> recommendations = new RecommendationDrafter(input).draft(problems);
        analysis.getRecommendations().addAll(recommendations);
        return analysis;
    }

    /** @return the messages of rules that failed in the last {@link #build} */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    private List<Problem> findProblems(AnalysisInput input) {
        warnings.clear();
        List<Problem> problems = new ArrayList<>();
        for (ProblemRule rule : rules) {
            try {
                List<Problem> found = rule.find(input);
                if (found != null) {
                    found.stream().filter(p -> p != null && p.getKind() != null).forEach(problems::add);
                }
            } catch (RuntimeException e) {
                // one region's faulty rule must not cost the user the whole analysis
                String message = NLS.bind(Messages.Rule_Failed, rule, e);
                warnings.add(message);
                ILog.of(FrameworkUtil.getBundle(AnalysisBuilder.class)).log(Status.warning(message, e));
            }
        }
        return problems;
    }

    private static IndicatorResult result(IndicatorValue value, String disaggregation, Integer rank) {
        IndicatorResult result = ProfmonitorFactory.eINSTANCE.createIndicatorResult();
        result.setIndicatorCode(value.indicator().getCode());
        result.setUnitLevel(value.unit().level());
        result.setUnitCode(value.unit().code());
        result.setDisaggregation(disaggregation);
        result.setNumerator(value.result().numerator());
        result.setDenominator(value.result().denominator());
        result.setValue(value.value());
        result.setTarget(value.target());
        result.setReached(value.reached());
        Double previous = value.previous() == null ? null : value.previous().value();
        result.setPrevious(previous);
        result.setChange(value.value() == null || previous == null ? null : value.value() - previous);
        result.setRank(rank);
        return result;
    }
}
