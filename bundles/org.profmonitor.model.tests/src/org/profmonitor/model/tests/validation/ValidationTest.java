/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.profmonitor.model.tests.Diagnostics.describe;
import static org.profmonitor.model.tests.Diagnostics.errors;
import static org.profmonitor.model.tests.Diagnostics.ours;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.profmonitor.model.Campaign;
import org.profmonitor.model.DataElement;
import org.profmonitor.model.DataElementType;
import org.profmonitor.model.Directory;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.OrganisationKind;
import org.profmonitor.model.tests.SeedModels;
import org.profmonitor.model.util.ProfmonitorValidator;
import org.profmonitor.model.validation.ModelValidation;

class ValidationTest {

    static {
        SeedModels.useRussian();
    }

    private final Directory directory = SeedModels.tverDirectory();
    private final IndicatorSet set = SeedModels.tverIndicators();
    private final Campaign campaign = SeedModels.tverCampaign(set);

    @Test
    void seedModelsHaveNoErrors() {
        for (Diagnostic diagnostic : List.of(ModelValidation.validate(directory), ModelValidation.validate(set),
                ModelValidation.validate(campaign))) {
            assertEquals(Diagnostic.OK, diagnostic.getSeverity(), describe(diagnostic));
        }
    }

    @Test
    void partAboveItsWholeIsAnErrorInRussian() {
        SeedModels.valueOf(campaign, "g11_univ").setValue(23);

        Diagnostic diagnostic = ModelValidation.validate(campaign);

        assertEquals(Diagnostic.ERROR, diagnostic.getSeverity());
        List<String> messages = ours(diagnostic, ProfmonitorValidator.CAMPAIGN__PARTS_NOT_ABOVE_WHOLE).stream()
                .map(Diagnostic::getMessage).toList();
        assertEquals(List.of(
                "ОО sonk-sosh-1: «Поступили в вузы» (g11_univ) = 23 больше целого «Выпускники 11 классов» (g11) = 22",
                "ОО sonk-sosh-1: сумма частей «Поступили в вузы» (g11_univ) + «Поступили в ПОО после 11 класса» "
                        + "(g11_spo) = 30 больше целого «Выпускники 11 классов» (g11) = 22"),
                messages);
        assertEquals(2, errors(diagnostic).size(), describe(diagnostic));
    }

    @Test
    void partsOfOneGroupMustNotAddUpToMoreThanTheWhole() {
        // seed 000: 19 to grade 10 + 45 to colleges = 64 graduates; one more is too many
        SeedModels.valueOf(campaign, "g9_10").setValue(20);

        List<Diagnostic> found = ours(ModelValidation.validate(campaign),
                ProfmonitorValidator.CAMPAIGN__PARTS_NOT_ABOVE_WHOLE);

        assertEquals(1, found.size());
        assertEquals("ОО sonk-sosh-1: сумма частей «Перешли в 10 класс» (g9_10) + «Поступили в ПОО» (g9_spo) = 65 "
                + "больше целого «Выпускники 9 классов» (g9) = 64", found.get(0).getMessage());
    }

    @Test
    void partsAreComparedPerOrganisationAndDisaggregation() {
        // another school's whole says nothing about this school's part
        SeedModels.value(campaign, "sonk-litv", "g9", 10);
        SeedModels.value(campaign, "sonk-litv", "g9_spo", 4).setDisaggregation("ОВЗ");
        SeedModels.value(campaign, "sonk-litv", "g9", 3).setDisaggregation("ОВЗ");

        List<Diagnostic> found = ours(ModelValidation.validate(campaign),
                ProfmonitorValidator.CAMPAIGN__PARTS_NOT_ABOVE_WHOLE);

        assertEquals(1, found.size());
        assertEquals("ОО sonk-litv [ОВЗ]: «Поступили в ПОО» (g9_spo) = 4 больше целого «Выпускники 9 классов» (g9) = 3",
                found.get(0).getMessage());
    }

