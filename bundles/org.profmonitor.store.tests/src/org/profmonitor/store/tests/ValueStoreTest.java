/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.profmonitor.store.ApplyResult;
import org.profmonitor.store.AuditEntry;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;
import org.profmonitor.store.StoreLocation;
import org.profmonitor.store.StoredValue;
import org.profmonitor.store.ValueChange;

/** Seed 000, Сонковский район 2022: the figures the store must keep exactly. */
class ValueStoreTest {

    /**
     * @return a new, empty database of the system under test: Derby in memory here, PostgreSQL in
     *         {@code ValueStoreOnPostgreSqlTest}, which runs this same class
     */
    StoreLocation database() {
        return TestDatabases.memory();
    }

    private static final String CAMPAIGN = "sonkovo-2022";

    private StoreLocation location;
    private Store store;

    @BeforeEach
    void open() throws Exception {
        location = database();
        store = Store.open(location);
        store.campaigns().save(TestDatabases.campaign(CAMPAIGN));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static List<ValueChange> sonkovo() {
        return List.of(ValueChange.of("sonkovo", "grade11_graduates", 22),
                ValueChange.of("sonkovo", "grade11_to_university", 14),
                ValueChange.of("sonkovo", "grade9_graduates", 64),
                new ValueChange("sonkovo", "grade9_graduates", "ovz", 3));
    }

    @Test
    void applyWritesValuesAndOneAuditRowEach() throws Exception {
        ApplyResult result = store.values().applyValues(CAMPAIGN, sonkovo(), "ivanova", "sonkovo.xlsx");

        assertEquals(new ApplyResult(4, 0, 0), result);
        List<StoredValue> values = store.values().values(CAMPAIGN);
        assertEquals(4, values.size());
        assertEquals("grade11_graduates", values.get(0).elementCode());
        assertEquals(22.0, values.get(0).value());
        assertEquals("", values.get(2).disaggregation());
        assertEquals("ovz", values.get(3).disaggregation());
        assertEquals(3.0, values.get(3).value());
        assertEquals("ivanova", values.get(3).changedBy());
        List<AuditEntry> audit = store.values().audit(CAMPAIGN);
        assertEquals(4, audit.size());
        for (AuditEntry entry : audit) {
            assertNull(entry.oldValue());
            assertEquals("ivanova", entry.changedBy());
            assertEquals("sonkovo.xlsx", entry.source());
        }
        assertEquals(14.0, audit.get(1).newValue());
    }

    @Test
    void applyingTheSameValuesAgainChangesNothing() throws Exception {
        store.values().applyValues(CAMPAIGN, sonkovo(), "ivanova", "sonkovo.xlsx");
        int values = TestDatabases.count(location, "DATA_VALUE");
        int audit = TestDatabases.count(location, "VALUE_AUDIT");
        String before = TestDatabases.dump(location);

        ApplyResult again = store.values().applyValues(CAMPAIGN, sonkovo(), "petrov", "sonkovo-copy.xlsx");

        assertEquals(new ApplyResult(0, 0, 4), again);
        assertEquals(0, again.changed());
        assertEquals(values, TestDatabases.count(location, "DATA_VALUE"));
        assertEquals(audit, TestDatabases.count(location, "VALUE_AUDIT"));
        assertEquals(before, TestDatabases.dump(location), "not even who/when may change");
    }

    @Test
    void aCorrectedValueIsAuditedWithOldAndNew() throws Exception {
        store.values().applyValues(CAMPAIGN, sonkovo(), "ivanova", "sonkovo.xlsx");

        ApplyResult corrected = store.values().applyValues(CAMPAIGN,
                List.of(ValueChange.of("sonkovo", "grade11_to_university", 15),
                        ValueChange.of("sonkovo", "grade11_graduates", 22)),
                "petrov", "sonkovo-corrected.xlsx");

        assertEquals(new ApplyResult(0, 1, 1), corrected);
        List<AuditEntry> audit = store.values().audit(CAMPAIGN);
        assertEquals(5, audit.size());
        AuditEntry last = audit.get(4);
        assertEquals("grade11_to_university", last.elementCode());
        assertEquals(14.0, last.oldValue());
        assertEquals(15.0, last.newValue());
        assertEquals("petrov", last.changedBy());
        assertEquals("sonkovo-corrected.xlsx", last.source());
        StoredValue university = store.values().values(CAMPAIGN).get(1);
        assertEquals(15.0, university.value());
        assertEquals("petrov", university.changedBy());
    }

    @Test
    void aFailingBatchLeavesTheDatabaseExactlyAsBefore() throws Exception {
        store.values().applyValues(CAMPAIGN, sonkovo(), "ivanova", "sonkovo.xlsx");
        String before = TestDatabases.dump(location);

        // a correction, a new value, then a row the database refuses (element code over 64 characters)
        List<ValueChange> batch = List.of(ValueChange.of("sonkovo", "grade11_to_university", 15),
                ValueChange.of("sonkovo", "grade9_to_grade10", 19),
                ValueChange.of("sonkovo", "x".repeat(65), 45));
        StoreException failure = assertThrows(StoreException.class,
                () -> store.values().applyValues(CAMPAIGN, batch, "petrov", "broken.xlsx"));

        assertTrue(failure.getMessage().contains("ничего не записано"), failure.getMessage());
        assertEquals(before, TestDatabases.dump(location));
    }

    @Test
    void valuesOfAnUnknownCampaignAreRefused() throws Exception {
        String before = TestDatabases.dump(location);
        StoreException failure = assertThrows(StoreException.class,
                () -> store.values().applyValues("no-such-campaign", sonkovo(), "ivanova", null));
        assertTrue(failure.getMessage().contains("no-such-campaign"), failure.getMessage());
        assertEquals(before, TestDatabases.dump(location));
    }

    @Test
    void theBulkReaderStreamsEveryValueInOrderSharingCodes() throws Exception {
        List<ValueChange> many = new ArrayList<>();
        for (int school = 1; school <= 7; school++) {
            for (int element = 1; element <= 3; element++) {
                many.add(ValueChange.of("school-" + school, "e" + element, school * 10 + element));
            }
        }
        store.values().applyValues(CAMPAIGN, many, "ivanova", null);

        List<String> seen = new ArrayList<>();
        double[] sum = new double[1];
        String[] firstCode = new String[1];
        int count = store.values().forEachValue(CAMPAIGN, (organisation, element, disaggregation, value) -> {
            if (seen.isEmpty()) {
                firstCode[0] = organisation;
            } else if (seen.size() < 3) {
                assertSame(firstCode[0], organisation, "one String per code");
            }
            seen.add(organisation + "/" + element);
            sum[0] += value;
        });

        assertEquals(21, count);
        assertEquals(21, seen.size());
        assertEquals("school-1/e1", seen.get(0));
        assertEquals("school-7/e3", seen.get(20));
        // Σ (10 s + e) over s = 1..7, e = 1..3 = 30 · 28 + 7 · 6
        assertEquals(882.0, sum[0]);
    }
}
