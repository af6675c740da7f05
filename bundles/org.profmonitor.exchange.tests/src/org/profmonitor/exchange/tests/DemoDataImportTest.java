/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.profmonitor.exchange.DataImporter;
import org.profmonitor.exchange.ImportBatch;
import org.profmonitor.model.Directory;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.Organisation;
import org.profmonitor.model.resource.ModelResources;

/**
 * The regions' demo data import without a single problem: this checks the importer on thousands
 * of real rows and, in turn, the demo data against its own indicator set (ranges, parts ≤ wholes).
 */
class DemoDataImportTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = { "data/demo/values-2022-23.csv", "data/demo/values-2021-22.csv" })
    void tverDemoValuesImportWithoutProblems(String entry) throws IOException {
        Path csv = TestFiles.tverEntry(entry, temp);

        ImportBatch batch = TestFiles.tver().importer().importFiles(csv);

        assertEquals(List.of(), TestFiles.describe(batch.problems()));
        assertTrue(batch.isApplicable());
        assertEquals(Files.readAllLines(csv).size() - 1, batch.values().size());
    }

    @Test
    void theDryRunSummaryCountsValuesAndNamesTheOrganisationsThatSentNothing() throws IOException {
        Path csv = TestFiles.tverEntry("data/demo/values-2022-23.csv", temp);

        ImportBatch batch = TestFiles.tver().importer().importFiles(csv);

        assertEquals(4396, batch.summary().valueCount());
        assertEquals(157, batch.summary().valuesByOrganisation().size());
        assertEquals(28, batch.summary().valuesByOrganisation().get("TVR-SON-01"));
        // TVR-KLN-06 does not report on purpose; Сонковский's kindergartens and sports school never do
        assertEquals(List.of("TVR-KLN-06", "TVR-SON-08", "TVR-SON-09", "TVR-SON-10", "TVR-SON-11", "TVR-SON-12"),
                batch.summary().silentOrganisations().stream().map(Organisation::getCode).toList());
        String text = batch.summary().format();
        assertTrue(text.startsWith("Значений: 4396 от 157 ОО; ошибок: 0\n"), text);
        assertTrue(text.contains("Не представили данные ОО: 6\n"), text);
        assertTrue(text.contains("TVR-KLN-06 МОУ ООШ №1 с. Тургиново"), text);
    }

    /**
     * The other regions' bundles are not dependencies of this test bundle (the region tests own
     * them); their data is read from the source tree beside it when the build has it.
     */
    @ParameterizedTest
    @ValueSource(strings = { "org.profmonitor.region.chelyabinsk", "org.profmonitor.region.penza" })
    void otherRegionsDemoValuesImportWithoutProblems(String bundle) throws IOException {
        Path data = sourceFolder(bundle);
        Assumptions.assumeTrue(data != null, () -> bundle + " is not in the source tree");
        ResourceSet resourceSet = ModelResources.createResourceSet();
        IndicatorSet set = ModelResources.load(resourceSet, URI.createFileURI(data.resolve("indicators.xmi").toString()),
                IndicatorSet.class);
        Directory directory = ModelResources.load(resourceSet,
                URI.createFileURI(data.resolve("directory.xmi").toString()), Directory.class);
        List<Path> files;
        try (Stream<Path> list = Files.list(data.resolve("demo"))) {
            files = list.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        assertTrue(!files.isEmpty());

        for (Path csv : files) {
            ImportBatch batch = new DataImporter(set, directory, null).importFiles(csv);

            assertEquals(List.of(), TestFiles.describe(batch.problems()), csv.toString());
            assertEquals(Files.readAllLines(csv).size() - 1, batch.values().size());
        }
    }

    /** @return the region bundle's {@code data} folder, looked for upwards from the working directory */
    private static Path sourceFolder(String bundle) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (Path candidate : List.of(dir.resolve(bundle), dir.resolve("bundles").resolve(bundle))) {
                if (Files.isDirectory(candidate.resolve("data"))) {
                    return candidate.resolve("data");
                }
            }
        }
        return null;
    }
}
