package org.profmonitor.core.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the deadlines of the region's recommendation templates, written as the documents write
 * them («до 01.05 года проведения мониторинга», «в течение 5 рабочих дней», «в течение следующего
 * учебного года»), into dates for a campaign. A rule it does not understand, or one that depends on
 * a document not yet issued («в течение месяца после приказа»), has no date: the recommendation
 * keeps the text alone and the user sets the date.
 * <p>
 * The academic year is taken to end on 31 August, its legal end, so «до конца учебного года» of
 * 2022/23 is 31.08.2023.
 */
public final class DeadlineRules {

    private static final Pattern WORKING_DAYS = Pattern.compile("в течение (\\d+) рабоч\\S* дн\\S*"); //$NON-NLS-1$
    private static final Pattern DAY_MONTH = Pattern.compile("до (\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{4}))?(.*)"); //$NON-NLS-1$
    private static final Pattern BEFORE_MONTH = Pattern.compile("до (\\p{L}+) текущего года"); //$NON-NLS-1$
    private static final String[] MONTHS_GENITIVE = { "января", "февраля", "марта", "апреля", "мая", "июня", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "июля", "августа", "сентября", "октября", "ноября", "декабря" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

    /**
     * What the deadlines are counted from.
     *
     * @param monitoringYear the calendar year the monitoring is held in (of its period's start)
     * @param academicYearStart the first calendar year of the campaign's academic year (2022 for 2022/23)
     * @param analysisDate the day the recommendations are drafted
     */
    public record Basis(int monitoringYear, int academicYearStart, LocalDate analysisDate) {

        /**
         * @param academicYear the campaign's academic year, e.g. {@code 2022/23}; may be {@code null}
         * @param periodStart the start of the campaign's period; may be {@code null}
         * @param analysisDate the day of the analysis
         * @return the basis, the missing parts derived from the others
         */
        public static Basis of(String academicYear, LocalDate periodStart, LocalDate analysisDate) {
            Integer start = academicYearStart(academicYear);
            int monitoring = periodStart != null ? periodStart.getYear()
                    : start != null ? start + 1 : analysisDate.getYear();
            int academic = start != null ? start
                    : periodStart != null && periodStart.getMonthValue() < 9 ? periodStart.getYear() - 1 : monitoring;
            return new Basis(monitoring, academic, analysisDate);
        }

        private static Integer academicYearStart(String academicYear) {
            if (academicYear == null) {
                return null;
            }
            Matcher matcher = Pattern.compile("\\s*(\\d{4}).*").matcher(academicYear); //$NON-NLS-1$
            return matcher.matches() ? Integer.valueOf(matcher.group(1)) : null;
        }
    }

    private DeadlineRules() {
    }

    /**
     * @param rule the template's deadline, e.g. «до 15.06 года, следующего за мониторингом»
     * @param basis the campaign's years and the analysis date
     * @return the date, or empty when the rule names none this program can know
     */
    public static Optional<LocalDate> resolve(String rule, Basis basis) {
        if (rule == null || rule.isBlank()) {
            return Optional.empty();
        }
        String text = rule.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
        Matcher workingDays = WORKING_DAYS.matcher(text);
        if (workingDays.matches()) {
            return Optional.of(addWorkingDays(basis.analysisDate(), Integer.parseInt(workingDays.group(1))));
        }
        Matcher dayMonth = DAY_MONTH.matcher(text);
        if (dayMonth.matches()) {
            return dayMonth(dayMonth, basis);
        }
        Matcher beforeMonth = BEFORE_MONTH.matcher(text);
        if (beforeMonth.matches()) {
            return month(beforeMonth.group(1)).map(m -> LocalDate.of(basis.monitoringYear(), m, 1).minusDays(1));
        }
        int academicEnd = basis.academicYearStart() + 1;
        return switch (text) {
        case "до конца календарного года" -> Optional.of(LocalDate.of(basis.monitoringYear(), Month.DECEMBER, 31)); //$NON-NLS-1$
        case "в течение учебного года", "до конца учебного года", "до начала следующего учебного года" -> //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Optional.of(endOfAcademicYear(academicEnd));
        case "в течение следующего учебного года", "в течение учебного года, следующего за мониторингом" -> //$NON-NLS-1$ //$NON-NLS-2$
            Optional.of(endOfAcademicYear(academicEnd + 1));
        default -> Optional.empty();
        };
    }

    private static Optional<LocalDate> dayMonth(Matcher matcher, Basis basis) {
        int day = Integer.parseInt(matcher.group(1));
        int month = Integer.parseInt(matcher.group(2));
        String rest = matcher.group(4).strip();
        int year;
        if (matcher.group(3) != null) {
            year = Integer.parseInt(matcher.group(3));
        } else if (rest.contains("следующего")) { //$NON-NLS-1$
            year = basis.monitoringYear() + 1;
        } else {
            year = basis.monitoringYear(); // «года проведения мониторинга», «текущего года», or nothing
        }
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).length(java.time.Year.isLeap(year))) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, month, day));
    }

    private static Optional<Integer> month(String name) {
        String stem = name.length() > 3 ? name.substring(0, 3) : name;
        for (int i = 0; i < MONTHS_GENITIVE.length; i++) {
            if (MONTHS_GENITIVE[i].startsWith(stem)) {
                return Optional.of(Integer.valueOf(i + 1));
            }
        }
        return Optional.empty();
    }

    private static LocalDate endOfAcademicYear(int calendarYear) {
        return LocalDate.of(calendarYear, Month.AUGUST, 31);
    }

    /** Weekends are skipped; public holidays are not known to the program. */
    static LocalDate addWorkingDays(LocalDate from, int days) {
        LocalDate date = from;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return date;
    }
}
