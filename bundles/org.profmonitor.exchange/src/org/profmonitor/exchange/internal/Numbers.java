/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.exchange.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Numbers as Russian users type and read them: decimal comma, spaces between thousands, «да»/«нет»
 * for flags.
 */
public final class Numbers {

    // deliberately strict: Double.parseDouble would accept "1e3", "NaN", "0x1p3" and "5d"
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)"); //$NON-NLS-1$
    // Excel in a Russian locale groups thousands with a no-break space; people type plain spaces
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]"); //$NON-NLS-1$
    private static final Set<String> YES = Set.of("да", "yes", "true", "истина"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    private static final Set<String> NO = Set.of("нет", "no", "false", "ложь"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private Numbers() {
    }

    /**
     * Parses a number typed by a user.
     *
     * @param text     the text of a cell
     * @param flagWords whether «да»/«нет» (yes/no) count as 1/0
     * @return the number, or empty when the text is not one
     */
    public static OptionalDouble parse(String text, boolean flagWords) {
        String compact = SPACES.matcher(text).replaceAll(""); //$NON-NLS-1$
        if (flagWords) {
            String word = compact.toLowerCase(Locale.ROOT);
            if (YES.contains(word)) {
                return OptionalDouble.of(1);
            }
            if (NO.contains(word)) {
                return OptionalDouble.of(0);
            }
        }
        if (!DECIMAL.matcher(compact).matches()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(new BigDecimal(compact.replace(',', '.')).doubleValue());
    }

    /**
     * Formats a number for a message: whole numbers without decimals, others with a decimal comma.
     *
     * @param value the number
     * @return the text, for example «64» or «12,5»
     */
    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /**
     * Formats a number for an Excel formula (validation bounds), where the decimal separator is
     * always a point.
     *
     * @param value the number
     * @return the text, for example «64» or «12.5»
     */
    public static String formula(double value) {
        return format(value).replace(',', '.');
    }

    /** @return whether the value has no fractional part */
    public static boolean isWhole(double value) {
        return value == Math.rint(value);
    }
}
