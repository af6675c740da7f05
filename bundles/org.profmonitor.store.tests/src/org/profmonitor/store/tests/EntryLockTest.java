/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.profmonitor.store.EntryLock;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;
import org.profmonitor.store.StoreLocation;
import org.profmonitor.store.ValueChange;
import org.profmonitor.store.ValueEdit;

/** A campaign closed for entry takes no value by any path until it is reopened. */
class EntryLockTest {

    private static final String CAMPAIGN = "tver-2022";

    /**
     * @return a new, empty database of the system under test: Derby in memory here, PostgreSQL in
     *         {@code EntryLockOnPostgreSqlTest}, which runs this same class
     */
    StoreLocation database() {
        return TestDatabases.memory();
    }

    private static void assertNamesTheCampaign(StoreException refused) {
        String message = refused.getMessage();
        assertTrue(message.contains("Кампания " + CAMPAIGN + " закрыта для ввода данных (petrova, "), message);
        assertTrue(message.contains("ничего не записано"), message);
        assertTrue(message.contains("campaigns unlock --campaign " + CAMPAIGN), message);
    }

    @Test
    void aClosedCampaignRefusesEditsValuesAndBulkLoadsUntilReopened() throws Exception {
        StoreLocation location = database();
        try (Store store = Store.open(location)) {
            store.campaigns().save(TestDatabases.campaign(CAMPAIGN));
            store.values().applyValues(CAMPAIGN, List.of(ValueChange.of("sonkovo", "grade9", 10)), "ivanova", "a.csv");
            assertTrue(store.campaigns().entryLock(CAMPAIGN).isEmpty());

            EntryLock lock = store.campaigns().lockEntry(CAMPAIGN, "petrova");
            assertEquals("petrova", lock.lockedBy());
            assertEquals(lock.lockedBy(), store.campaigns().entryLock(CAMPAIGN).orElseThrow().lockedBy());
            // closing again keeps the first lock
            assertEquals("petrova", store.campaigns().lockEntry(CAMPAIGN, "sidorov").lockedBy());
            String before = store.values().values(CAMPAIGN) + " " + store.values().audit(CAMPAIGN);

            assertNamesTheCampaign(assertThrows(StoreException.class, () -> store.values().applyEdits(CAMPAIGN,
                    List.of(new ValueEdit(ValueChange.of("sonkovo", "grade9", 11), 10.0)), "ivanova", "ввод вручную")));
            assertNamesTheCampaign(assertThrows(StoreException.class, () -> store.values().applyValues(CAMPAIGN,
                    List.of(ValueChange.of("sonkovo", "grade11", 3)), "ivanova", "b.csv")));
            assertNamesTheCampaign(assertThrows(StoreException.class,
                    () -> store.campaigns().requireOpenForEntry(CAMPAIGN)));
            store.campaigns().save(TestDatabases.campaign("empty"));
            store.campaigns().lockEntry("empty", "petrova");
            StoreException bulk = assertThrows(StoreException.class,
                    () -> store.bulk().load("empty", "generator", null, sink -> sink.accept("x", "y", "", 1)));
            assertTrue(bulk.getMessage().contains("Кампания empty закрыта для ввода данных"), bulk.getMessage());
            assertEquals(before, store.values().values(CAMPAIGN) + " " + store.values().audit(CAMPAIGN));
            assertTrue(store.values().values("empty").isEmpty());

            assertTrue(store.campaigns().unlockEntry(CAMPAIGN, "petrova"));
            assertFalse(store.campaigns().unlockEntry(CAMPAIGN, "petrova"));
            store.values().applyEdits(CAMPAIGN, List.of(new ValueEdit(ValueChange.of("sonkovo", "grade9", 11), 10.0)),
                    "ivanova", "ввод вручную");
            assertEquals(11.0, store.values().values(CAMPAIGN).get(0).value());
        }
    }

    @Test
    void anUnknownCampaignCannotBeClosed() throws Exception {
        try (Store store = Store.open(database())) {
            StoreException refused = assertThrows(StoreException.class, () -> store.campaigns().lockEntry("nope", "x"));
            assertTrue(refused.getMessage().contains("nope"), refused.getMessage());
        }
    }
}
