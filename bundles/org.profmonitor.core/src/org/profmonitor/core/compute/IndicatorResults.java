package org.profmonitor.core.compute;

import java.util.AbstractList;
import java.util.RandomAccess;

import org.profmonitor.core.formula.ColumnarEvaluator;
import org.profmonitor.core.formula.FormulaResult;
import org.profmonitor.model.Indicator;

/**
 * One indicator computed for a list of units, kept in primitive arrays: value, numerator and
 * denominator in the campaign and in the previous one, and the plan's outcome, per unit. An
 * {@link IndicatorValue} is made only when one is asked for ({@link #get}), equal to what
 * {@link IndicatorCalculator#compute(Indicator, Unit)} gives for the unit; the country has a
 * million values per recompute, and most callers only count them or read their numbers.
 * Unmodifiable.
 */
public final class IndicatorResults extends AbstractList<IndicatorValue> implements RandomAccess {

    private final Indicator indicator;
    private final Unit[] units;
    /* null: the formula does not parse, so there is no program and no previous result */
    private final ColumnarEvaluator.Program program;
    private final boolean withPrevious;
    /*
     * [0] values, [1] numerators, [2] denominators by unit; NaN: none. Three arrays rather than one
     * of thrice the length: the country's 42,000 units stay below G1's humongous object size.
     */
    final double[][] current;
    final double[][] previous;
    final PlanCheck.Outcome[] outcomes;

    IndicatorResults(Indicator indicator, Unit[] units, ColumnarEvaluator.Program program, boolean withPrevious) {
        this.indicator = indicator;
        this.units = units;
        this.program = program;
        this.withPrevious = withPrevious && program != null;
        this.current = new double[3][units.length];
        this.previous = this.withPrevious ? new double[3][units.length] : null;
        this.outcomes = new PlanCheck.Outcome[units.length];
    }

    /** @return the indicator computed */
    public Indicator indicator() {
        return indicator;
    }

    /**
     * @param index a unit's position in the list computed
     * @return the unit
     */
    public Unit unit(int index) {
        return units[index];
    }

    /**
     * @param index a unit's position
     * @return the unit's value, {@code NaN} when it has none (no data, or an invalid formula)
     */
    public double value(int index) {
        return current[0][index];
    }

    /**
     * @param index a unit's position
     * @return whether the unit has a value
     */
    public boolean hasValue(int index) {
        return !Double.isNaN(current[0][index]);
    }

    /**
     * @param index a unit's position
     * @return whether the plan is reached, as {@link IndicatorValue#reached()}
     */
    public Boolean reached(int index) {
        return outcomes[index].reached();
    }

    /* null when the formula does not parse */
    ColumnarEvaluator.Program program() {
        return program;
    }

    @Override
    public IndicatorValue get(int index) {
        PlanCheck.Outcome outcome = outcomes[index];
        return new IndicatorValue(indicator, units[index], result(current, index),
                withPrevious ? result(previous, index) : null, outcome.target(), outcome.reached());
    }

    @Override
    public int size() {
        return units.length;
    }

    private FormulaResult result(double[][] figures, int index) {
        if (program == null) {
            return new FormulaResult(null, null, null, null, FormulaResult.Status.INVALID_FORMULA);
        }
        return program.result(figures[0][index], figures[1][index], figures[2][index]);
    }
}
