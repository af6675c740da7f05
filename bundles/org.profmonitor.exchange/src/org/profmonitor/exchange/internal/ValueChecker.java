/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.exchange.internal;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.exchange.ProblemKind;
import org.profmonitor.model.DataElement;
import org.profmonitor.model.DataElementType;

/**
 * Checks one value against its data element: type (count, flag) first, then the range. Only the
 * first failing rule is reported, so a negative count is not also "below the minimum 0".
 */
public final class ValueChecker {

    /** A failed check. */
    public record Failure(ProblemKind kind, String message) {
    }

    private ValueChecker() {
    }

    /**
     * @param element the data element
     * @param value   the value
     * @return the failure, or {@code null} if the value is acceptable
     */
    public static Failure check(DataElement element, double value) {
        String code = element.getCode();
        String shown = Numbers.format(value);
        DataElementType type = element.getType();
        if (type == DataElementType.COUNT) {
            if (value < 0) {
                return new Failure(ProblemKind.NEGATIVE_COUNT, NLS.bind(Messages.Problem_NegativeCount, code, shown));
            }
            if (!Numbers.isWhole(value)) {
                return new Failure(ProblemKind.NOT_INTEGER, NLS.bind(Messages.Problem_NotInteger, code, shown));
            }
        } else if (type == DataElementType.FLAG && value != 0 && value != 1) {
            return new Failure(ProblemKind.FLAG_NOT_BINARY, NLS.bind(Messages.Problem_FlagNotBinary, code, shown));
        }
        if (element.getMin() != null && value < element.getMin()) {
            return new Failure(ProblemKind.OUT_OF_RANGE, NLS.bind(Messages.Problem_BelowMin,
                    new Object[] { code, shown, Numbers.format(element.getMin()) }));
        }
        if (element.getMax() != null && value > element.getMax()) {
            return new Failure(ProblemKind.OUT_OF_RANGE, NLS.bind(Messages.Problem_AboveMax,
                    new Object[] { code, shown, Numbers.format(element.getMax()) }));
        }
        return null;
    }
}
