package org.profmonitor.core.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.profmonitor.core.formula.Sonkovo.DISTRICT_2021;
import static org.profmonitor.core.formula.Sonkovo.DISTRICT_2022;
import static org.profmonitor.core.formula.Sonkovo.ENVIRONMENT;
import static org.profmonitor.core.formula.Sonkovo.parse;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.profmonitor.core.formula.FormulaResult.Status;

class FormulaEvaluatorTest {

    private static final double EXACT = 1e-9;

    private final FormulaEvaluator evaluator = new FormulaEvaluator(ENVIRONMENT);

    private FormulaResult evaluate(String source, UnitData data) {
        return evaluator.evaluate(parse(source), data, DISTRICT_2021);
    }

    @Test
    void fiveOfSevenSchoolsWorkByAPlan() {
        FormulaResult result = evaluate("orgshare(regular_plan = 1)", DISTRICT_2022);
        assertEquals(Status.OK, result.status());
        assertEquals(ResultType.PERCENT, result.type());
        assertEquals(500.0 / 7, result.value(), EXACT); // 71.428…, the seed rounds it to 71 %
        assertEquals(5.0, result.numerator());
        assertEquals(7.0, result.denominator());
    }

    @Test
    void fourOfSevenSchoolsWorkWithEnterprises() {
        FormulaResult result = evaluate("count(enterprise_contracts > 0)", DISTRICT_2022);
        assertEquals(ResultType.COUNT, result.type());
        assertEquals(4.0, result.value());
        assertEquals(List.of(4.0, 7.0), List.of(result.numerator(), result.denominator()));
    }

    @Test
    void fourteenOfTwentyTwoGraduatesEnteredUniversities() {
        // The seed says 63.7 %; 14 / 22 = 63.636… %, i.e. 63.6 %: the seed's rounding slip.
        FormulaResult result = evaluate("share(grads11_vuz, grads11)", DISTRICT_2022);
        assertEquals(1400.0 / 22, result.value(), EXACT);
        assertEquals(14.0, result.numerator());
        assertEquals(22.0, result.denominator());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            orgshare(early_guidance = 1)                        | 100
            share(grads11_vuz + grads11_spo, grads11)           | 95.45454545454545
            sum(grads11) - sum(grads11_vuz) - sum(grads11_spo)  | 1
            sum(grads9_10)                                      | 19
            sum(grads9_spo)                                     | 45
            sum(grads9_10 + grads9_spo) - sum(grads9)           | 0
            share(grads9_10, grads9)                            | 29.6875
            share(g6_9_bvb, g6_9_total)                         | 52
            share(sum(g6_9_bvb), sum(g6_9_total))               | 52
            @IND_1_1                                            | 52
            prev(@IND_1_1)                                      | 40
            @IND_CHANGE                                         | 12
            prev(sum(g6_9_total))                               | 100
            count(regular_plan = 1 and enterprise_contracts = 0) | 1
            count(not regular_plan = 1 or enterprise_contracts >= 3) | 3
            sum(regular_plan)                                   | 5
            share(count(enterprise_contracts > 0), count(regular_plan = 1)) | 80
            sum(grads11_vuz / grads11 * 100) / count(grads11 > 0) | 59.58333333333333
            @IND_VUZ / 2                                        | 31.818181818181817
            -sum(grads11) + 2 * 11                              | 0
            """)
    void computesTheDistrictFigures(String source, double expected) {
        FormulaResult result = evaluate(source, DISTRICT_2022);
        assertEquals(Status.OK, result.status(), result::toString);
        assertEquals(expected, result.value(), EXACT);
    }

    @Test
    void aShareIsTheRatioOfSumsNotTheAverageOfPercentages() {
        UnitData data = UnitData.of(Map.of(
                "a", Map.of("g6_9_bvb", 1, "g6_9_total", 10),
                "b", Map.of("g6_9_bvb", 2, "g6_9_total", 10),
                "c", Map.of("g6_9_bvb", 3, "g6_9_total", 80)));
        FormulaResult result = evaluate("share(g6_9_bvb, g6_9_total)", data);
        assertEquals(6.0, result.value(), EXACT); // 6 / 100; the mean of 10 %, 20 % and 3.75 % would be 11.25 %
        assertEquals(List.of(6.0, 100.0), List.of(result.numerator(), result.denominator()));
    }

    @Test
    void aZeroDenominatorGivesNoDataButKeepsTheFigures() {
        UnitData data = UnitData.builder()
                .organisation("a").value("grads11", 0).value("grads11_vuz", 0)
                .organisation("b").value("grads11", 0).value("grads11_vuz", 0)
                .build();
        FormulaResult result = evaluate("share(grads11_vuz, grads11)", data);
        assertEquals(Status.NO_DATA, result.status());
        assertNull(result.value());
        assertEquals(List.of(0.0, 0.0), List.of(result.numerator(), result.denominator()));
        assertEquals(Status.NO_DATA, evaluate("sum(grads11_vuz) / sum(grads11)", data).status());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            share(grads11_vuz, grads11)
            sum(grads11)
            count(regular_plan = 1)
            orgshare(regular_plan = 1)
            @IND_VUZ + 1
            """)
    void nobodyReportingGivesNoData(String source) {
        UnitData data = UnitData.builder().organisation("a").value("hours", 3).organisation("b").build();
        FormulaResult result = evaluate(source, data);
        assertEquals(Status.NO_DATA, result.status());
        assertEquals(Arrays.asList(null, null, null),
                Arrays.asList(result.value(), result.numerator(), result.denominator()));
        assertEquals(Status.NO_DATA, evaluate(source, UnitData.builder().build()).status());
    }

