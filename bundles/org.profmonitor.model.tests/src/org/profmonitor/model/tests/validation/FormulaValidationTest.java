/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.profmonitor.model.tests.Diagnostics.ours;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.profmonitor.model.DataElement;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.tests.SeedModels;
import org.profmonitor.model.util.ProfmonitorValidator;
import org.profmonitor.model.validation.FormulaChecker;
import org.profmonitor.model.validation.ModelValidation;

class FormulaValidationTest {

    static {
        SeedModels.useRussian();
    }

    private final IndicatorSet set = SeedModels.tverIndicators();
    private final Indicator share = set.getCriteria().get(0).getIndicators().get(0);

    /** A stand-in for core's parser: every identifier must be a data element of the indicator's set. */
    private static final FormulaChecker KNOWN_ELEMENTS = (formula, indicator) -> {
        IndicatorSet owner = indicator.getCriterion().getIndicatorSet();
        List<String> codes = owner.getDataElements().stream().map(DataElement::getCode).toList();
        List<String> errors = new ArrayList<>();
        for (String token : formula.split("[^\\p{L}\\p{N}_.]+")) {
            if (!token.isEmpty() && !Character.isDigit(token.charAt(0)) && !codes.contains(token)) {
                errors.add("неизвестный элемент данных «" + token + "»");
            }
        }
        return errors;
    };

    @AfterEach
    void unregister() {
        ModelValidation.setFormulaChecker(null);
    }

    @Test
    void emptyFormulaIsAnError() {
        share.setFormula("  ");

        List<Diagnostic> found = ours(ModelValidation.validate(set), ProfmonitorValidator.INDICATOR__FORMULA_VALID);

        assertEquals(1, found.size());
        assertEquals("Показатель «Доля выпускников 11 классов, поступивших в вузы» (P3.1): формула не задана",
                found.get(0).getMessage());
    }

    @Test
    void withoutACheckerAnyNonEmptyFormulaPasses() {
        share.setFormula("100 * g12_univ / g12");

        assertEquals(List.of(), ours(ModelValidation.validate(set), ProfmonitorValidator.INDICATOR__FORMULA_VALID));
    }

    @Test
    void registeredCheckerReportsFormulaErrors() {
        ModelValidation.setFormulaChecker(KNOWN_ELEMENTS);
        assertSame(KNOWN_ELEMENTS, ModelValidation.getFormulaChecker());
        assertEquals(List.of(), ours(ModelValidation.validate(set), ProfmonitorValidator.INDICATOR__FORMULA_VALID));

        share.setFormula("100 * g11_univ / g12");
        List<Diagnostic> found = ours(ModelValidation.validate(set), ProfmonitorValidator.INDICATOR__FORMULA_VALID);

        assertEquals(1, found.size());
        assertEquals("Показатель «Доля выпускников 11 классов, поступивших в вузы» (P3.1): ошибка в формуле "
                + "«100 * g11_univ / g12»: неизвестный элемент данных «g12»", found.get(0).getMessage());
    }

    @Test
    void checkerInTheContextIsUsedForThatRunOnly() {
        share.setFormula("g13");

        assertEquals(1, ours(ModelValidation.validate(set, KNOWN_ELEMENTS), ProfmonitorValidator.INDICATOR__FORMULA_VALID)
                .size());
        assertEquals(0, ours(ModelValidation.validate(set), ProfmonitorValidator.INDICATOR__FORMULA_VALID).size());
    }
}