    @Test
    void wholeChainMustNotBeCircular() {
        DataElement g9 = SeedModels.elementOf(set, "g9");
        g9.setWhole(SeedModels.elementOf(set, "g9_10"));

        List<Diagnostic> found = ours(ModelValidation.validate(set), ProfmonitorValidator.DATA_ELEMENT__WHOLE_VALID);

        assertEquals(2, found.size());
        assertEquals("Элемент данных «Выпускники 9 классов» (g9): цепочка «часть — целое» замкнута: "
                + "«Выпускники 9 классов» (g9) → «Перешли в 10 класс» (g9_10) → «Выпускники 9 классов» (g9)",
                found.get(0).getMessage());
    }

    @Test
    void partMustHaveTheTypeOfItsWhole() {
        SeedModels.elementOf(set, "g9_10").setType(DataElementType.FLAG);

        List<Diagnostic> found = ours(ModelValidation.validate(set), ProfmonitorValidator.DATA_ELEMENT__WHOLE_VALID);

        assertEquals(1, found.size());
        assertEquals("Элемент данных «Перешли в 10 класс» (g9_10) (тип FLAG) — часть элемента "
                + "«Выпускники 9 классов» (g9) другого типа (COUNT)", found.get(0).getMessage());
    }

    @Test
    void codesAreUniqueInAnIndicatorSetAcrossKinds() {
        SeedModels.element(set, "P3.1", "Дубль кода показателя", null);

        List<Diagnostic> found = ours(ModelValidation.validate(set), ProfmonitorValidator.INDICATOR_SET__UNIQUE_CODES);

        assertEquals(1, found.size());
        assertEquals("Код «P3.1» встречается больше одного раза: «Доля выпускников 11 классов, поступивших в вузы» "
                + "(P3.1) и «Дубль кода показателя» (P3.1)", found.get(0).getMessage());
        assertEquals(Diagnostic.ERROR, found.get(0).getSeverity());
    }

    @Test
    void codesAreUniqueInADirectory() {
        directory.getMunicipalities().get(1).getOrganisations().add(SeedModels.organisation(SeedModels.SCHOOL,
                "МОУ СОШ ЗАТО Солнечный", "СОШ Солнечный", OrganisationKind.SECONDARY_SCHOOL));

        List<Diagnostic> found = ours(ModelValidation.validate(directory), ProfmonitorValidator.DIRECTORY__UNIQUE_CODES);

        assertEquals(1, found.size());
        assertEquals("Код «sonk-sosh-1» встречается больше одного раза: «МОУ Сонковская СОШ №1» (sonk-sosh-1) и "
                + "«МОУ СОШ ЗАТО Солнечный» (sonk-sosh-1)", found.get(0).getMessage());
    }

    @Test
    void countsAreWholeNumbersAndElementsMustExist() {
        SeedModels.valueOf(campaign, "g11_spo").setValue(2.5);
        SeedModels.value(campaign, SeedModels.SCHOOL, "g12", 1);

        List<String> messages = ours(ModelValidation.validate(campaign), ProfmonitorValidator.CAMPAIGN__VALUES_IN_RANGE)
                .stream().map(Diagnostic::getMessage).toList();

        assertEquals(List.of(
                "ОО sonk-sosh-1: «Поступили в ПОО после 11 класса» (g11_spo) = 2,5 — количество, оно должно быть "
                        + "целым и неотрицательным",
                "ОО sonk-sosh-1: неизвестный элемент данных «g12»"), messages);
    }

    @Test
    void elementRangeMustNotBeInverted() {
        DataElement g9 = SeedModels.elementOf(set, "g9");
        g9.setMin(10.0);
        g9.setMax(5.0);

        List<Diagnostic> found = ours(ModelValidation.validate(set), ProfmonitorValidator.DATA_ELEMENT__RANGE_VALID);

        assertEquals(1, found.size());
        assertTrue(found.get(0).getMessage().startsWith("Элемент данных «Выпускники 9 классов» (g9): минимум 10"),
                found.get(0).getMessage());
    }
}
