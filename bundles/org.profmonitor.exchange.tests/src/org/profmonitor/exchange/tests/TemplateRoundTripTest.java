/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profmonitor.exchange.ImportBatch;
import org.profmonitor.exchange.TemplateLayout;
import org.profmonitor.exchange.ValueRecord;
import org.profmonitor.model.DataElement;
import org.profmonitor.model.DataElementType;
import org.profmonitor.model.Organisation;

/**
 * Templates of Сонковский муниципальный округ, filled with the seed's figures (the region's demo
 * data) as a school would fill them, come back from the importer exactly.
 */
class TemplateRoundTripTest {

    @TempDir
    Path temp;

    @Test
    void perOrganisationTemplatesComeBackExactly() throws IOException {
        TestFiles.Region tver = TestFiles.tver();
        Map<String, Map<String, Double>> expected = TestFiles.demoValues(
                TestFiles.tverEntry("data/demo/values-2022-23.csv", temp), TestFiles.SONKOVSKY);
        Path out = temp.resolve("templates");

        List<Path> files = tver.templates().generate(out, TemplateLayout.PER_ORGANISATION, TverSonkovsky::contains);
        for (Path file : files) {
            String code = file.getFileName().toString().replace(".xlsx", "");
            if (expected.containsKey(code)) {
                Workbooks.edit(file, workbook -> Workbooks.fill(workbook.getSheet(code), expected.get(code), flags(tver)));
            }
        }
        ImportBatch batch = tver.importer().importFiles(out);

        assertEquals(12, files.size());
        assertEquals(out.resolve("TVR-SON-01.xlsx"), files.get(0));
        assertEquals(out.resolve("TVR-SON-12.xlsx"), files.get(11));
        assertEquals(List.of(), TestFiles.describe(batch.problems()));
        assertTrue(batch.isApplicable());
        assertEquals(expected, actual(batch));
        assertEquals(7 * 28, batch.values().size());
        ValueRecord first = batch.values().get(0);
        assertEquals(List.of(out.resolve("TVR-SON-01.xlsx"), "TVR-SON-01", 9, 5, "STUD_1_11", 251.0),
                List.of(first.sourceFile(), first.sheet(), first.row(), first.column(), first.elementCode(), first.value()));
        List<String> silent = batch.summary().silentOrganisations().stream().map(Organisation::getCode)
                .filter(TverSonkovsky::contains).toList();
        assertEquals(List.of("TVR-SON-08", "TVR-SON-09", "TVR-SON-10", "TVR-SON-11", "TVR-SON-12"), silent);
        assertEquals(28, batch.summary().valuesByOrganisation().get("TVR-SON-07"));
    }

    @Test
    void aMunicipalityWorkbookHasASheetPerOrganisationAndComesBackExactly() throws IOException {
        TestFiles.Region tver = TestFiles.tver();
        Map<String, Map<String, Double>> expected = TestFiles.demoValues(
                TestFiles.tverEntry("data/demo/values-2022-23.csv", temp), TestFiles.SONKOVSKY);

        List<Path> files = tver.templates().generate(temp.resolve("out"), TemplateLayout.PER_MUNICIPALITY,
                TverSonkovsky::contains);
        Workbooks.edit(files.get(0), workbook -> expected.forEach(
                (code, values) -> Workbooks.fill(workbook.getSheet(code), values, flags(tver))));
        ImportBatch batch = tver.importer().importFiles(files);

        assertEquals(List.of(temp.resolve("out").resolve("TVR-SON.xlsx")), files);
        assertEquals(List.of(), TestFiles.describe(batch.problems()));
        assertEquals(expected, actual(batch));
    }

    private static Map<String, Boolean> flags(TestFiles.Region region) {
        Map<String, Boolean> flags = new HashMap<>();
        for (DataElement element : region.indicatorSet().getDataElements()) {
            flags.put(element.getCode(), element.getType() == DataElementType.FLAG);
        }
        return flags;
    }

    private static Map<String, Map<String, Double>> actual(ImportBatch batch) {
        Map<String, Map<String, Double>> actual = new LinkedHashMap<>();
        for (ValueRecord value : batch.values()) {
            actual.computeIfAbsent(value.organisationCode(), k -> new LinkedHashMap<>()).put(value.elementCode(),
                    value.value());
        }
        return actual;
    }

    /** Сонковский's organisations: 7 schools that report, 4 kindergartens and a sports school. */
    private static final class TverSonkovsky {
        static boolean contains(Organisation organisation) {
            return organisation.getMunicipality().getCode().equals(TestFiles.SONKOVSKY);
        }

        static boolean contains(String code) {
            return code.startsWith(TestFiles.SONKOVSKY + "-");
        }
    }
}
