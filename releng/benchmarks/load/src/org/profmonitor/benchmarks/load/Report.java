/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.benchmarks.load;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Throughput, latency percentiles and conflicts of a load test run, summed over its clients. */
final class Report {

    private final List<Client> clients;
    private final double seconds;

    Report(List<Client> clients, double seconds) {
        this.clients = clients;
        this.seconds = seconds;
    }

    int failures() {
        return clients.stream().mapToInt(client -> client.failures).sum();
    }

    void print(PrintStream out) {
        List<Long> latencies = new ArrayList<>();
        int saves = 0;
        int values = 0;
        int conflicts = 0;
        for (Client client : clients) {
            latencies.addAll(client.latencies);
            saves += client.saves;
            values += client.valuesWritten;
            conflicts += client.conflicts;
        }
        Collections.sort(latencies);
        out.printf(Locale.ROOT, "elapsed %.1f s; saves committed %d (%.1f saves/s), values written %d (%.1f values/s)%n",
                seconds, saves, saves / seconds, values, values / seconds);
        out.printf(Locale.ROOT, "latency of a save (applyEdits, all %d calls): p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                latencies.size(), ms(latencies, 0.50), ms(latencies, 0.90), ms(latencies, 0.99),
                latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1) / 1e6);
        out.printf(Locale.ROOT, "conflicts (another client saved the shared cell first, refused and retried): %d; failures: %d%n",
                conflicts, failures());
        for (Client client : clients) {
            if (client.firstFailure != null) {
                out.println("  " + client.getName() + ": " + client.firstFailure);
            }
        }
    }

    private static double ms(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }
}
