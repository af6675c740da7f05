package org.profmonitor.core.formula;

import java.util.List;

/**
 * The outcome of {@link FormulaChecker}: the type of the formula's value and all problems found.
 *
 * @param type what the formula yields; {@code null} when errors make it unknown
 * @param problems every problem found, ordered by position; empty when the formula is valid
 */
public record CheckResult(ResultType type, List<FormulaProblem> problems) {

    /** Makes the problem list immutable. */
    public CheckResult {
        problems = List.copyOf(problems);
    }

    /** @return whether the formula has no problem and can be evaluated */
    public boolean isValid() {
        return problems.isEmpty() && type != null;
    }
}
