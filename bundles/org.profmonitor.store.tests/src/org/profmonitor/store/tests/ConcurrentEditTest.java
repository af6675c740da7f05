/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.profmonitor.store.EditConflictException;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;
import org.profmonitor.store.StoreLocation;
import org.profmonitor.store.StoredValue;
import org.profmonitor.store.ValueChange;
import org.profmonitor.store.ValueEdit;

/** Two users editing the same campaign: no update is ever lost silently. */
class ConcurrentEditTest {

    private static final String CAMPAIGN = "sonkovo-2022";
    private static final String SOURCE = "ввод вручную";

    /**
     * @return a new, empty database of the system under test: Derby in memory here, PostgreSQL in
     *         {@code ConcurrentEditOnPostgreSqlTest}, which runs this same class
     */
    StoreLocation database() {
        return TestDatabases.memory();
    }

    private static ValueEdit edit(double value, Double expected) {
        return new ValueEdit(ValueChange.of("sonkovo", "grade11_to_university", value), expected);
    }

    private static double current(Store store) throws StoreException {
        return store.values().values(CAMPAIGN).stream().filter(v -> v.elementCode().equals("grade11_to_university"))
                .mapToDouble(StoredValue::value).findFirst().orElseThrow();
    }

    @Test
    void theSecondEditOfTheSameValueIsRefusedNamingThePlaceAndTheOthersValue() throws Exception {
        StoreLocation location = database();
        try (Store first = Store.open(location); Store second = Store.open(location)) {
            first.campaigns().save(TestDatabases.campaign(CAMPAIGN));
            first.values().applyEdits(CAMPAIGN, List.of(edit(14, null)), "ivanova", SOURCE);

            first.values().applyEdits(CAMPAIGN, List.of(edit(15, 14.0)), "petrov", SOURCE);
            EditConflictException refused = assertThrows(EditConflictException.class,
                    () -> second.values().applyEdits(CAMPAIGN, List.of(edit(16, 14.0)), "sidorova", SOURCE));

            String message = refused.getMessage();
            assertTrue(message.contains("кампании " + CAMPAIGN), message);
            assertTrue(message.contains("организация sonkovo, показатель данных grade11_to_university"), message);
            assertTrue(message.contains("сейчас 15 (ввёл(а) petrov "), message);
            assertTrue(message.contains("у вас было 14, вы ввели 16."), message);
            assertEquals(1, refused.conflicts().size());
            assertEquals(15.0, refused.conflicts().get(0).current());
            assertEquals(15.0, current(second));
            assertEquals(List.of("ivanova", "petrov"),
                    second.values().audit(CAMPAIGN).stream().map(a -> a.changedBy()).toList());
        }
    }

    @Test
    void twoUsersEnteringAnEmptyCellBothGetNoSilentOverwrite() throws Exception {
        StoreLocation location = database();
        try (Store first = Store.open(location); Store second = Store.open(location)) {
            first.campaigns().save(TestDatabases.campaign(CAMPAIGN));
            first.values().applyEdits(CAMPAIGN, List.of(edit(14, null)), "ivanova", SOURCE);
            EditConflictException refused = assertThrows(EditConflictException.class,
                    () -> second.values().applyEdits(CAMPAIGN, List.of(edit(13, null)), "petrov", SOURCE));
            assertTrue(refused.getMessage().contains("у вас было \u2014, вы ввели 13."), refused.getMessage());
            assertEquals(14.0, current(first));
        }
    }

    /*
     * Clients increment one value at the same time, each on a store of its own, retrying when
     * refused: every increment counts exactly once, so the sum proves that no update was lost.
     */
    @Test
    void concurrentIncrementsAreNeverLost() throws Exception {
        StoreLocation location = database();
        int clients = 6;
        int increments = 10;
        try (Store setup = Store.open(location)) {
            setup.campaigns().save(TestDatabases.campaign(CAMPAIGN));
            setup.values().applyEdits(CAMPAIGN, List.of(edit(0, null)), "setup", SOURCE);
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Integer>> refusals = new ArrayList<>();
        List<Store> stores = new ArrayList<>();
        try {
            for (int c = 0; c < clients; c++) {
                Store store = Store.open(location);
                stores.add(store);
                String user = "client" + c;
                refusals.add(pool.submit(() -> increment(store, user, increments)));
            }
            pool.shutdown();
            assertTrue(pool.awaitTermination(5, TimeUnit.MINUTES));
            int refused = 0;
            for (Future<Integer> result : refusals) {
                refused += result.get();
            }
            assertEquals(clients * increments, current(stores.get(0)), "refused and retried: " + refused);
            assertEquals(1 + clients * increments, stores.get(0).values().audit(CAMPAIGN).size());
        } finally {
            stores.forEach(Store::close);
        }
    }

    private static int increment(Store store, String user, int times) throws Exception {
        int refused = 0;
        for (int done = 0; done < times;) {
            double seen = current(store);
            try {
                store.values().applyEdits(CAMPAIGN, List.of(edit(seen + 1, seen)), user, SOURCE);
                done++;
            } catch (StoreException e) {
                // a conflict, or a deadlock the database broke: look again, as a user would
                if (++refused > 10_000) {
                    throw e;
                }
            }
        }
        return refused;
    }
}
