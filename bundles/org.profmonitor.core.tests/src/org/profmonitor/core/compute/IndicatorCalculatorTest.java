package org.profmonitor.core.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.profmonitor.core.formula.FormulaFormat;
import org.profmonitor.core.formula.FormulaResult;
import org.profmonitor.model.DataElementType;
import org.profmonitor.model.Direction;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.Target;

/**
 * The calculator on a small district: M1 has three schools (1 of 10, 2 of 10 and 3 of 80 graduates
 * admitted: 6 of 100 = 6 %, not the 11,25 % an average of percentages would give), M2 one school
 * with no graduates (no data).
 */
class IndicatorCalculatorTest {

    private final IndicatorSet set = Models.set("s");
    private final Units units = new Units(Models.directory("R",
            new String[] { "M1", "O1", "O2", "O3" }, new String[] { "M2", "O4" }));
    private final CampaignValues current = CampaignValues.of(Map.of(
            "O1", Map.of("GRADS", 10.0, "ADMITTED", 1.0, "PLAN", 1.0),
            "O2", Map.of("GRADS", 10.0, "ADMITTED", 2.0, "PLAN", 0.0),
            "O3", Map.of("GRADS", 80.0, "ADMITTED", 3.0, "PLAN", 1.0),
            "O4", Map.of("GRADS", 0.0, "ADMITTED", 0.0)));
    /* Last year O1 had 5 of 10; M1 then had 7 of 100. */
    private final CampaignValues previous = CampaignValues.of(Map.of(
            "O1", Map.of("GRADS", 10.0, "ADMITTED", 5.0),
            "O2", Map.of("GRADS", 10.0, "ADMITTED", 1.0),
            "O3", Map.of("GRADS", 80.0, "ADMITTED", 1.0)));

    IndicatorCalculatorTest() {
        Models.element(set, "GRADS", DataElementType.COUNT);
        Models.element(set, "ADMITTED", DataElementType.COUNT).setWhole(set.getDataElements().get(0));
        Models.element(set, "PLAN", DataElementType.FLAG);
    }

    private IndicatorCalculator calculator(CampaignValues previousValues) {
        return new IndicatorCalculator(set, "2022/23", current, previousValues);
    }

    private Unit unit(String code) {
        return units.find(code).orElseThrow();
    }

    @Test
    void shareIsTheSumOfNumeratorsOverTheSumOfDenominators() {
        Models.value(Models.indicator(set, "SHARE", "share(ADMITTED, GRADS)", Direction.HIGHER_IS_BETTER), 50);

        IndicatorValue m1 = calculator(null).compute("SHARE", unit("M1"));

        assertEquals(6.0, m1.value(), 1e-9);
        assertEquals(6.0, m1.result().numerator());
        assertEquals(100.0, m1.result().denominator());
        assertEquals("6,0 %", FormulaFormat.russian().format(m1.result()));
        assertEquals(50.0, m1.target());
        assertEquals(Boolean.FALSE, m1.reached());
        IndicatorValue o1 = calculator(null).compute("SHARE", unit("O1"));
        assertEquals(10.0, o1.value(), 1e-9);
        IndicatorValue region = calculator(null).compute("SHARE", units.region());
        assertEquals(6.0, region.value(), 1e-9, "O4 adds 0 of 0");
    }

    @Test
    void zeroDenominatorGivesNoDataAndNoVerdict() {
        Models.value(Models.indicator(set, "SHARE", "share(ADMITTED, GRADS)", Direction.HIGHER_IS_BETTER), 50);

        IndicatorValue m2 = calculator(previous).compute("SHARE", unit("M2"));

        assertEquals(FormulaResult.Status.NO_DATA, m2.result().status());
        assertNull(m2.value());
        assertNull(m2.reached());
    }

    @Test
    void shareOfOrganisationsCountsReportingOrganisations() {
        Models.indicator(set, "ORGS", "orgshare(PLAN = 1)", Direction.HIGHER_IS_BETTER);

        IndicatorValue m1 = calculator(null).compute("ORGS", unit("M1"));

        assertEquals("2 из 3", FormulaFormat.russian().formatFraction(m1.result()));
        assertEquals("66,7 %", FormulaFormat.russian().format(m1.result()));
        assertNull(m1.reached(), "no target");
    }

