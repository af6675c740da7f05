/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.benchmarks.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;

import org.profmonitor.store.EditConflictException;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;
import org.profmonitor.store.StoreLocation;
import org.profmonitor.store.ValueChange;
import org.profmonitor.store.ValueEdit;

/**
 * One municipal methodologist: saves of 1 to 4 cells through {@code ValueStore.applyEdits}, as the
 * data entry editor does. Most cells are the client's own counters (element {@code OWN_<client>_<k>}
 * of one of its municipality's organisations), which only it changes; one save in ten increments
 * the cell its municipality's two clients share, so that optimistic locking is exercised. Every
 * save adds 1 to each of its cells, starting from the value the client last saw; a conflict
 * gives the current value and the save is tried again. So at the end every own cell must hold
 * exactly the client's count of successful increments, every shared cell the sum of its two
 * clients', and the audit one row per increment.
 */
final class Client extends Thread {

    static final int OWN_CELLS = 4;
    static final String SHARED = "SHARED";
    private static final String SOURCE = "нагрузочный тест";

    record Cell(String organisation, String element) {
    }

    private final int index;
    private final int municipality;
    private final int organisations;
    private final StoreLocation location;
    private final CountDownLatch start;
    private final Random random;
    private volatile long stopAt = Long.MAX_VALUE;

    /** What the client believes each cell holds; null: never written. */
    private final Map<Cell, Double> seen = new HashMap<>();
    /** Successful increments per cell. */
    final Map<Cell, Integer> increments = new HashMap<>();
    final List<Long> latencies = new ArrayList<>();
    int saves;
    int valuesWritten;
    int conflicts;
    int failures;
    String firstFailure;

    Client(int index, int municipality, int organisations, StoreLocation location, CountDownLatch start) {
        super("client-" + index);
        this.index = index;
        this.municipality = municipality;
        this.organisations = organisations;
        this.location = location;
        this.start = start;
        this.random = new Random(1000 + index);
    }

    static String user(int client) {
        return String.format(Locale.ROOT, "load_mun_%02d", client);
    }

    static String municipality(int m) {
        return String.format(Locale.ROOT, "M%02d", m);
    }

    static String organisation(int m, int o) {
        return String.format(Locale.ROOT, "M%02d-%02d", m, o);
    }

    static Cell shared(int municipality) {
        return new Cell(organisation(municipality, 0), SHARED);
    }

    void stopAt(long nanoTime) {
        stopAt = nanoTime;
    }

    @Override
    public void run() {
        try (Store store = Store.open(location)) {
            start.await();
            while (System.nanoTime() < stopAt) {
                save(store, cells());
            }
        } catch (StoreException | RuntimeException e) {
            failed(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        if (random.nextInt(10) == 0) {
            cells.add(shared(municipality));
            return cells;
        }
        int count = 1 + random.nextInt(OWN_CELLS);
        for (int k = 0; k < count; k++) {
            Cell cell = new Cell(organisation(municipality, random.nextInt(organisations)),
                    "OWN_" + index + "_" + random.nextInt(OWN_CELLS));
            if (!cells.contains(cell)) {
                cells.add(cell);
            }
        }
        return cells;
    }

    private void save(Store store, List<Cell> cells) {
        while (System.nanoTime() < stopAt) {
            List<ValueEdit> edits = new ArrayList<>();
            for (Cell cell : cells) {
                Double expected = seen.get(cell);
                double next = expected == null ? 1 : expected + 1;
                edits.add(new ValueEdit(ValueChange.of(cell.organisation(), cell.element(), next), expected));
            }
            long began = System.nanoTime();
            try {
                store.values().applyEdits(LoadTest.CAMPAIGN, edits, user(index), SOURCE);
                latencies.add(System.nanoTime() - began);
                saves++;
                for (ValueEdit edit : edits) {
                    Cell cell = new Cell(edit.change().organisationCode(), edit.change().elementCode());
                    seen.put(cell, edit.change().value());
                    increments.merge(cell, 1, Integer::sum);
                    valuesWritten++;
                }
                return;
            } catch (EditConflictException e) {
                latencies.add(System.nanoTime() - began);
                conflicts++;
                // the other client of the municipality was first: start again from its value
                for (EditConflictException.Conflict conflict : e.conflicts()) {
                    ValueChange change = conflict.edit().change();
                    seen.put(new Cell(change.organisationCode(), change.elementCode()), conflict.current());
                }
            } catch (StoreException e) {
                // "being changed at the same time": the database's row lock decided; read again
                latencies.add(System.nanoTime() - began);
                conflicts++;
                if (!e.getMessage().contains("одновременно") && !e.getMessage().contains("at the same time")) {
                    failed(e);
                    return;
                }
                seen.remove(cells.get(0));
                refresh(store, cells);
            }
        }
    }

    private void refresh(Store store, List<Cell> cells) {
        try {
            store.values().values(LoadTest.CAMPAIGN).stream()
                    .filter(v -> cells.contains(new Cell(v.organisationCode(), v.elementCode())))
                    .forEach(v -> seen.put(new Cell(v.organisationCode(), v.elementCode()), v.value()));
        } catch (StoreException e) {
            failed(e);
        }
    }

    private void failed(Exception e) {
        failures++;
        if (firstFailure == null) {
            firstFailure = e.toString();
        }
    }
}
