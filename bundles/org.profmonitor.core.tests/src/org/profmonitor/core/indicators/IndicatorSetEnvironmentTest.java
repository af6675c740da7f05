package org.profmonitor.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.profmonitor.core.compute.Models;
import org.profmonitor.core.formula.CheckResult;
import org.profmonitor.core.formula.ElementKind;
import org.profmonitor.core.formula.FormulaChecker;
import org.profmonitor.core.formula.ProblemCode;
import org.profmonitor.core.internal.indicators.ModelFormulaChecker;
import org.profmonitor.model.DataElementType;
import org.profmonitor.model.Direction;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.validation.ModelValidation;

/** The formula language over a model indicator set, and the model validation's formula hook. */
class IndicatorSetEnvironmentTest {

    private final IndicatorSet set = Models.set("s");

    IndicatorSetEnvironmentTest() {
        Models.element(set, "GRADS", DataElementType.COUNT);
        Models.element(set, "HOURS", DataElementType.NUMBER);
        Models.element(set, "PLAN", DataElementType.FLAG);
        Models.indicator(set, "TOTAL", "sum(GRADS)", Direction.HIGHER_IS_BETTER);
    }

    @Test
    void elementsAndIndicatorsOfTheSet() {
        IndicatorSetEnvironment environment = new IndicatorSetEnvironment(set);

        assertEquals(Optional.of(ElementKind.COUNT), environment.elementKind("GRADS"));
        assertEquals(Optional.of(ElementKind.NUMBER), environment.elementKind("HOURS"));
        assertEquals(Optional.of(ElementKind.FLAG), environment.elementKind("PLAN"));
        assertEquals(Optional.empty(), environment.elementKind("grads"), "codes are case-sensitive");
        assertEquals(Optional.of("sum(GRADS)"), environment.indicatorFormula("TOTAL"));
        assertEquals(Optional.empty(), environment.indicatorFormula("NONE"));
    }

    @Test
    void checkerFindsUnknownNamesAtTheirPosition() {
        CheckResult result = new FormulaChecker(new IndicatorSetEnvironment(set)).check("sum(GRADS) + sum(NOPE)");

        assertEquals(1, result.problems().size(), result.problems().toString());
        assertEquals(ProblemCode.UNKNOWN_ELEMENT, result.problems().get(0).code());
        assertEquals(17, result.problems().get(0).offset());
    }

    @Test
    void coreRegistersItsCheckerWithTheModelValidation() {
        assertInstanceOf(ModelFormulaChecker.class, ModelValidation.getFormulaChecker());
    }

    @Test
    void modelValidationReportsFormulaErrorsWithPosition() {
        Indicator broken = Models.indicator(set, "BROKEN", "sum(GRADS) + sum(NOPE)", Direction.HIGHER_IS_BETTER);

        List<String> messages = new ModelFormulaChecker().check(broken.getFormula(), broken);
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains("NOPE") && messages.get(0).contains("18"), messages.get(0));

        Diagnostic diagnostic = ModelValidation.validate(set, new ModelFormulaChecker());
        assertEquals(Diagnostic.ERROR, diagnostic.getSeverity());
        assertTrue(diagnostic.getChildren().stream().anyMatch(d -> d.getMessage().contains("NOPE")),
                diagnostic.getChildren().toString());
    }

    @Test
    void cycleThroughTheIndicatorItselfIsAnError() {
        Indicator self = Models.indicator(set, "SELF", "@SELF + 1", Direction.HIGHER_IS_BETTER);

        assertEquals(1, new ModelFormulaChecker().check(self.getFormula(), self).size());
    }
}
