package org.profmonitor.core.formula;

/**
 * What a numeric value measures. Finer than {@link ResultType} because the checker must tell a
 * count of students from a count of organisations: a share of one over the other is nonsense.
 */
enum Measure implements Localizable {
    /** A literal number: neutral, combines with anything. */
    CONSTANT,
    /** People or things (COUNT elements and their sums). */
    COUNT,
    /** Decimal values. */
    NUMBER,
    /** A per-organisation yes/no value (0/1). */
    FLAG,
    /** A number of organisations: count(), or sum() of a FLAG. */
    ORGANISATIONS,
    /** A percentage. */
    PERCENT;

    @Override
    public String messageKey() {
        return "kind." + name().toLowerCase(java.util.Locale.ROOT); //$NON-NLS-1$
    }

    static Measure of(ElementKind kind) {
        return switch (kind) {
            case COUNT -> COUNT;
            case NUMBER -> NUMBER;
            case FLAG -> FLAG;
        };
    }

    /** @return what Σ over organisations of a value of this measure measures */
    Measure summed() {
        return switch (this) {
            case FLAG -> ORGANISATIONS; // Σ of yes=1 answers counts organisations
            case CONSTANT -> NUMBER;
            default -> this;
        };
    }

    /** @return the measure of {@code a + b} or {@code a - b}, or {@code null} if they do not add up */
    static Measure add(Measure a, Measure b) {
        if (a == CONSTANT || a == b) {
            return b == FLAG ? COUNT : b;
        }
        if (b == CONSTANT) {
            return a == FLAG ? COUNT : a;
        }
        if (a == PERCENT || b == PERCENT || a == ORGANISATIONS || b == ORGANISATIONS) {
            return null;
        }
        // Among COUNT, NUMBER and FLAG a decimal wins; a flag added to a count is a count.
        return a == NUMBER || b == NUMBER ? NUMBER : COUNT;
    }

    /** @return the measure of {@code a * b} or {@code a / b} (never incompatible) */
    static Measure multiply(Measure a, Measure b, boolean divide) {
        if (a == CONSTANT && b == CONSTANT) {
            return CONSTANT;
        }
        if (!divide && a == FLAG) {
            return b == CONSTANT ? NUMBER : b; // a flag masks the other value: flag * x
        }
        if (b == FLAG) {
            return divide ? NUMBER : a == CONSTANT ? NUMBER : a;
        }
        // A percentage scaled by a literal stays a percentage (e.g. @IND / 2); so does a decimal.
        if (b == CONSTANT && (a == PERCENT || a == NUMBER)) {
            return a;
        }
        if (!divide && a == CONSTANT && (b == PERCENT || b == NUMBER)) {
            return b;
        }
        return NUMBER;
    }

    /** @return whether a share of a value of this measure over one of {@code other} makes sense */
    boolean sharable(Measure other) {
        return this == CONSTANT || other == CONSTANT || this == other;
    }

    ResultType resultType() {
        return switch (this) {
            case PERCENT -> ResultType.PERCENT;
            case COUNT, ORGANISATIONS, FLAG -> ResultType.COUNT;
            case NUMBER, CONSTANT -> ResultType.NUMBER;
        };
    }
}
