/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.profmonitor.generator.CountryGenerator;
import org.profmonitor.generator.GeneratorSettings;
import org.profmonitor.generator.SyntheticCountry;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.resource.ModelResources;
import org.profmonitor.store.Store;

/**
 * The benchmarks' data: a synthetic country generated once into a Derby file database and CSV
 * files under the work folder, and kept for the next run while the settings stay the same
 * (generating three million values takes minutes, measuring them seconds).
 */
final class Country {

    final GeneratorSettings settings;
    final IndicatorSet set;
    final SyntheticCountry country;
    final CountryGenerator generator;
    final Path database;
    final Path csv;
    final List<String> years;

    Country(GeneratorSettings settings, Path setFile, String setId, Path work) throws IOException {
        this.settings = settings;
        this.set = ModelResources.load(ModelResources.createResourceSet(),
                URI.createFileURI(setFile.toAbsolutePath().toString()), IndicatorSet.class);
        this.country = new SyntheticCountry(settings);
        this.generator = new CountryGenerator(set, setId, country);
        this.database = work.resolve("country-db"); //$NON-NLS-1$
        this.csv = work.resolve("country-csv"); //$NON-NLS-1$
        this.years = generator.academicYears();
    }

    String newestCampaign() {
        return CountryGenerator.campaignId(years.get(years.size() - 1));
    }

    String previousCampaign() {
        return years.size() < 2 ? null : CountryGenerator.campaignId(years.get(years.size() - 2));
    }

    /** Generates the database and the CSV files unless the work folder has them for these settings. */
    void prepare(Figures figures) throws Exception {
        Path marker = database.resolveSibling("country.settings"); //$NON-NLS-1$
        String wanted = settings.toString();
        if (Files.isRegularFile(marker) && wanted.equals(Files.readString(marker, StandardCharsets.UTF_8))) {
            figures.note("data: reused " + database + " (" + wanted + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return;
        }
        Files.deleteIfExists(marker);
        delete(database);
        delete(csv);
        long[] values = new long[1];
        double generate = Clock.once(() -> {
            try (Store store = Store.open(database.toString())) {
                values[0] = generator.writeTo(store, (id, count) -> System.out.println("  generated " + id + ": " + count)).values(); //$NON-NLS-1$ //$NON-NLS-2$
            }
        });
        double write = Clock.once(() -> generator.writeCsv(csv));
        figures.note(String.format(java.util.Locale.ROOT,
                "data: generated %d organisations, %d values into Derby (bulk path, with audit) in %.1f s; CSV files in %.1f s", //$NON-NLS-1$
                settings.organisations(), values[0], generate, write));
        Files.writeString(marker, wanted, StandardCharsets.UTF_8);
    }

    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
