/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.profmonitor.model.CampaignStatus;
import org.profmonitor.store.ApplyResult;
import org.profmonitor.store.AuditEntry;
import org.profmonitor.store.CampaignInfo;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;
import org.profmonitor.store.StoreLocation;
import org.profmonitor.store.StoredValue;
import org.profmonitor.store.ValueChange;

class BulkValueLoaderTest {

    /**
     * @return a new, empty database of the system under test: Derby in memory here, PostgreSQL in
     *         {@code BulkValueLoaderOnPostgreSqlTest}, which runs this same class
     */
    StoreLocation database() {
        return TestDatabases.memory();
    }

    private static void campaign(Store store, String id) throws StoreException {
        store.campaigns().save(new CampaignInfo(id, "tver", null, "2022/23", null, null, null,
                CampaignStatus.COLLECTING, null, null, null));
    }

    /* More rows than one JDBC batch, so that the last, partial batch is written too. */
    @Test
    void loadsEveryRowWithOneAuditRowForTheLoad() throws Exception {
        try (Store store = Store.open(database())) {
            campaign(store, "c");
            long written = store.bulk().load("c", "generator", "bulk.csv", sink -> {
                for (int i = 0; i < 12_345; i++) {
                    sink.accept("ORG-" + i, "STUD", "", i);
                }
            });
            assertEquals(12_345, written);
            List<StoredValue> values = store.values().values("c");
            assertEquals(12_345, values.size());
            assertEquals("generator", values.get(0).changedBy());
            List<AuditEntry> audit = store.values().audit("c");
            assertEquals(1, audit.size(), "one row for the load, not one per value");
            assertEquals("", audit.get(0).organisationCode());
            assertEquals("", audit.get(0).elementCode());
            assertNull(audit.get(0).oldValue());
            assertEquals(12_345.0, audit.get(0).newValue());
            assertEquals("generator", audit.get(0).changedBy());
            assertEquals("bulk.csv", audit.get(0).source());
            assertEquals(values.get(0).changedAt(), audit.get(0).changedAt());
        }
    }

    /* The import file quotes every text: commas, quotes, Cyrillic and empty codes come back as they went in. */
    @Test
    void keepsCodesWithCommasQuotesAndCyrillicAsTheyAre() throws Exception {
        try (Store store = Store.open(database())) {
            campaign(store, "c");
            store.bulk().load("c", "ввод \"первый\"", null, sink -> {
                sink.accept("ORG,1", "STUD", "", 1.5);
                sink.accept("ORG \"2\"", "ВУЗ", "ОВЗ", -0.25);
                sink.accept("ORG-3", "STUD", null, 1e15);
            });
            List<StoredValue> values = store.values().values("c");
            assertEquals(List.of("ORG \"2\"/ВУЗ/ОВЗ=-0.25", "ORG,1/STUD/=1.5", "ORG-3/STUD/=1.0E15"),
                    values.stream().map(v -> v.organisationCode() + '/' + v.elementCode() + '/'
                            + v.disaggregation() + '=' + v.value()).sorted().toList());
            assertEquals("ввод \"первый\"", values.get(0).changedBy());
        }
    }

    @Test
    void aLoadItsRowsAbandonLeavesNothingWritten() throws Exception {
        StoreLocation location = database();
        try (Store store = Store.open(location)) {
            campaign(store, "c");
            assertThrows(StoreException.class, () -> store.bulk().load("c", "generator", null, sink -> {
                sink.accept("ORG", "STUD", "", 1);
                throw new StoreException("the file is broken");
            }));
            assertEquals(0, TestDatabases.count(location, "DATA_VALUE"));
            assertEquals(0, TestDatabases.count(location, "VALUE_AUDIT"));
            assertEquals(0, store.bulk().load("c", "generator", null, sink -> {
            }), "nothing to load writes nothing");
            assertEquals(0, TestDatabases.count(location, "VALUE_AUDIT"));
        }
    }

    @Test
    void aDuplicateRowLeavesNothingWritten() throws Exception {
        StoreLocation location = database();
        try (Store store = Store.open(location)) {
            campaign(store, "c");
            assertThrows(StoreException.class, () -> store.bulk().load("c", "generator", null, sink -> {
                for (int i = 0; i < 6_000; i++) {
                    sink.accept("ORG-" + (i % 5_999), "STUD", "", i);
                }
            }));
            assertEquals(0, TestDatabases.count(location, "DATA_VALUE"));
            assertEquals(0, TestDatabases.count(location, "VALUE_AUDIT"));
        }
    }

    @Test
    void refusesACampaignWithValuesAndAnUnknownOne() throws Exception {
        try (Store store = Store.open(database())) {
            campaign(store, "c");
            ApplyResult first = store.values().applyValues("c", List.of(new ValueChange("ORG", "STUD", "", 5)),
                    "user", null);
            assertEquals(1, first.inserted());
            assertThrows(StoreException.class,
                    () -> store.bulk().load("c", "generator", null, sink -> sink.accept("ORG2", "STUD", "", 1)));
            assertThrows(StoreException.class,
                    () -> store.bulk().load("nope", "generator", null, sink -> sink.accept("ORG", "STUD", "", 1)));
            assertEquals(1, store.values().values("c").size());
        }
    }
}
