package org.profmonitor.core.formula;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The functions of the language. Names are case-insensitive. */
enum Function {
    /** Σ of a per-organisation value over the organisations of the unit. */
    SUM(1),
    /** Σ numerator / Σ denominator × 100 over the organisations reporting both. */
    SHARE(2),
    /** Number of organisations meeting a condition. */
    COUNT(1),
    /** Percent of reporting organisations meeting a condition. */
    ORGSHARE(1),
    /** The value in the previous campaign. */
    PREV(1);

    final int arity;

    Function(int arity) {
        this.arity = arity;
    }

    /** @return the name as written in formulas */
    String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the function called {@code name} in any case, or {@code null} */
    static Function byName(String name) {
        for (Function function : values()) {
            if (function.text().equalsIgnoreCase(name)) {
                return function;
            }
        }
        return null;
    }

    /** @return "sum, share, ..." for messages */
    static String list() {
        return Arrays.stream(values()).map(Function::text).collect(Collectors.joining(", ")); //$NON-NLS-1$
    }
}
