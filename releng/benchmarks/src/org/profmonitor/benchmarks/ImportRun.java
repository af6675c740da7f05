/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.profmonitor.exchange.DataImporter;
import org.profmonitor.exchange.ImportBatch;
import org.profmonitor.exchange.ValueRecord;
import org.profmonitor.model.CampaignStatus;
import org.profmonitor.model.Directory;
import org.profmonitor.store.CampaignInfo;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;
import org.profmonitor.store.ValueChange;

/**
 * The import of the newest campaign's CSV files into a fresh database: the exchange bundle's
 * {@link DataImporter} reads and checks each region's file against the region's directory (all
 * or nothing: nothing is written unless every file is clean), then the store's bulk path writes
 * the values with their audit. Derby's own import of the same rows is the baseline.
 */
final class ImportRun {

    private static final String CAMPAIGN = "import-bench"; //$NON-NLS-1$

    private final Country data;
    private final Path database;

    ImportRun(Country data, Path work) {
        this.data = data;
        this.database = work.resolve("import-db"); //$NON-NLS-1$
    }

    void run(Figures figures) throws Exception {
        Country.delete(database);
        List<Path> files = new ArrayList<>();
        for (Directory region : data.country.regions()) {
            files.add(data.csv.resolve(data.newestCampaign()).resolve(region.getRegion().getCode() + ".csv")); //$NON-NLS-1$
        }
        Path all = database.resolveSibling("import-all.csv"); //$NON-NLS-1$
        long rows = concatenate(files, all);
        try (Store store = Store.open(database.toString())) {
            campaign(store, CAMPAIGN);
            List<ImportBatch> batches = new ArrayList<>();
            double check = Clock.once(() -> {
                for (int r = 0; r < files.size(); r++) {
                    ImportBatch batch = new DataImporter(data.set, data.country.regions().get(r), CAMPAIGN)
                            .importFiles(files.get(r));
                    if (!batch.isApplicable()) {
                        throw new IllegalStateException(files.get(r) + ": " + batch.problems().get(0)); //$NON-NLS-1$
                    }
                    batches.add(batch);
                }
            });
            warmUp(files.get(0), batches.get(0));
            long[] written = new long[1];
            double write;
            double before;
            double after;
            double derbyWithoutForeignKey;
            // Derby's imports before and after the store's load, in mirrored order, so that both
            // tables see the machine's drift alike: each baseline is the mean of its two runs.
            try (Connection connection = DriverManager.getConnection("jdbc:derby:" + database)) { //$NON-NLS-1$
                before = derbyImport(connection, all, rows, true);
                double withoutBefore = derbyImport(connection, all, rows, false);
                write = Clock.once(() -> written[0] = store.bulk().load(CAMPAIGN, "bench", "country CSV", //$NON-NLS-1$ //$NON-NLS-2$
                        sink -> {
                            for (ImportBatch batch : batches) {
                                for (ValueRecord value : batch.values()) {
                                    sink.accept(value.organisationCode(), value.elementCode(), value.disaggregation(),
                                            value.value());
                                }
                            }
                        }));
                double withoutAfter = derbyImport(connection, all, rows, false);
                after = derbyImport(connection, all, rows, true);
                derbyWithoutForeignKey = (withoutBefore + withoutAfter) / 2;
                figures.note(String.format(Locale.ROOT, "import: Derby's import without the foreign key before the store's load %.2f s, after it %.2f s", //$NON-NLS-1$
                        withoutBefore, withoutAfter));
            }
            if (written[0] != rows) {
                throw new IllegalStateException("imported " + written[0] + " of " + rows + " rows"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            double derby = (before + after) / 2;
            String baseline = "Derby SYSCS_IMPORT_DATA_BULK of the same rows, DATA_VALUE's key, foreign key and index"; //$NON-NLS-1$
            figures.compare("import " + rows + " values: read + check + bulk write, s", check + write, "s", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    baseline, derby, 1.3);
            figures.note(String.format(Locale.ROOT, "import: Derby's import before the store's load %.2f s, after it %.2f s", //$NON-NLS-1$
                    before, after));
            figures.compare("  of it: DataImporter read + check (" + files.size() + " files)", check, "s", //$NON-NLS-1$ //$NON-NLS-2$
                    "Derby SYSCS_IMPORT_DATA_BULK", derby, Double.NaN); //$NON-NLS-1$
            figures.compare("  of it: store bulk write, values + audit rows", write, "s", //$NON-NLS-1$ //$NON-NLS-2$
                    "Derby SYSCS_IMPORT_DATA_BULK", derby, Double.NaN); //$NON-NLS-1$
            figures.compare("import " + rows + " values: read + check + bulk write, s", check + write, "s", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "the same Derby import into a table without the foreign key (two indexes, not three)", //$NON-NLS-1$
                    derbyWithoutForeignKey, Double.NaN);
            compareWithApplyValues(store, batches.get(0), figures);
        }
        Country.delete(database);
        Files.deleteIfExists(all);
    }

    /*
     * Both paths once on one region in a database of its own, untimed: the first of them to run
     * would otherwise pay alone for compiling Derby's insert, sort and index code.
     */
    private void warmUp(Path regionFile, ImportBatch region) throws Exception {
        Path scratch = database.resolveSibling("import-warm-up"); //$NON-NLS-1$
        Country.delete(scratch);
        try (Store store = Store.open(scratch.toString())) {
            campaign(store, CAMPAIGN);
            store.bulk().load(CAMPAIGN, "bench", "warm-up", sink -> { //$NON-NLS-1$ //$NON-NLS-2$
                for (ValueRecord value : region.values()) {
                    sink.accept(value.organisationCode(), value.elementCode(), value.disaggregation(), value.value());
                }
            });
            try (Connection connection = DriverManager.getConnection("jdbc:derby:" + scratch)) { //$NON-NLS-1$
                derbyImport(connection, regionFile, region.values().size(), true);
            }
        }
        Country.delete(scratch);
    }

    /*
     * Derby's own import of the one file into an empty table shaped like DATA_VALUE, timed. Without
     * the foreign key the table lacks the index Derby builds for it: a reference, not the target.
     */
    private static double derbyImport(Connection connection, Path all, long rows, boolean foreignKey) throws Exception {
        SqlBaselines.createImportTable(connection, CAMPAIGN, foreignKey);
        double seconds = Clock.once(() -> SqlBaselines.derbyImport(connection, all.toAbsolutePath().toString()));
        long imported = SqlBaselines.count(connection, SqlBaselines.IMPORT_TABLE);
        if (imported != rows) {
            throw new IllegalStateException("Derby imported " + imported + " of " + rows + " rows"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        SqlBaselines.dropImportTable(connection); // the next run starts from the same database
        return seconds;
    }

    /* The row-by-row path every import used before: one region, against the bulk path on the same values. */
    private static void compareWithApplyValues(Store store, ImportBatch region, Figures figures) throws Exception {
        campaign(store, "apply-bench"); //$NON-NLS-1$
        campaign(store, "bulk-bench"); //$NON-NLS-1$
        List<ValueChange> changes = new ArrayList<>();
        for (ValueRecord value : region.values()) {
            changes.add(new ValueChange(value.organisationCode(), value.elementCode(), value.disaggregation(),
                    value.value()));
        }
        double apply = Clock.once(() -> store.values().applyValues("apply-bench", changes, "bench", "region CSV")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        double bulk = Clock.once(() -> store.bulk().load("bulk-bench", "bench", "region CSV", sink -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            for (ValueChange change : changes) {
                sink.accept(change.organisationCode(), change.elementCode(), change.disaggregation(), change.value());
            }
        }));
        figures.compare("one region, " + changes.size() + " values: ValueStore.applyValues, s", apply, "s", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "BulkValueLoader.load of the same values", bulk, Double.NaN); //$NON-NLS-1$
    }

    private static void campaign(Store store, String id) throws StoreException {
        store.campaigns().save(new CampaignInfo(id, "bench", null, "2022/23", null, null, null, //$NON-NLS-1$ //$NON-NLS-2$
                CampaignStatus.COLLECTING, null, null, null));
    }

    /* One file with one header for Derby's import, which reads a single file. */
    private static long concatenate(List<Path> files, Path target) throws IOException {
        long rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            boolean header = true;
            for (Path file : files) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = header ? 0 : 1; i < lines.size(); i++) {
                    out.write(lines.get(i));
                    out.write('\n');
                    rows += i == 0 ? 0 : 1;
                }
                header = false;
            }
        }
        return rows;
    }
}