    @Test
    void reachedFollowsTheDirection() {
        Indicator higher = Models.indicator(set, "HIGH", "share(ADMITTED, GRADS)", Direction.HIGHER_IS_BETTER);
        Models.value(higher, 6);
        Indicator lower = Models.indicator(set, "LOW", "share(ADMITTED, GRADS)", Direction.LOWER_IS_BETTER);
        Models.value(lower, 5);
        Indicator neutral = Models.indicator(set, "NEUTRAL", "share(ADMITTED, GRADS)", Direction.NEUTRAL);
        Models.value(neutral, 5);
        IndicatorCalculator calculator = calculator(null);

        assertEquals(Boolean.TRUE, calculator.compute("HIGH", unit("M1")).reached(), "6 % meets a plan of 6 %");
        assertEquals(Boolean.FALSE, calculator.compute("LOW", unit("M1")).reached(), "6 % is above a ceiling of 5 %");
        assertEquals(Boolean.TRUE, calculator.compute("LOW", unit("O3")).reached(), "3,75 % is below 5 %");
        IndicatorValue neutralValue = calculator.compute("NEUTRAL", unit("M1"));
        assertNull(neutralValue.reached());
        assertEquals(5.0, neutralValue.target());
    }

    @Test
    void notBelowPreviousComparesWithLastYear() {
        Models.notBelowPrevious(Models.indicator(set, "KEEP", "share(ADMITTED, GRADS)", Direction.HIGHER_IS_BETTER));

        IndicatorValue m1 = calculator(previous).compute("KEEP", unit("M1"));
        assertEquals(7.0, m1.previous().value(), 1e-9);
        assertEquals(Boolean.FALSE, m1.reached(), "6 % fell from 7 %");
        assertEquals(Boolean.TRUE, calculator(previous).compute("KEEP", unit("O3")).reached(), "3,75 % rose from 1,25 %");
        assertNull(calculator(null).compute("KEEP", unit("M1")).reached(), "no previous campaign");
    }

    @Test
    void prevInAFormulaUsesThePreviousCampaign() {
        Models.indicator(set, "SHARE", "share(ADMITTED, GRADS)", Direction.HIGHER_IS_BETTER);
        Models.indicator(set, "CHANGE", "@SHARE - prev(@SHARE)", Direction.HIGHER_IS_BETTER);

        assertEquals(-1.0, calculator(previous).compute("CHANGE", unit("M1")).value(), 1e-9);
        assertFalse(calculator(null).compute("CHANGE", unit("M1")).result().hasValue());
    }

    @Test
    void municipalTargetOverridesTheSetWideOneAndOtherYearsDoNotApply() {
        Indicator indicator = Models.indicator(set, "MUNI", "share(ADMITTED, GRADS)", Direction.HIGHER_IS_BETTER);
        Models.value(indicator, 90);
        Target own = Models.value(indicator, 5);
        own.setMunicipalityCode("M1");
        Target otherYear = Models.value(indicator, 100);
        otherYear.setAcademicYear("2021/22");
        otherYear.setMunicipalityCode("M1");
        IndicatorCalculator calculator = calculator(null);

        IndicatorValue m1 = calculator.compute("MUNI", unit("M1"));
        assertEquals(5.0, m1.target());
        assertEquals(Boolean.TRUE, m1.reached());
        assertEquals(Boolean.TRUE, calculator.compute("MUNI", unit("O2")).reached(), "a school follows its municipality's plan");
        IndicatorValue region = calculator.compute("MUNI", units.region());
        assertEquals(90.0, region.target());
        assertEquals(Boolean.FALSE, region.reached());
    }

    @Test
    void everyIndicatorForEveryUnit() {
        Models.indicator(set, "SHARE", "share(ADMITTED, GRADS)", Direction.HIGHER_IS_BETTER);
        Models.indicator(set, "ORGS", "orgshare(PLAN = 1)", Direction.HIGHER_IS_BETTER);

        assertEquals(2 * 7, calculator(null).computeAll(units.all()).size(), "4 schools, 2 municipalities, 1 region");
        assertTrue(units.find("O4").isPresent());
        assertEquals("M2", units.find("O4").orElseThrow().municipalityCode());
    }
}
