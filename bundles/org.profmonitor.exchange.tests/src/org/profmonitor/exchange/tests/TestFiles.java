/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.exchange.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.osgi.framework.Bundle;
import org.profmonitor.exchange.DataImporter;
import org.profmonitor.exchange.ImportProblem;
import org.profmonitor.exchange.TemplateGenerator;
import org.profmonitor.model.Directory;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.resource.ModelResources;

/**
 * The Tver region's data as the region bundle ships it, and this bundle's test files. Files are
 * copied out of the bundles into a folder, because the importer reads paths, as the command line
 * and the workbench give them.
 */
final class TestFiles {

    static final String TVER_BUNDLE = "org.profmonitor.region.tver"; //$NON-NLS-1$
    static final String CAMPAIGN = "tver-2022-23"; //$NON-NLS-1$
    static final String SONKOVSKY = "TVR-SON"; //$NON-NLS-1$
    private static final String TESTS_BUNDLE = "org.profmonitor.exchange.tests"; //$NON-NLS-1$

    /** The indicator set and directory, loaded into a fresh resource set each time. */
    record Region(IndicatorSet indicatorSet, Directory directory) {

        DataImporter importer() {
            return new DataImporter(indicatorSet, directory, CAMPAIGN);
        }

        TemplateGenerator templates() {
            return new TemplateGenerator(indicatorSet, directory, CAMPAIGN, "Мониторинг 2022/23"); //$NON-NLS-1$
        }
    }

    private TestFiles() {
    }

    static Region tver() throws IOException {
        ResourceSet resourceSet = ModelResources.createResourceSet();
        return new Region(load(resourceSet, "data/indicators.xmi", IndicatorSet.class), //$NON-NLS-1$
                load(resourceSet, "data/directory.xmi", Directory.class)); //$NON-NLS-1$
    }

    private static <T extends org.eclipse.emf.ecore.EObject> T load(ResourceSet resourceSet, String entry,
            Class<T> type) throws IOException {
        URL url = bundle(TVER_BUNDLE).getEntry(entry);
        return ModelResources.load(resourceSet, URI.createURI(url.toString()), type);
    }

    /** Copies an entry of the Tver bundle (for example the demo CSV) into a folder. */
    static Path tverEntry(String entry, Path folder) throws IOException {
        return copy(bundle(TVER_BUNDLE), entry, folder);
    }

    /** Copies a file of this bundle's {@code testdata/} into a folder, byte for byte. */
    static Path testData(String name, Path folder) throws IOException {
        return copy(bundle(TESTS_BUNDLE), "testdata/" + name, folder); //$NON-NLS-1$
    }

    private static Path copy(Bundle bundle, String entry, Path folder) throws IOException {
        URL url = bundle.getEntry(entry);
        if (url == null) {
            throw new IOException(bundle.getSymbolicName() + " has no " + entry); //$NON-NLS-1$
        }
        Path target = folder.resolve(Path.of(entry).getFileName().toString());
        try (InputStream in = url.openStream()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /**
     * Reads a demo CSV of the simple form the generator writes ({@code organisation;element;value},
     * whole numbers), as expected values: organisation code → element code → value.
     */
    static Map<String, Map<String, Double>> demoValues(Path csv, String organisationPrefix) throws IOException {
        Map<String, Map<String, Double>> values = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(csv);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(";"); //$NON-NLS-1$
            if (cells[0].startsWith(organisationPrefix)) {
                values.computeIfAbsent(cells[0], k -> new LinkedHashMap<>()).put(cells[1], Double.valueOf(cells[2]));
            }
        }
        return values;
    }

    /** @return the problems as comparable lines: kind, file, place, message */
    static List<String> describe(List<ImportProblem> problems) {
        List<String> lines = new ArrayList<>();
        for (ImportProblem problem : problems) {
            // a cell as Excel names it (sheet!E11), a CSV place as line:column
            String place = problem.sheet() == null ? problem.row() + ":" + problem.column() //$NON-NLS-1$
                    : problem.sheet() + "!" + problem.columnLabel() + problem.row(); //$NON-NLS-1$
            lines.add(problem.kind() + " " + problem.file().getFileName() + " " + place + " " + problem.message()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return lines;
    }

    private static Bundle bundle(String symbolicName) {
        Bundle bundle = Platform.getBundle(symbolicName);
        if (bundle == null) {
            throw new IllegalStateException(symbolicName + " is not installed"); //$NON-NLS-1$
        }
        return bundle;
    }
}
