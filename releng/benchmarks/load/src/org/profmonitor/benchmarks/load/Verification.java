/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.benchmarks.load;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.profmonitor.store.AuditEntry;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;
import org.profmonitor.store.StoredValue;

/**
 * After the run, from the database: every cell holds exactly the increments the clients saw
 * committed (none lost), its audit has one row per increment with new values 1..n each once (none
 * duplicated), and each row names the database user of the client that made it.
 */
final class Verification {

    private final Store store;
    private final List<Client> clients;

    Verification(Store store, List<Client> clients) {
        this.store = store;
        this.clients = clients;
    }

    boolean run(PrintStream out) throws StoreException {
        Map<Client.Cell, Integer> expected = new HashMap<>();
        Map<Client.Cell, java.util.Set<String>> writers = new HashMap<>();
        for (Client client : clients) {
            client.increments.forEach((cell, n) -> {
                expected.merge(cell, n, Integer::sum);
                writers.computeIfAbsent(cell, c -> new java.util.HashSet<>()).add(Client.user(clientIndex(client)));
            });
        }
        Map<Client.Cell, Double> stored = new HashMap<>();
        for (StoredValue value : store.values().values(LoadTest.CAMPAIGN)) {
            stored.put(new Client.Cell(value.organisationCode(), value.elementCode()), value.value());
        }
        Map<Client.Cell, TreeSet<Double>> auditNew = new HashMap<>();
        Map<Client.Cell, Integer> auditRows = new HashMap<>();
        int wrongUser = 0;
        List<AuditEntry> audit = store.values().audit(LoadTest.CAMPAIGN);
        for (AuditEntry entry : audit) {
            Client.Cell cell = new Client.Cell(entry.organisationCode(), entry.elementCode());
            auditRows.merge(cell, 1, Integer::sum);
            auditNew.computeIfAbsent(cell, c -> new TreeSet<>()).add(entry.newValue());
            java.util.Set<String> allowed = writers.get(cell);
            if (allowed == null || !allowed.contains(entry.changedBy())) {
                wrongUser++;
            }
        }
        int lost = 0;
        int duplicated = 0;
        int unexpected = 0;
        long sumExpected = 0;
        for (Map.Entry<Client.Cell, Integer> entry : expected.entrySet()) {
            int n = entry.getValue();
            sumExpected += n;
            Double value = stored.get(entry.getKey());
            int rows = auditRows.getOrDefault(entry.getKey(), 0);
            TreeSet<Double> news = auditNew.getOrDefault(entry.getKey(), new TreeSet<>());
            // n increments from nothing: the value n, n audit rows whose new values are 1..n, each once
            boolean complete = news.size() == n && news.first() == 1.0 && news.last() == n;
            if (value == null || value < n || rows < n || (!complete && rows <= n)) {
                lost++;
            } else if (value > n || rows > n || news.size() < rows) {
                duplicated++;
            }
        }
        for (Client.Cell cell : stored.keySet()) {
            if (!expected.containsKey(cell)) {
                unexpected++;
            }
        }
        double sumStored = stored.values().stream().mapToDouble(Double::doubleValue).sum();
        out.printf("verification: %d cells, %d increments committed by the clients, sum of the stored values %.0f, "
                + "audit rows %d; cells with a lost value %d, with a duplicated value %d, not written by any client %d, "
                + "audit rows not naming the writing client's database user %d%n", expected.size(), sumExpected,
                sumStored, audit.size(), lost, duplicated, unexpected, wrongUser);
        boolean ok = lost == 0 && duplicated == 0 && unexpected == 0 && wrongUser == 0 && sumStored == sumExpected
                && audit.size() == sumExpected;
        out.println(ok ? "no value lost or duplicated" : "VALUES LOST OR DUPLICATED");
        return ok;
    }

    private int clientIndex(Client client) {
        return clients.indexOf(client);
    }
}
