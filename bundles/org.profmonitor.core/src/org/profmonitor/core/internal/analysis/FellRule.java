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
import org.profmonitor.model.UnitLevel;

/**
 * A municipality or the region whose value got worse than in the previous campaign. Single
 * organisations are left out: a school's figures swing with one class, and the documents judge
 * the trend of municipalities and the region.
 */
public final class FellRule implements ProblemRule {

    private static final double TOLERANCE = 1e-9;

    @Override
    public List<Problem> find(AnalysisInput input) {
        List<Problem> problems = new ArrayList<>();
        for (IndicatorValue value : input.values()) {
            if (value.unit().level() != UnitLevel.ORGANISATION && value.value() != null && value.previous() != null
                    && value.previous().hasValue() && fell(value)) {
                problems.add(Problems.create(ProblemKind.FELL_AGAINST_PREVIOUS, value.indicator().getCode(),
                        value.unit(),
                        NLS.bind(Messages.Problem_Fell, new Object[] { Problems.indicatorName(value),
                                Problems.name(value.unit()), Problems.shown(value.result()),
                                Problems.shown(value.previous()) })));
            }
        }
        return problems;
    }

    private static boolean fell(IndicatorValue value) {
        Direction direction = value.indicator().getDirection();
        double now = value.value();
        double before = value.previous().value();
        if (direction == Direction.NEUTRAL) {
            return false;
        }
        return direction == Direction.LOWER_IS_BETTER ? now > before + TOLERANCE : now < before - TOLERANCE;
    }
}
