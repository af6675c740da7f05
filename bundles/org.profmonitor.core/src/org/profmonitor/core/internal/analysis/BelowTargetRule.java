package org.profmonitor.core.internal.analysis;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.core.analysis.AnalysisInput;
import org.profmonitor.core.analysis.ProblemRule;
import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.model.Direction;
import org.profmonitor.model.Problem;
import org.profmonitor.model.ProblemKind;

/**
 * A unit whose value misses its plan value in the indicator's direction. A missed "not below last
 * year" alone is a fall, found by {@link FellRule}, not this.
 */
public final class BelowTargetRule implements ProblemRule {

    private static final double TOLERANCE = 1e-9;

    @Override
    public List<Problem> find(AnalysisInput input) {
        List<Problem> problems = new ArrayList<>();
        for (IndicatorValue value : input.values()) {
            if (Boolean.FALSE.equals(value.reached()) && value.target() != null && value.value() != null
                    && misses(value)) {
                problems.add(Problems.create(ProblemKind.BELOW_TARGET, value.indicator().getCode(), value.unit(),
                        NLS.bind(Messages.Problem_BelowTarget, new Object[] { Problems.indicatorName(value),
                                Problems.name(value.unit()), Problems.shown(value.result()),
                                Problems.shown(value, value.target()) })));
            }
        }
        return problems;
    }

    private static boolean misses(IndicatorValue value) {
        double plan = value.target().doubleValue();
        return value.indicator().getDirection() == Direction.LOWER_IS_BETTER ? value.value() > plan + TOLERANCE
                : value.value() < plan - TOLERANCE;
    }
}
