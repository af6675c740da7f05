package org.profmonitor.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every deadline the region templates use, for Tver's 2022/23 campaign (held 10–17.02.2023). */
class DeadlineRulesTest {

    /* Friday 03.03.2023: five working days end on Friday 10.03.2023. */
    private static final DeadlineRules.Basis TVER_2022_23 = DeadlineRules.Basis.of("2022/23",
            LocalDate.of(2023, 2, 10), LocalDate.of(2023, 3, 3));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { //
            "до 01.05 года проведения мониторинга|2023-05-01", //
            "до 15.06 года, следующего за мониторингом|2024-06-15", //
            "до 30.11 текущего года|2023-11-30", //
            "до конца календарного года|2023-12-31", //
            "до октября текущего года|2023-09-30", //
            "в течение 5 рабочих дней|2023-03-10", //
            "в течение учебного года|2023-08-31", //
            "до конца учебного года|2023-08-31", //
            "до начала следующего учебного года|2023-08-31", //
            "в течение следующего учебного года|2024-08-31", //
            "в течение учебного года, следующего за мониторингом|2024-08-31", //
            "До 01.05.2025|2025-05-01" })
    void aRuleOfTheTemplatesGivesItsDate(String rule, LocalDate expected) {
        assertEquals(Optional.of(expected), DeadlineRules.resolve(rule, TVER_2022_23));
    }

    @Test
    void aRuleThatDependsOnADocumentNotYetIssuedHasNoDate() {
        assertTrue(DeadlineRules.resolve("в течение месяца после приказа об итогах мониторинга", TVER_2022_23)
                .isEmpty());
        assertTrue(DeadlineRules.resolve("до 31.02 текущего года", TVER_2022_23).isEmpty(), "no such day");
        assertTrue(DeadlineRules.resolve("", TVER_2022_23).isEmpty());
    }

    @Test
    void withoutAPeriodTheMonitoringYearIsTheAcademicYearsSecond() {
        DeadlineRules.Basis basis = DeadlineRules.Basis.of("2021/22", null, LocalDate.of(2022, 6, 1));
        assertEquals(2022, basis.monitoringYear());
        assertEquals(2021, basis.academicYearStart());
        assertEquals(Optional.of(LocalDate.of(2022, 5, 1)),
                DeadlineRules.resolve("до 01.05 года проведения мониторинга", basis));
    }

    @Test
    void workingDaysSkipTheWeekend() {
        // Saturday 04.03.2023 + 1 working day = Monday 06.03.2023
        assertEquals(LocalDate.of(2023, 3, 6), DeadlineRules.addWorkingDays(LocalDate.of(2023, 3, 4), 1));
    }
}
