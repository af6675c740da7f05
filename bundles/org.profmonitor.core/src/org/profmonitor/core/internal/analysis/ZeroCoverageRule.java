package org.profmonitor.core.internal.analysis;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.core.analysis.AnalysisInput;
import org.profmonitor.core.analysis.ProblemRule;
import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.core.formula.ResultType;
import org.profmonitor.model.Direction;
import org.profmonitor.model.Problem;
import org.profmonitor.model.ProblemKind;
import org.profmonitor.model.UnitLevel;

/**
 * A share that is exactly zero where there were students or organisations to cover («0 % в
 * Молоковском районе»), or a count of organisations doing something that is zero where
 * organisations reported (no school works with an enterprise): nothing was done at all, which the
 * documents single out from a plan merely missed. A plain sum has no denominator and is never
 * "zero coverage".
 */
public final class ZeroCoverageRule implements ProblemRule {

    @Override
    public List<Problem> find(AnalysisInput input) {
        List<Problem> problems = new ArrayList<>();
        for (IndicatorValue value : input.values()) {
            if (value.unit().level() != UnitLevel.REGION && coverage(value.result().type())
                    && value.indicator().getDirection() != Direction.LOWER_IS_BETTER && value.value() != null
                    && value.value().doubleValue() == 0.0 && value.result().denominator() != null
                    && value.result().denominator().doubleValue() > 0) {
                problems.add(Problems.create(ProblemKind.ZERO_COVERAGE, value.indicator().getCode(), value.unit(),
                        NLS.bind(Messages.Problem_ZeroCoverage, new Object[] { Problems.indicatorName(value),
                                Problems.name(value.unit()), Problems.shown(value.result()) })));
            }
        }
        return problems;
    }

    /* A share, or a count of organisations meeting a condition (its denominator: those reporting). */
    private static boolean coverage(ResultType type) {
        return type == ResultType.PERCENT || type == ResultType.COUNT;
    }
}
