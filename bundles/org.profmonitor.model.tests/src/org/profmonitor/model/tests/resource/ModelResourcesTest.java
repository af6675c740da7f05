/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model.tests.resource;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.profmonitor.model.Campaign;
import org.profmonitor.model.DataElement;
import org.profmonitor.model.DataValue;
import org.profmonitor.model.Directory;
import org.profmonitor.model.EducationLevel;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.Organisation;
import org.profmonitor.model.resource.ModelResources;
import org.profmonitor.model.tests.Diagnostics;
import org.profmonitor.model.tests.SeedModels;
import org.profmonitor.model.tests.TestData;
import org.profmonitor.model.validation.ModelValidation;

class ModelResourcesTest {

    static {
        SeedModels.useRussian();
    }

    private Path folder;

    @BeforeEach
    void createFolder() throws IOException {
        folder = Files.createTempDirectory("profmonitor-model-test");
    }

    @AfterEach
    void deleteFolder() throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private URI uri(String name) {
        return URI.createFileURI(folder.resolve(name).toString());
    }

    @Test
    void roundTripKeepsCyrillicReadableInUtf8() throws IOException {
        ResourceSet resourceSet = ModelResources.createResourceSet();
        Directory directory = SeedModels.tverDirectory();
        IndicatorSet set = SeedModels.tverIndicators();
        Campaign campaign = SeedModels.tverCampaign(set);
        for (var entry : java.util.Map.of("tver-directory.xmi", directory, "tver-2022.xmi", set, "campaign.xmi",
                campaign).entrySet()) {
            resourceSet.createResource(uri(entry.getKey())).getContents().add(entry.getValue());
        }
        for (var resource : resourceSet.getResources()) {
            ModelResources.save(resource);
        }

        String directoryText = Files.readString(folder.resolve("tver-directory.xmi"), UTF_8);
        assertTrue(directoryText.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), directoryText);
        assertTrue(directoryText.contains("name=\"Сонковский район\""), directoryText);
        assertTrue(directoryText.contains("shortName=\"МОУ СОШ №1\""), directoryText);
        assertFalse(directoryText.contains("&#"), "no character references: " + directoryText);
        String setText = Files.readString(folder.resolve("tver-2022.xmi"), UTF_8);
        assertTrue(setText.contains("number=\"1371/ПК\" date=\"2022-12-30\""), setText);
        assertTrue(setText.contains("whole=\"g9\""), "parts refer to their whole by code: " + setText);
        assertFalse(setText.contains("parts="), "the opposite of whole is derived, not stored: " + setText);
        String campaignText = Files.readString(folder.resolve("campaign.xmi"), UTF_8);
        assertTrue(campaignText.contains("<indicatorSet href=\"tver-2022.xmi#tver-2022\"/>"), campaignText);

        Campaign loaded = ModelResources.load(uri("campaign.xmi"), Campaign.class);
        assertNotSame(campaign, loaded);
        IndicatorSet loadedSet = loaded.getIndicatorSet();
        assertFalse(loadedSet.eIsProxy());
        assertEquals("tver-2022", loadedSet.getId());
        assertEquals(LocalDate.of(2022, 12, 30), loadedSet.getRegulation().getDate());
        assertEquals("Министерство образования Тверской области", loadedSet.getRegulation().getIssuer());
        assertEquals(LocalDate.of(2023, 2, 10), loaded.getPeriodStart());
        DataElement g9 = SeedModels.elementOf(loadedSet, "g9");
        assertEquals(java.util.List.of("g9_10", "g9_spo"), g9.getParts().stream().map(DataElement::getCode).toList());
        Indicator share = loadedSet.getCriteria().get(0).getIndicators().get(0);
        assertEquals("Доля выпускников 11 классов, поступивших в вузы", share.getName());
        assertEquals(EducationLevel.SECONDARY, share.getLevel());
        assertTrue(share.isSetLevel());
        assertEquals(java.util.List.of("ОВЗ"), share.getDisaggregations());
        assertEquals(64.0, SeedModels.valueOf(loaded, "g9").getValue());
        assertEquals(Diagnostic.OK, ModelValidation.validate(loaded).getSeverity(),
                Diagnostics.describe(ModelValidation.validate(loaded)));

        Directory loadedDirectory = ModelResources.load(uri("tver-directory.xmi"), Directory.class);
        Organisation school = loadedDirectory.getMunicipalities().get(0).getOrganisations().get(0);
        assertEquals("МОУ Сонковская СОШ №1", school.getName());
        assertSame(loadedDirectory.getMunicipalities().get(0), school.getMunicipality());
        assertEquals(java.util.List.of(EducationLevel.PRIMARY, EducationLevel.BASIC, EducationLevel.SECONDARY),
                school.getLevels());
    }

    @Test
    void saveWithoutAResourceCreatesOne() throws IOException {
        Directory directory = SeedModels.tverDirectory();

        ModelResources.save(directory, uri("directory.xmi"));

        assertEquals("Тверская область",
                ModelResources.load(uri("directory.xmi"), Directory.class).getRegion().getName());
    }

    @Test
    void loadingTheWrongRootIsAnIOException() throws IOException {
        ModelResources.save(SeedModels.tverDirectory(), uri("directory.xmi"));

        assertThrows(IOException.class, () -> ModelResources.load(uri("directory.xmi"), Campaign.class));
        assertThrows(IOException.class, () -> ModelResources.load(uri("missing.xmi"), Campaign.class));
    }

    @Test
    void handWrittenFilesOfSeed000Load() throws IOException {
        ResourceSet resourceSet = ModelResources.createResourceSet();

        Directory directory = ModelResources.load(resourceSet, TestData.uri("sonkovo-directory.xmi"), Directory.class);
        Campaign campaign = ModelResources.load(resourceSet, TestData.uri("sonkovo-campaign.xmi"), Campaign.class);

        assertEquals(7, directory.getMunicipalities().get(0).getOrganisations().size());
        IndicatorSet set = campaign.getIndicatorSet();
        assertEquals("sonk-2022", set.getId());
        assertEquals("g9", SeedModels.elementOf(set, "g9_spo").getWhole().getCode());
        long regular = campaign.getValues().stream()
                .filter(v -> "ec_regular".equals(v.getElementCode()))
                .mapToDouble(DataValue::getValue).filter(v -> v == 1).count();
        assertEquals(5, regular, "seed 000: 5 of 7 schools");
        for (var root : java.util.List.of(directory, set, campaign)) {
            Diagnostic diagnostic = ModelValidation.validate(root);
            assertEquals(Diagnostic.OK, diagnostic.getSeverity(), Diagnostics.describe(diagnostic));
        }
    }
}
