package org.profmonitor.core.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaParserTest {

    @ParameterizedTest(name = "{0}  →  {1}")
    @CsvSource(delimiter = '|', textBlock = """
            sum(a) + sum(b) * 2                          | (sum(a) + (sum(b) * 2))
            (sum(a) + sum(b)) * 2                        | ((sum(a) + sum(b)) * 2)
            a - b - c                                    | ((a - b) - c)
            a / b / c                                    | ((a / b) / c)
            share(grads11_vuz + grads11_spo, grads11)    | share((grads11_vuz + grads11_spo), grads11)
            count(a > 0 and b = 1 or not c <> 2)         | count((((a > 0) and (b = 1)) or (not (c <> 2))))
            count(a > 0 and (b = 1 or c = 1))            | count(((a > 0) and ((b = 1) or (c = 1))))
            count(not not a = 1)                         | count((not (not (a = 1))))
            -sum(a) - -1                                 | ((-sum(a)) - (-1))
            SUM(x) / (2 - 1.50)                          | (sum(x) / (2 - 1.5))
            prev(@IND_1.2) + @X_3                        | (prev(@IND_1.2) + @X_3)
            count(a == 1 or a != 2 or a ≥ 3 or a ≤ 4)    | count(((((a = 1) or (a <> 2)) or (a >= 3)) or (a <= 4)))
            count(a >= 1 И b <= 2 ИЛИ НЕ c < 3)          | count((((a >= 1) and (b <= 2)) or (not (c < 3))))
            sum(a) − 1 – 2                               | ((sum(a) - 1) - 2)
            orgshare(regular_plan = 1)                   | orgshare((regular_plan = 1))
            f()                                          | f()
            """)
    void parsesWithPrecedenceAndAssociativity(String source, String canonical) throws FormulaSyntaxException {
        assertEquals(canonical, Formula.parse(source).toCanonicalString());
    }

    @Test
    void acceptsLineBreaksTabsAndNoBreakSpaces() throws FormulaSyntaxException {
        Formula formula = Formula.parse("share(\n\tgrads11_vuz,\u00A0grads11\r\n)");
        assertEquals("share(grads11_vuz, grads11)", formula.toCanonicalString());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" → {1} at {2}+{3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""                         | EMPTY_FORMULA                        | 0  | 0
            "   "                      | EMPTY_FORMULA                        | 0  | 3
            sum(a                      | EXPECTED_COMMA_OR_PARENTHESIS_AT_END | 5  | 0
            sum(a b)                   | EXPECTED_COMMA_OR_PARENTHESIS        | 6  | 1
            (sum(a)                    | EXPECTED_CLOSING_PARENTHESIS_AT_END  | 7  | 0
            (sum(a) 2                  | EXPECTED_CLOSING_PARENTHESIS         | 8  | 1
            sum(a) +                   | EXPECTED_OPERAND_AT_END              | 8  | 0
            sum(a) + * 2               | EXPECTED_OPERAND                     | 9  | 1
            share(a, )                 | EXPECTED_OPERAND                     | 9  | 1
            sum(a) 2                   | UNEXPECTED_TOKEN                     | 7  | 1
            sum(a))                    | UNEXPECTED_TOKEN                     | 6  | 1
            sum(a) sum(b)              | UNEXPECTED_TOKEN                     | 7  | 3
            sum(a) # 2                 | UNEXPECTED_CHARACTER                 | 7  | 1
            share(a, b) * 1.5.2        | UNEXPECTED_CHARACTER                 | 17 | 1
            sum(a) * 1.                | INVALID_NUMBER                       | 9  | 2
            count(0 < a < 10)          | CHAINED_COMPARISON                   | 12 | 1
            @ + 1                      | MISSING_INDICATOR_CODE               | 0  | 1
            sum(a) + @                 | MISSING_INDICATOR_CODE               | 9  | 1
            count(a ! 1)               | UNEXPECTED_CHARACTER                 | 8  | 1
            sum(a) < 1e5               | UNEXPECTED_TOKEN                     | 10 | 2
            """)
    void reportsSyntaxErrorsAtTheirPlace(String source, ProblemCode code, int offset, int length) {
        FormulaSyntaxException e = assertThrows(FormulaSyntaxException.class, () -> Formula.parse(source));
        FormulaProblem problem = e.problem();
        assertEquals(List.of(code, offset, length), List.of(problem.code(), problem.offset(), problem.length()),
                problem::toString);
        assertTrue(code.isSyntaxError());
    }

    @Test
    void reportsTheLeftmostErrorWhenALexicalErrorFollows() {
        FormulaSyntaxException e = assertThrows(FormulaSyntaxException.class, () -> Formula.parse("sum(a b) # 1"));
        assertEquals(ProblemCode.EXPECTED_COMMA_OR_PARENTHESIS, e.problem().code());
        assertEquals(6, e.problem().offset());
    }

    @Test
    void rejectsAbsurdNestingInsteadOfOverflowingTheStack() {
        String deep = "(".repeat(5000) + "1" + ")".repeat(5000);
        assertEquals(ProblemCode.TOO_DEEP,
                assertThrows(FormulaSyntaxException.class, () -> Formula.parse(deep)).problem().code());
        String minuses = "-".repeat(5000) + "1";
        assertEquals(ProblemCode.TOO_DEEP,
                assertThrows(FormulaSyntaxException.class, () -> Formula.parse(minuses)).problem().code());
    }

    @Test
    void listsTheCodesAFormulaUses() throws FormulaSyntaxException {
        Formula formula = Formula.parse(
                "share(grads11_vuz + grads11_spo, grads11) - prev(share(grads11_vuz, grads11)) + @IND_1 * @IND_2 / @IND_1");
        assertEquals(List.of("grads11_vuz", "grads11_spo", "grads11"), List.copyOf(formula.elementCodes()));
        assertEquals(List.of("IND_1", "IND_2"), List.copyOf(formula.indicatorCodes()));
    }

    @Test
    void equalityFollowsTheSourceText() throws FormulaSyntaxException {
        assertEquals(Formula.parse("sum(a)"), Formula.parse("sum(a)"));
        assertEquals("sum(a)", Formula.parse("sum(a)").toString());
    }

    @Test
    void syntaxErrorMessageIsRussianForRussianUsers() {
        FormulaProblem problem = assertThrows(FormulaSyntaxException.class, () -> Formula.parse("sum(a) +")).problem();
        assertEquals("Формула обрывается: не хватает числа, элемента данных, @показателя, функции или «(».",
                problem.message(Locale.of("ru")));
        assertEquals("The formula ends too early: a number, a data element, an @indicator, a function or '(' is missing.",
                problem.message(Locale.ENGLISH));
    }
}
