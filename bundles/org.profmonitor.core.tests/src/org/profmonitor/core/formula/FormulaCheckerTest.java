package org.profmonitor.core.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.profmonitor.core.formula.Sonkovo.CHECKER;
import static org.profmonitor.core.formula.Sonkovo.parse;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaCheckerTest {

    private static final Locale RUSSIAN = Locale.of("ru");

    @ParameterizedTest(name = "{0}  :  {1}")
    @CsvSource(delimiter = '|', textBlock = """
            sum(g6_9_total)                                              | COUNT
            sum(grads9_10 + grads9_spo)                                  | COUNT
            share(g6_9_bvb, g6_9_total)                                  | PERCENT
            share(grads11_vuz + grads11_spo, grads11)                    | PERCENT
            share(sum(grads11_vuz), sum(grads11))                        | PERCENT
            count(regular_plan = 1)                                      | COUNT
            count(enterprise_contracts > 0 and not regular_plan = 0)     | COUNT
            orgshare(regular_plan = 1)                                   | PERCENT
            share(count(enterprise_contracts > 0), count(regular_plan = 1)) | PERCENT
            share(regular_plan, early_guidance)                          | PERCENT
            sum(regular_plan)                                            | COUNT
            sum(hours)                                                   | NUMBER
            sum(budget) / sum(g6_9_total)                                | NUMBER
            sum(hours * regular_plan)                                    | NUMBER
            @IND_1_1                                                     | PERCENT
            @IND_1_1 - prev(@IND_1_1)                                    | PERCENT
            100 - @IND_1_1                                               | PERCENT
            @IND_VUZ / 2                                                 | PERCENT
            @IND_SCHOOLS + 1                                             | COUNT
            prev(sum(grads11))                                           | COUNT
            @IND_1_1 + @IND_1_1                                          | PERCENT
            share(@IND_VUZ, prev(@IND_VUZ))                              | PERCENT
            1.5                                                          | NUMBER
            """)
    void validFormulasHaveTheirResultType(String source, ResultType type) {
        CheckResult result = CHECKER.check(source);
        assertEquals(List.of(), result.problems());
        assertTrue(result.isValid());
        assertEquals(type, result.type());
    }

    @ParameterizedTest(name = "[{index}] {0}  →  {1} at {2}+{3}")
    @CsvSource(delimiter = '|', textBlock = """
            sum(g6_9_totl)                                   | UNKNOWN_ELEMENT             | 4  | 9
            @IND_X + 1                                       | UNKNOWN_INDICATOR           | 0  | 6
            sum(g6_9_totаl)                                   | NON_LATIN_CODE              | 4  | 10
            @IND_1_С + 1                                       | NON_LATIN_CODE              | 0  | 8
            avg(g6_9_total)                                  | UNKNOWN_FUNCTION            | 0  | 3
            share(g6_9_bvb)                                  | WRONG_ARGUMENT_COUNT        | 0  | 15
            share(g6_9_bvb, 1,5)                             | WRONG_ARGUMENT_COUNT        | 0  | 20
            count()                                          | WRONG_ARGUMENT_COUNT        | 0  | 7
            sum(g6_9_total > 0)                              | CONDITION_AS_NUMBER         | 4  | 14
            sum(grads11) > 5                                 | CONDITION_AS_NUMBER         | 0  | 16
            count(enterprise_contracts)                      | NUMBER_AS_CONDITION         | 6  | 20
            count(regular_plan = 1 and grads11)              | NUMBER_AS_CONDITION         | 27 | 7
            share(g6_9_bvb, budget)                          | INCOMPATIBLE_SHARE          | 0  | 23
            share(count(regular_plan = 1), sum(g6_9_total))  | INCOMPATIBLE_SHARE          | 0  | 47
            share(regular_plan, grads11)                     | INCOMPATIBLE_SHARE          | 0  | 28
            count(regular_plan = 2)                          | FLAG_COMPARISON             | 6  | 16
            count(0.5 < early_guidance)                      | FLAG_COMPARISON             | 6  | 20
            count(regular_plan > early_guidance)             | FLAG_COMPARISON             | 6  | 29
            prev(prev(sum(grads11)))                         | NESTED_PREV                 | 5  | 18
            prev(@IND_CHANGE)                                | NESTED_PREV_VIA_INDICATOR   | 5  | 11
            g6_9_total                                       | ROW_VALUE_OUTSIDE_AGGREGATE | 0  | 10
            (grads11_vuz + grads11_spo)                      | ROW_VALUE_OUTSIDE_AGGREGATE | 0  | 27
            sum(grads11) - grads11_vuz                       | ROW_VALUE_OUTSIDE_AGGREGATE | 15 | 11
            prev(grads11)                                    | ROW_VALUE_OUTSIDE_AGGREGATE | 5  | 7
            share(grads11_vuz + sum(grads11_spo), grads11)   | ROW_VALUE_OUTSIDE_AGGREGATE | 6  | 11
            sum(sum(grads11))                                | AGGREGATE_IN_ROW_CONTEXT    | 4  | 12
            count(@IND_1_1 > 50)                             | AGGREGATE_IN_ROW_CONTEXT    | 6  | 8
            orgshare(regular_plan = 1 and sum(grads11) > 0)  | AGGREGATE_IN_ROW_CONTEXT    | 30 | 12
            sum(prev(grads11))                               | AGGREGATE_IN_ROW_CONTEXT    | 4  | 13
            sum(grads11) + count(regular_plan = 1)           | INCOMPATIBLE_OPERANDS       | 0  | 38
            @IND_1_1 + sum(grads11)                          | INCOMPATIBLE_OPERANDS       | 0  | 23
            @USES_CYCLE                                      | INDICATOR_CYCLE             | 0  | 11
            @BROKEN * 2                                      | INVALID_INDICATOR           | 0  | 7
            @WRONG                                           | INVALID_INDICATOR           | 0  | 6
            """)
    void reportsAnErrorAtItsPlace(String source, ProblemCode code, int offset, int length) {
        CheckResult result = CHECKER.check(source);
        assertEquals(1, result.problems().size(), result.problems()::toString);
        FormulaProblem problem = result.problems().get(0);
        assertEquals(List.of(code, offset, length), List.of(problem.code(), problem.offset(), problem.length()),
                problem::toString);
        assertFalse(result.isValid());
        assertFalse(code.isSyntaxError());
    }

    @Test
    void reportsAllErrorsInSourceOrder() {
        CheckResult result = CHECKER.check("count(baz = 1) + share(bar, g6_9_total) + sum(foo) + avg(1) + count(regular_plan = 3)");
        assertEquals(List.of(ProblemCode.UNKNOWN_ELEMENT, ProblemCode.UNKNOWN_ELEMENT, ProblemCode.UNKNOWN_ELEMENT,
                ProblemCode.UNKNOWN_FUNCTION, ProblemCode.FLAG_COMPARISON),
                result.problems().stream().map(FormulaProblem::code).toList());
        assertEquals(List.of(6, 23, 46, 53, 68), result.problems().stream().map(FormulaProblem::offset).toList());
        assertNull(result.type());
    }

    @Test
    void aSyntaxErrorIsTheOnlyProblemOfTextThatDoesNotParse() {
        CheckResult result = CHECKER.check("sum(nothing) +");
        assertEquals(List.of(ProblemCode.EXPECTED_OPERAND_AT_END),
                result.problems().stream().map(FormulaProblem::code).toList());
        assertEquals(14, result.problems().get(0).offset());
    }

    @Test
    void namesTheCircleOfIndicators() {
        FormulaProblem problem = CHECKER.check("sum(grads11) + @CYC_A").problems().get(0);
        assertEquals(ProblemCode.INDICATOR_CYCLE, problem.code());
        assertEquals(15, problem.offset());
        assertEquals("Indicators refer to each other in a circle: @CYC_A \u2192 @CYC_B \u2192 @CYC_A.",
                problem.message(Locale.ENGLISH));
        assertEquals("Показатели ссылаются друг на друга по кругу: @CYC_A \u2192 @CYC_B \u2192 @CYC_A.",
                problem.message(RUSSIAN));
    }

    @Test
    void findsACycleThroughTheFormulaBeingEdited() {
        // IND_RATIO = @IND_VUZ / 2: giving IND_VUZ a formula on IND_RATIO closes a circle.
        CheckResult result = CHECKER.check("IND_VUZ", parse("@IND_RATIO + 1"));
        assertEquals(ProblemCode.INDICATOR_CYCLE, result.problems().get(0).code());
        assertTrue(result.problems().get(0).message(Locale.ENGLISH).contains("@IND_VUZ \u2192 @IND_RATIO \u2192 @IND_VUZ"));

        CheckResult self = CHECKER.check("IND_NEW", parse("@IND_NEW"));
        assertEquals(ProblemCode.INDICATOR_CYCLE, self.problems().get(0).code());

        // The same formula under another code has no circle.
        assertTrue(CHECKER.check("IND_OTHER", parse("@IND_RATIO + 1")).isValid());
    }

    @Test
    void anIndicatorUsedTwiceIsNotACycle() {
        assertTrue(CHECKER.check("@IND_RATIO + @IND_VUZ - @IND_VUZ").isValid());
    }

    @Test
    void explainsProblemsInRussian() {
        List<FormulaProblem> problems = CHECKER.check(
                "share(count(regular_plan = 1), sum(g6_9_total)) + sum(g6_9_totl)").problems();
        assertEquals("В доле числитель и знаменатель должны быть одного вида; здесь числитель — число организаций, "
                + "знаменатель — количество.", problems.get(0).message(RUSSIAN));
        assertEquals("Неизвестный элемент данных «g6_9_totl».", problems.get(1).message(RUSSIAN));
        assertEquals("Unknown data element 'g6_9_totl'.", problems.get(1).message(Locale.ENGLISH));
    }

    @Test
    void pointsAtCyrillicLettersInCodes() {
        // The "а" below is Cyrillic: the code looks right but is not the element's code.
        FormulaProblem problem = CHECKER.check("sum(g6_9_tot\u0430l)").problems().get(0);
        assertEquals("Неизвестный код «g6_9_tot\u0430l»: коды пишутся латинскими буквами, а в этом есть другие "
                + "(русская буква, набранная в русской раскладке?).", problem.message(RUSSIAN));
        assertEquals("Unknown indicator '@IND_X'.", CHECKER.check("@IND_X").problems().get(0).message(Locale.ENGLISH));
    }

    @Test
    void explainsRowValuesAndFlags() {
        assertEquals("«grads11_vuz» — значение каждой организации; используйте его внутри sum(), share(), count() или orgshare().",
                CHECKER.check("sum(grads11) - grads11_vuz").problems().get(0).message(RUSSIAN));
        assertEquals("Yes/no element 'regular_plan' can only be compared with 0 or 1.",
                CHECKER.check("count(regular_plan = 2)").problems().get(0).message(Locale.ENGLISH));
        assertEquals("share() takes 2 argument(s), not 3.",
                CHECKER.check("share(g6_9_bvb, 1,5)").problems().get(0).message(Locale.ENGLISH));
    }
}
