/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.profmonitor.model.tests.Diagnostics.ours;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.TargetKind;
import org.profmonitor.model.tests.SeedModels;
import org.profmonitor.model.util.ProfmonitorValidator;
import org.profmonitor.model.validation.ModelValidation;

class TargetRangeTest {

    static {
        SeedModels.useRussian();
    }

    private final IndicatorSet set = SeedModels.tverIndicators();
    private final Indicator share = set.getCriteria().get(0).getIndicators().get(0);

    private List<Diagnostic> targetErrors(String unit, double value) {
        share.setUnit(unit);
        share.getTargets().get(0).setValue(value);
        return ours(ModelValidation.validate(set), ProfmonitorValidator.TARGET__VALUE_IN_RANGE);
    }

    @ParameterizedTest
    @CsvSource({ "%, 0", "%, 60", "%, 100", "чел., 120", "ОО, 7" })
    void targetInRangeIsAccepted(String unit, double value) {
        assertEquals(List.of(), targetErrors(unit, value));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "%; 100.5; Показатель «Доля выпускников 11 классов, поступивших в вузы» (P3.1): плановое значение 100,5% больше 100%",
            "%; 120; Показатель «Доля выпускников 11 классов, поступивших в вузы» (P3.1): плановое значение 120% больше 100%",
            "чел.; -1; Показатель «Доля выпускников 11 классов, поступивших в вузы» (P3.1): плановое значение -1 отрицательно" })
    void targetOutOfRangeIsAnError(String unit, double value, String message) {
        List<Diagnostic> found = targetErrors(unit, value);

        assertEquals(1, found.size());
        assertEquals(Diagnostic.ERROR, found.get(0).getSeverity());
        assertEquals(message, found.get(0).getMessage());
    }

    @Test
    void valueTargetNeedsAValueButNotBelowPreviousDoesNot() {
        share.getTargets().get(0).setValue(null);
        assertEquals(TargetKind.NOT_BELOW_PREVIOUS, share.getTargets().get(1).getKind());

        List<Diagnostic> found = ours(ModelValidation.validate(set), ProfmonitorValidator.TARGET__VALUE_IN_RANGE);

        assertEquals(1, found.size());
        assertEquals("Показатель «Доля выпускников 11 классов, поступивших в вузы» (P3.1): плановое значение не задано",
                found.get(0).getMessage());
    }
}
