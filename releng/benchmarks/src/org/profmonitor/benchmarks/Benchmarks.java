/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.profmonitor.generator.CountryCalculation;
import org.profmonitor.generator.GeneratorSettings;
import org.profmonitor.store.Store;

/**
 * The country-scale benchmarks (issue 8), run by {@code releng/benchmarks/run.sh}: each figure is
 * printed with its baseline, measured in the same run on the same data, and the ratio. Not a test:
 * nothing here runs in {@code ./run-tests} or the Maven test phase.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    /**
     * @param args {@code --regions N --municipalities-per-region M --organisations-per-municipality K
     *             --campaigns C --seed S --work DIR --set-file XMI --set-id ID [--skip-import]
     *             [--only recompute|import]}
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        GeneratorSettings settings = new GeneratorSettings(number(options, "--regions", 85), //$NON-NLS-1$
                number(options, "--municipalities-per-region", 27), number(options, "--organisations-per-municipality", 17), //$NON-NLS-1$ //$NON-NLS-2$
                number(options, "--campaigns", 2), Long.parseLong(options.getOrDefault("--seed", "1"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Path work = Path.of(options.getOrDefault("--work", "releng/benchmarks/target")); //$NON-NLS-1$ //$NON-NLS-2$
        Country data = new Country(settings, Path.of(options.get("--set-file")), options.get("--set-id"), work); //$NON-NLS-1$ //$NON-NLS-2$
        Figures figures = new Figures();
        String started = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")); //$NON-NLS-1$
        figures.note(String.format(Locale.ROOT, "run %s: %s, %d cores, -Xmx %.0f MiB, Java %s", started, settings, //$NON-NLS-1$
                Runtime.getRuntime().availableProcessors(), HeapProbe.maxMiB(), System.getProperty("java.version"))); //$NON-NLS-1$
        data.prepare(figures);
        String only = options.get("--only"); //$NON-NLS-1$
        if (only != null && !only.equals("recompute") && !only.equals("import")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new IllegalArgumentException("--only takes recompute or import, not " + only); //$NON-NLS-1$
        }
        if (only == null || only.equals("recompute")) { //$NON-NLS-1$
            recompute(data, figures);
        }
        if (!options.containsKey("--skip-import") && (only == null || only.equals("import"))) { //$NON-NLS-1$ //$NON-NLS-2$
            new ImportRun(data, work).run(figures);
        }
        figures.writeMarkdown(work.resolve("benchmarks.md"), "Benchmarks of " + started); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void recompute(Country data, Figures figures) throws Exception {
        Recompute recompute = new Recompute(data);
        try (Store store = Store.open(data.database.toString());
                Connection connection = DriverManager.getConnection("jdbc:derby:" + data.database)) { //$NON-NLS-1$
            long[] rows = new long[1];
            HeapProbe.reset();
            CountryCalculation.Summary[] summary = new CountryCalculation.Summary[1];
            double[] recomputed = Clock.paired(1, 7, () -> rows[0] = SqlBaselines.fullScan(connection),
                    () -> summary[0] = recompute.fromDatabase(store));
            double peak = HeapProbe.peakMiB();
            double peakLive = HeapProbe.peakAfterGcMiB();
            double[] loaded = Clock.paired(0, 5, () -> SqlBaselines.fullScan(connection), () -> recompute.load(store));
            double groupBy = Clock.median(0, 1, () -> SqlBaselines.groupBy(connection));
            double scan = recomputed[0];
            double fromDatabase = recomputed[1];
            figures.compare("recompute country from DB (" + summary[0].values() + " indicator values), s", //$NON-NLS-1$ //$NON-NLS-2$
                    fromDatabase, "s", "bare full scan of the " + rows[0] + " rows", scan, 1.5); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            figures.compare("  of it: load both campaigns in one scan into columns (StoredCampaignValues), s", loaded[1], //$NON-NLS-1$
                    "s", "bare full scan (its own runs)", loaded[0], Double.NaN); //$NON-NLS-1$ //$NON-NLS-2$
            figures.compare("recompute country from DB, s", fromDatabase, "s", "hand-written SQL GROUP BY ROLLUP", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    groupBy, Double.NaN);
            figures.note(String.format(Locale.ROOT, "recompute: %d values with a value, plans reached %d, not reached %d, %d rankings", //$NON-NLS-1$
                    summary[0].withValue(), summary[0].reached(), summary[0].notReached(), summary[0].rankings().size()));

            PlainLoop loop = new PlainLoop(store, campaigns(data), data.country.regions());
            double plain = Clock.median(5, 21, loop::run);
            figures.compare("recompute country from DB, s", fromDatabase, "s", //$NON-NLS-1$ //$NON-NLS-2$
                    "plain Java loop over " + loop.size() + " values in arrays", plain, Double.NaN); //$NON-NLS-1$ //$NON-NLS-2$

            Recompute.Session session = recompute.new Session(store);
            CountryCalculation.Summary[] again = new CountryCalculation.Summary[1];
            double inMemory = Clock.median(1, 5, () -> again[0] = session.recompute());
            if (!again[0].equals(summary[0])) {
                throw new IllegalStateException("the in-memory recompute disagrees with the one from the database"); //$NON-NLS-1$
            }
            figures.compare("recompute country in memory (no DB), s", inMemory, "s", "plain Java loop", plain, Double.NaN); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            SplittableRandom random = new SplittableRandom(data.settings.seed());
            List<String> organisations = session.organisations;
            double[] edited = Clock.paired(5, 41, loop::run, () -> session.edit(
                    organisations.get(random.nextInt(organisations.size())), "PRK", random.nextInt(500))); //$NON-NLS-1$
            figures.compare("in-memory recompute after one edited value, s", edited[1], "s", //$NON-NLS-1$ //$NON-NLS-2$
                    "plain Java loop (runs alternating with the edits)", edited[0], 20); //$NON-NLS-1$
            figures.compare("heap in use after GC, worst, country recompute from DB, MiB", peakLive, "MiB", "1 GiB", 1024, 1.0); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            figures.compare("  sum of heap pool peaks (upper bound), MiB", peak, "MiB", "1 GiB", 1024, Double.NaN); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            figures.note(String.format(Locale.ROOT, "heap: the whole run stayed within -Xmx %.0f MiB (no OutOfMemoryError)", //$NON-NLS-1$
                    HeapProbe.maxMiB()));
        }
    }

    private static List<String> campaigns(Country data) {
        List<String> ids = new ArrayList<>();
        if (data.previousCampaign() != null) {
            ids.add(data.previousCampaign());
        }
        ids.add(data.newestCampaign());
        return ids;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--skip-import")) { //$NON-NLS-1$
                options.put(args[i], "true"); //$NON-NLS-1$
            } else if (i + 1 < args.length) {
                options.put(args[i], args[++i]);
            } else {
                throw new IllegalArgumentException("missing value of " + args[i]); //$NON-NLS-1$
            }
        }
        return options;
    }

    private static int number(Map<String, String> options, String name, int defaultValue) {
        String value = options.get(name);
        return value == null ? defaultValue : Integer.parseInt(value);
    }
}
