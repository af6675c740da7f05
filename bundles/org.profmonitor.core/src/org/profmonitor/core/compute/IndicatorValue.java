package org.profmonitor.core.compute;

import org.profmonitor.core.formula.FormulaResult;
import org.profmonitor.model.Indicator;

/**
 * An indicator computed for one unit, compared with its plan.
 *
 * @param indicator the indicator
 * @param unit the unit
 * @param result the value in the campaign computed, with numerator and denominator for shares
 * @param previous the value in the previous campaign; {@code null} when there is none
 * @param target the plan value ({@code VALUE} target) that applies to the unit, or {@code null}
 * @param reached whether the plan is reached: every applicable target is met; {@code null} when
 *            undetermined (no target, a neutral indicator, no value, or no previous value to
 *            compare with)
 */
public record IndicatorValue(Indicator indicator, Unit unit, FormulaResult result, FormulaResult previous,
        Double target, Boolean reached) {

    /** @return the value, or {@code null} when there is no data */
    public Double value() {
        return result.value();
    }
}
