package org.profmonitor.core.indicators;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Academic years as the documents write them: «2022/23», also «2022/2023» or «2022-23». */
final class AcademicYears {

    private static final Pattern YEAR = Pattern.compile("\\s*(\\d{4})\\s*[/\\-\u2013]\\s*(\\d{2}|\\d{4})\\s*"); //$NON-NLS-1$

    private AcademicYears() {
    }

    /** @return the year as {@code 2022/23}, or the text unchanged if it is not an academic year */
    static String normalise(String year) {
        if (year == null) {
            return null;
        }
        Matcher matcher = YEAR.matcher(year);
        if (!matcher.matches()) {
            return year;
        }
        int start = Integer.parseInt(matcher.group(1));
        return format(start);
    }

    /** @return the academic year before {@code year} (2021/22 for 2022/23), empty if it is not one */
    static Optional<String> previous(String year) {
        if (year == null) {
            return Optional.empty();
        }
        Matcher matcher = YEAR.matcher(year);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(format(Integer.parseInt(matcher.group(1)) - 1));
    }

    private static String format(int start) {
        return String.format("%d/%02d", start, (start + 1) % 100); //$NON-NLS-1$
    }
}
