package org.profmonitor.core.formula;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Computes formulas for a unit from the figures its organisations reported. Data problems (missing
 * figures, zero denominators, no previous campaign) give {@link FormulaResult.Status#NO_DATA};
 * a formula with errors gives {@link FormulaResult.Status#INVALID_FORMULA}. Neither throws.
 * <p>
 * An evaluator remembers the checked and parsed formulas it has met. Use one per calculation run
 * (over all units of a campaign) and a new one when the indicator set changes. Not thread-safe.
 */
public final class FormulaEvaluator {

    private final FormulaEnvironment environment;
    private final FormulaChecker checker;
    private final Map<Formula, CheckResult> checked = new HashMap<>();
    private final Map<String, Node> indicatorFormulas = new HashMap<>();
    private final Evaluator evaluator = new Evaluator(this::indicatorFormula);

    /** @param environment the data elements and indicators formulas may use */
    public FormulaEvaluator(FormulaEnvironment environment) {
        this.environment = Objects.requireNonNull(environment, "environment"); //$NON-NLS-1$
        this.checker = new FormulaChecker(environment);
    }

    /**
     * Computes a formula that does not use prev(); prev() gives no data.
     *
     * @param formula the formula
     * @param current the unit's figures in the campaign computed
     * @return the result, never {@code null}
     */
    public FormulaResult evaluate(Formula formula, UnitData current) {
        return evaluate(formula, current, null);
    }

    /**
     * Computes a formula.
     *
     * @param formula the formula
     * @param current the unit's figures in the campaign computed
     * @param previous the same unit's figures in the previous campaign of the indicator set, for
     *            prev(); {@code null} if there was none (prev() then gives no data)
     * @return the result, never {@code null}
     */
    public FormulaResult evaluate(Formula formula, UnitData current, UnitData previous) {
        Objects.requireNonNull(current, "current"); //$NON-NLS-1$
        CheckResult check = checked.computeIfAbsent(formula, checker::check);
        if (!check.isValid()) {
            return FormulaResult.invalid();
        }
        Evaluator.Value value = evaluator.unit(formula.root(), Evaluator.Scope.of(current, previous));
        return new FormulaResult(check.type(), value.value(), value.numerator(), value.denominator(),
                value.value() == null ? FormulaResult.Status.NO_DATA : FormulaResult.Status.OK);
    }

    private Node indicatorFormula(String code) {
        return indicatorFormulas.computeIfAbsent(code, key -> {
            try {
                return Parser.parse(environment.indicatorFormula(key).orElseThrow());
            } catch (FormulaSyntaxException e) {
                // The check of the referencing formula has already parsed this one successfully.
                throw new IllegalStateException(e);
            }
        });
    }
}
