package org.profmonitor.core.formula;

/**
 * The value of a formula for one unit. Numbers are never NaN or infinite; a value that cannot be
 * computed is {@code null} with status {@link Status#NO_DATA}.
 *
 * @param type what the value is; {@code null} only for {@link Status#INVALID_FORMULA}
 * @param value the value, e.g. 71.43 for a percentage; {@code null} unless status is OK
 * @param numerator for share(), orgshare() and count(): the numerator (Σ N, or organisations
 *            meeting the condition); {@code null} when not applicable or unknown
 * @param denominator for share(), orgshare() and count(): the denominator (Σ D, or reporting
 *            organisations); {@code null} when not applicable or unknown
 * @param status whether there is a value
 */
public record FormulaResult(ResultType type, Double value, Double numerator, Double denominator, Status status) {

    /** Whether a value could be computed. */
    public enum Status {
        /** {@code value} holds the result. */
        OK,
        /** Nobody reported the needed figures, or a denominator is 0. */
        NO_DATA,
        /** The formula has errors (see {@link FormulaChecker}); nothing was computed. */
        INVALID_FORMULA
    }

    /** Keeps the fields consistent with the status. */
    public FormulaResult {
        if (status == null || (status == Status.OK) != (value != null)) {
            throw new IllegalArgumentException("value must be present exactly when status is OK"); //$NON-NLS-1$
        }
        requireFinite(value);
        requireFinite(numerator);
        requireFinite(denominator);
    }

    /** @return the result of a formula that cannot be evaluated */
    static FormulaResult invalid() {
        return new FormulaResult(null, null, null, null, Status.INVALID_FORMULA);
    }

    /** @return whether {@link #value()} is present */
    public boolean hasValue() {
        return status == Status.OK;
    }

    private static void requireFinite(Double number) {
        if (number != null && !Double.isFinite(number)) {
            throw new IllegalArgumentException("not a finite number: " + number); //$NON-NLS-1$
        }
    }
}
