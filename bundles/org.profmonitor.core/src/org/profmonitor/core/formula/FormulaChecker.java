package org.profmonitor.core.formula;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Checks formulas against the data elements and indicators of an indicator set: unknown names,
 * cycles between indicators, numbers and conditions in the wrong place, shares of values of
 * different kinds, and the other rules of the package documentation. Reports every problem
 * found, not just the first.
 * <p>
 * Stateless apart from the environment; safe to share if the environment is.
 */
public final class FormulaChecker {

    private final FormulaEnvironment environment;

    /** @param environment the data elements and indicators formulas may use */
    public FormulaChecker(FormulaEnvironment environment) {
        this.environment = Objects.requireNonNull(environment, "environment"); //$NON-NLS-1$
    }

    /**
     * Parses and checks formula text, as an editor does on every change.
     *
     * @param source formula text
     * @return the type and the problems; a syntax error is the only problem reported
     */
    public CheckResult check(String source) {
        try {
            return check(null, Formula.parse(source));
        } catch (FormulaSyntaxException e) {
            return new CheckResult(null, List.of(e.problem()));
        }
    }

    /**
     * Checks a formula that is not (or not yet) the formula of an indicator of the set.
     *
     * @param formula the formula
     * @return the type and the problems
     */
    public CheckResult check(Formula formula) {
        return check(null, formula);
    }

    /**
     * Checks the formula of indicator {@code indicatorCode}. The formula replaces whatever the
     * environment holds for that code, so a reference back to the indicator is a cycle.
     *
     * @param indicatorCode the code of the indicator (without {@code @}), or {@code null}
     * @param formula the formula
     * @return the type and the problems
     */
    public CheckResult check(String indicatorCode, Formula formula) {
        IndicatorResolver resolver = new IndicatorResolver(environment, indicatorCode);
        TypeChecker checker = new TypeChecker(formula.source(), environment, resolver);
        Type type = checker.checkFormula(formula.root());
        List<FormulaProblem> problems = new ArrayList<>(checker.problems());
        problems.sort(Comparator.comparingInt(FormulaProblem::offset)); // stable: keeps report order at one place
        return new CheckResult(type.isError() ? null : type.measure().resultType(), problems);
    }
}
