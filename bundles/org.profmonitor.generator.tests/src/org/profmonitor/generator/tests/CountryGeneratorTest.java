/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profmonitor.core.indicators.IndicatorSetContribution;
import org.profmonitor.exchange.DataImporter;
import org.profmonitor.exchange.ImportBatch;
import org.profmonitor.exchange.ValueRecord;
import org.profmonitor.generator.CountryGenerator;
import org.profmonitor.generator.GeneratorSettings;
import org.profmonitor.generator.SyntheticCountry;
import org.profmonitor.model.Directory;
import org.profmonitor.store.AuditEntry;
import org.profmonitor.store.CampaignInfo;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;
import org.profmonitor.store.StoreLocation;

class CountryGeneratorTest {

    private static final GeneratorSettings SMALL = new GeneratorSettings(2, 3, 4, 2, 11);
    /** Tver's set has 28 data elements; the generator writes every one for every organisation. */
    private static final int ELEMENTS = 28;

    private final IndicatorSetContribution tver = TverSet.contribution();

    private static StoreLocation memory() {
        return StoreLocation.url("jdbc:derby:memory:gen-" + UUID.randomUUID() + ";create=true"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private CountryGenerator generator(GeneratorSettings settings) {
        return new CountryGenerator(tver.indicatorSet(), tver.id(), new SyntheticCountry(settings));
    }

    @Test
    void campaignsAreConsecutiveYearsEndingWithTheSetsTargets() {
        assertEquals(List.of("2021/22", "2022/23"), generator(SMALL).academicYears());
    }

    @Test
    void writesEveryValueOfEveryOrganisationAndAuditsEachLoad() throws Exception {
        try (Store store = Store.open(memory())) {
            CountryGenerator.Result result = generator(SMALL).writeTo(store, null);
            assertEquals(List.of("synthetic-2021-22", "synthetic-2022-23"), result.campaignIds());
            assertEquals(24, result.organisations());
            assertEquals(24L * ELEMENTS * 2, result.values());
            CampaignInfo newest = store.campaigns().find("synthetic-2022-23").orElseThrow();
            assertEquals("synthetic-2021-22", newest.previousId());
            assertEquals(tver.id(), newest.indicatorSetId());
            assertEquals(24 * ELEMENTS, store.values().values("synthetic-2022-23").size());
            // the bulk load audits itself once: who, when, how many values (each value row has who and when)
            List<AuditEntry> audit = store.values().audit("synthetic-2021-22");
            assertEquals(1, audit.size());
            assertEquals(24.0 * ELEMENTS, audit.get(0).newValue());
            assertEquals(store.values().values("synthetic-2021-22").get(0).changedBy(), audit.get(0).changedBy());
        }
    }

    @Test
    void theSameSeedWritesTheSameDatabase() throws Exception {
        assertEquals(dump(SMALL), dump(SMALL));
        GeneratorSettings otherSeed = new GeneratorSettings(2, 3, 4, 2, 12);
        assertTrue(!dump(SMALL).equals(dump(otherSeed)));
    }

    @Test
    void aSecondRunIntoTheSameDatabaseIsRefusedAndChangesNothing() throws Exception {
        try (Store store = Store.open(memory())) {
            generator(SMALL).writeTo(store, null);
            assertThrows(StoreException.class, () -> generator(SMALL).writeTo(store, null));
            assertEquals(24 * ELEMENTS, store.values().values("synthetic-2021-22").size());
        }
    }

    /* The import's own checks (codes, types, ranges, parts and groups) accept every generated file. */
    @Test
    void theImportAcceptsTheCsvFilesWithoutAProblem(@TempDir Path folder) throws Exception {
        SyntheticCountry country = new SyntheticCountry(SMALL);
        CountryGenerator generator = new CountryGenerator(tver.indicatorSet(), tver.id(), country);
        List<Path> files = generator.writeCsv(folder);
        assertEquals(4, files.size());
        assertEquals(folder.resolve("synthetic-2022-23").resolve("R02.csv"), files.get(3));
        Directory second = country.regions().get(1);
        ImportBatch batch = new DataImporter(tver.indicatorSet(), second, "synthetic-2022-23").importFiles(files.get(3));
        assertEquals(List.of(), batch.problems());
        assertEquals(12 * ELEMENTS, batch.values().size());
        Map<String, Double> imported = new HashMap<>();
        for (ValueRecord value : batch.values()) {
            imported.put(value.organisationCode() + '/' + value.elementCode(), value.value());
        }
        List<String> mismatches = new ArrayList<>();
        generator.values().forEachValue(second, 1, (organisation, element, disaggregation, value) -> {
            if (!Double.valueOf(value).equals(imported.get(organisation + '/' + element))) {
                mismatches.add(organisation + '/' + element);
            }
        });
        assertEquals(List.of(), mismatches);
    }

    private String dump(GeneratorSettings settings) throws StoreException {
        try (Store store = Store.open(memory())) {
            generator(settings).writeTo(store, null);
            StringBuilder text = new StringBuilder();
            for (String id : List.of("synthetic-2021-22", "synthetic-2022-23")) {
                store.values().forEachValue(id, (organisation, element, disaggregation, value) -> text
                        .append(organisation).append(element).append(value).append('\n'));
            }
            return text.toString();
        }
    }
}