    @Test
    void anOrganisationMissingHalfOfAShareIsLeftOutOfBothHalves() {
        UnitData data = UnitData.builder()
                .organisation("reported both").value("grads11_vuz", 1).value("grads11", 10)
                .organisation("no denominator").value("grads11_vuz", 5)
                .organisation("no numerator").value("grads11", 90)
                .build();
        for (String source : List.of("share(grads11_vuz, grads11)", "share(sum(grads11_vuz), sum(grads11))")) {
            FormulaResult result = evaluate(source, data);
            assertEquals(10.0, result.value(), EXACT, source); // 1 / 10, not 6 / 10 nor 1 / 100 nor 6 / 100
            assertEquals(List.of(1.0, 10.0), List.of(result.numerator(), result.denominator()));
        }
        // Plain sums take every organisation that reported the element.
        assertEquals(6.0, evaluate("sum(grads11_vuz)", data).value());
        assertEquals(100.0, evaluate("sum(grads11)", data).value());
    }

    @Test
    void anOrganisationThatDidNotAnswerIsNotReporting() {
        UnitData data = UnitData.builder()
                .organisation("yes").value("regular_plan", 1).value("enterprise_contracts", 2)
                .organisation("no").value("regular_plan", 0).value("enterprise_contracts", 0)
                .organisation("silent").value("enterprise_contracts", 5)
                .build();
        FormulaResult share = evaluate("orgshare(regular_plan = 1)", data);
        assertEquals(50.0, share.value(), EXACT);
        assertEquals(List.of(1.0, 2.0), List.of(share.numerator(), share.denominator()));
        // A condition needs all its figures, even where "or" could do without one.
        assertEquals(2.0, evaluate("count(regular_plan = 1 or enterprise_contracts > 0)", data).denominator());
    }

    @Test
    void anOrganisationWhoseValueCannotBeComputedIsLeftOut() {
        UnitData data = UnitData.builder()
                .organisation("a").value("grads11_vuz", 3).value("grads11", 4)
                .organisation("no grade 11").value("grads11_vuz", 0).value("grads11", 0)
                .organisation("bad input").value("grads11_vuz", Double.NaN).value("grads11", 5)
                .organisation("overflow").value("grads11_vuz", Double.POSITIVE_INFINITY).value("grads11", 5)
                .build();
        assertEquals(75.0, evaluate("sum(grads11_vuz / grads11 * 100)", data).value(), EXACT);
        FormulaResult share = evaluate("share(grads11_vuz, grads11)", data);
        assertEquals(List.of(3.0, 4.0), List.of(share.numerator(), share.denominator()));
        assertEquals(Status.NO_DATA, evaluate("sum(grads11) * 1" + "0".repeat(300) + " * 1" + "0".repeat(300), data).status());
    }

    @Test
    void prevUsesThePreviousCampaignOrGivesNoData() {
        Formula change = parse("@IND_CHANGE");
        assertEquals(12.0, evaluator.evaluate(change, DISTRICT_2022, DISTRICT_2021).value(), EXACT);
        FormulaResult firstYear = evaluator.evaluate(change, DISTRICT_2022);
        assertEquals(Status.NO_DATA, firstYear.status());
        FormulaResult previous = evaluator.evaluate(parse("prev(share(g6_9_bvb, g6_9_total))"), DISTRICT_2022, DISTRICT_2021);
        assertEquals(List.of(40.0, 100.0), List.of(previous.numerator(), previous.denominator()));
    }

    @Test
    void aReferencedIndicatorKeepsItsNumeratorAndDenominator() {
        FormulaResult result = evaluate("@IND_REG", DISTRICT_2022);
        assertEquals(List.of(5.0, 7.0), List.of(result.numerator(), result.denominator()));
        FormulaResult derived = evaluate("@IND_REG * 1", DISTRICT_2022);
        assertEquals(500.0 / 7, derived.value(), EXACT);
        assertNull(derived.numerator());
    }

    @Test
    void aSingleOrganisationIsAUnitToo() {
        UnitData school = UnitData.builder().organisation("koy_sosh")
                .value("grads11", 4).value("grads11_vuz", 3).value("regular_plan", 1).build();
        assertEquals(75.0, evaluate("share(grads11_vuz, grads11)", school).value(), EXACT);
        assertEquals(100.0, evaluate("orgshare(regular_plan = 1)", school).value(), EXACT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            sum(no_such_element)
            @CYC_A
            share(g6_9_bvb, budget)
            sum(grads11) > 1
            """)
    void aFormulaWithErrorsIsReportedNotThrown(String source) {
        FormulaResult result = evaluate(source, DISTRICT_2022);
        assertEquals(Status.INVALID_FORMULA, result.status());
        assertNull(result.value());
        assertNull(result.type());
    }
}
