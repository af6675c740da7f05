/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

    /** @return whether the system refuses NaN and the infinities in a {@code DOUBLE} column, as Derby does */
    boolean refusesNonFiniteValues() {
        return true;
    }

    private static Store withCampaigns(StoreLocation location, String... ids) throws StoreException {
        Store store = Store.open(location);
        for (String id : ids) {
            campaign(store, id);
        }
        return store;
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

    /*
     * What the row-by-row path records for a load: the campaign, the value's disaggregation, the
     * user and one time for the whole load, the audit row's.
     */
    @Test
    void everyRowRecordsItsCampaignDisaggregationUserAndTheLoadsTime() throws Exception {
        StoreLocation location = database();
        try (Store store = withCampaigns(location, "c", "other")) {
            store.values().applyValues("other", List.of(new ValueChange("ORG-1", "STUD", "", 7)), "someone", null);
            Instant before = Instant.now().minusMillis(1);
            store.bulk().load("c", "loader", "bulk.csv", sink -> {
                for (int i = 0; i < 3_000; i++) {
                    sink.accept("ORG-" + i, "STUD", i % 3 == 0 ? "ОВЗ" : "", i + 0.1);
                }
            });
            Instant after = Instant.now().plusMillis(1);
            List<StoredValue> values = store.values().values("c");
            assertEquals(3_000, values.size());
            Instant loaded = store.values().audit("c").get(0).changedAt();
            assertTrue(!loaded.isBefore(before) && !loaded.isAfter(after), loaded.toString());
            for (StoredValue value : values) {
                int i = Integer.parseInt(value.organisationCode().substring(4));
                assertEquals(i % 3 == 0 ? "ОВЗ" : "", value.disaggregation());
                assertEquals(i + 0.1, value.value());
                assertEquals("loader", value.changedBy());
                assertEquals(loaded, value.changedAt());
            }
            assertEquals(3_000, TestDatabases.count(location, "DATA_VALUE WHERE CAMPAIGN_ID = 'c'"));
            List<StoredValue> other = store.values().values("other");
            assertEquals(1, other.size());
            assertEquals("someone", other.get(0).changedBy());
        }
    }

    /* Doubles come back bit for bit: nothing is formatted as text on the way. (Derby stores -0.0 as 0.0.) */
    @Test
    void keepsEveryDoubleExactly() throws Exception {
        double[] figures = { 0.1, 1.0 / 3, Double.MIN_VALUE, Double.MAX_VALUE, -1e-300, 123456789.123456789,
                Math.nextUp(1.0) };
        try (Store store = Store.open(database())) {
            campaign(store, "c");
            store.bulk().load("c", "loader", null, sink -> {
                for (int i = 0; i < figures.length; i++) {
                    sink.accept("ORG-" + i, "STUD", "", figures[i]);
                }
            });
            for (StoredValue value : store.values().values("c")) {
                double expected = figures[Integer.parseInt(value.organisationCode().substring(4))];
                assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(value.value()),
                        value.organisationCode());
            }
        }
    }

    /* Two loads at once: each writes its own values, into its own campaign. */
    @Test
    void concurrentLoadsEachWriteTheirOwnValues() throws Exception {
        StoreLocation location = database();
        try (Store store = withCampaigns(location, "a", "b")) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<Long> a = pool.submit(() -> store.bulk().load("a", "first", null, sink -> {
                    for (int i = 0; i < 4_000; i++) {
                        sink.accept("A-" + i, "STUD", "", 1);
                    }
                }));
                Future<Long> b = pool.submit(() -> store.bulk().load("b", "second", null, sink -> {
                    for (int i = 0; i < 3_000; i++) {
                        sink.accept("B-" + i, "STUD", "", 2);
                    }
                }));
                assertEquals(4_000, a.get());
                assertEquals(3_000, b.get());
            } finally {
                pool.shutdown();
            }
            List<StoredValue> first = store.values().values("a");
            assertEquals(4_000, first.size());
            assertTrue(first.stream().allMatch(v -> v.organisationCode().startsWith("A-") && v.value() == 1
                    && v.changedBy().equals("first")));
            List<StoredValue> second = store.values().values("b");
            assertEquals(3_000, second.size());
            assertTrue(second.stream().allMatch(v -> v.organisationCode().startsWith("B-") && v.value() == 2
                    && v.changedBy().equals("second")));
            assertEquals(2, TestDatabases.count(location, "VALUE_AUDIT"));
        }
    }

    /* Commas, quotes, Cyrillic and empty codes come back as they went in. */
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

    /* Derby refuses NaN and infinities, as it does row by row: the whole load with them. */
    @Test
    void aValueTheDatabaseRefusesLeavesNothingWritten() throws Exception {
        StoreLocation location = database();
        try (Store store = Store.open(location)) {
            campaign(store, "c");
            if (!refusesNonFiniteValues()) {
                assertEquals(1, store.bulk().load("c", "generator", null, sink -> sink.accept("ORG-0", "STUD", "", Double.NaN)));
                assertTrue(Double.isNaN(store.values().values("c").get(0).value()));
                return;
            }
            for (double refused : new double[] { Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY }) {
                assertThrows(StoreException.class, () -> store.bulk().load("c", "generator", null, sink -> {
                    for (int i = 0; i < 6_000; i++) {
                        sink.accept("ORG-" + i, "STUD", "", i == 5_000 ? refused : i);
                    }
                }), String.valueOf(refused));
                assertEquals(0, TestDatabases.count(location, "DATA_VALUE"));
                assertEquals(0, TestDatabases.count(location, "VALUE_AUDIT"));
            }
            assertEquals(2, store.bulk().load("c", "generator", null, sink -> {
                sink.accept("ORG-1", "STUD", "", 1);
                sink.accept("ORG-2", "STUD", "", 2);
            }), "a failed load leaves the campaign empty and loadable");
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
