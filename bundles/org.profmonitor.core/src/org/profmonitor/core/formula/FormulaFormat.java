package org.profmonitor.core.formula;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * Displays formula results the way the monitoring reports state them: one decimal, rounded half
 * up, with the locale's decimal separator ({@code 71,4 %} in Russian), counts as whole numbers,
 * and shares also as {@code 5 из 7}. Digits are not grouped, as in the source documents
 * ("4201 обучающихся").
 */
public final class FormulaFormat {

    private static final FormulaFormat RUSSIAN = new FormulaFormat(Locale.of("ru", "RU")); //$NON-NLS-1$ //$NON-NLS-2$

    private final Locale locale;
    private final char decimalSeparator;

    private FormulaFormat(Locale locale) {
        this.locale = locale;
        this.decimalSeparator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
    }

    /** @return the format of the users' language */
    public static FormulaFormat russian() {
        return RUSSIAN;
    }

    /**
     * @param locale the display locale; texts fall back to English where there is no translation
     * @return a format for that locale
     */
    public static FormulaFormat forLocale(Locale locale) {
        return new FormulaFormat(Objects.requireNonNull(locale, "locale")); //$NON-NLS-1$
    }

    /**
     * @param result a formula result
     * @return the value as shown in reports: "71,4 %", "7", "12,5", or "нет данных" when there is
     *         no value
     */
    public String format(FormulaResult result) {
        return switch (result.status()) {
            case NO_DATA -> Messages.get(locale, Messages.FORMAT_NO_DATA);
            case INVALID_FORMULA -> Messages.get(locale, Messages.FORMAT_INVALID);
            case OK -> switch (result.type()) {
                case PERCENT -> formatPercent(result.value());
                case COUNT -> formatCount(result.value());
                case NUMBER -> formatNumber(result.value());
            };
        };
    }

    /**
     * @param result a result of share(), orgshare() or count()
     * @return "5 из 7", or an empty string when numerator or denominator is unknown
     */
    public String formatFraction(FormulaResult result) {
        if (result.numerator() == null || result.denominator() == null) {
            return ""; //$NON-NLS-1$
        }
        return Messages.format(locale, Messages.FORMAT_FRACTION, formatCount(result.numerator()),
                formatCount(result.denominator()));
    }

    /** @return a percentage with one decimal: 71.428 → "71,4 %" */
    public String formatPercent(double percent) {
        return Messages.format(locale, Messages.FORMAT_PERCENT, formatNumber(percent));
    }

    /** @return a number with one decimal: 12.25 → "12,3" */
    public String formatNumber(double number) {
        BigDecimal rounded = BigDecimal.valueOf(number).setScale(1, RoundingMode.HALF_UP);
        if (rounded.signum() == 0) {
            rounded = rounded.abs(); // no "-0,0" for a tiny negative change
        }
        return rounded.toPlainString().replace('.', decimalSeparator);
    }

    /** @return a whole number as such (14 → "14"), anything else with one decimal */
    public String formatCount(double count) {
        if (count == Math.rint(count) && Math.abs(count) < 1e15) {
            return Long.toString((long) count);
        }
        return formatNumber(count);
    }
}
