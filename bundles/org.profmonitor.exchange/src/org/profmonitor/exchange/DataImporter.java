/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.exchange.internal.ConsistencyChecker;
import org.profmonitor.exchange.internal.ImportCollector;
import org.profmonitor.exchange.internal.Messages;
import org.profmonitor.exchange.internal.ReferenceData;
import org.profmonitor.exchange.internal.csv.CsvFileReader;
import org.profmonitor.exchange.internal.xlsx.WorkbookFileReader;
import org.profmonitor.model.Directory;
import org.profmonitor.model.IndicatorSet;

/**
 * Reads filled templates (XLSX) and CSV files of one campaign into an {@link ImportBatch}, checking
 * every value: known organisation and data element, a number (decimal comma accepted), counts
 * whole and not negative, flags 0 or 1, the element's range, parts not above their whole, no
 * value given twice (across files too). Nothing is written anywhere: the batch is applied by the
 * store only when it has no problem.
 *
 * <p>CSV files: UTF-8 (with or without a byte order mark) or Windows-1251, detected; `;`, `,` or
 * tab as separator, detected; long layout {@code организация;показатель;значение[;разрез]} (or
 * {@code organisation;element;value[;disaggregation]}) or wide layout (an organisation column and
 * one column per data element code).</p>
 */
public final class DataImporter {

    private final ReferenceData reference;

    /**
     * @param indicatorSet the campaign's indicator set
     * @param directory    the region's directory
     * @param campaignId   the campaign imported into; templates of another campaign are refused.
     *                     {@code null} accepts templates of any campaign
     */
    public DataImporter(IndicatorSet indicatorSet, Directory directory, String campaignId) {
        this.reference = ReferenceData.of(indicatorSet, directory, campaignId);
    }

    /** @see #importFiles(Collection) */
    public ImportBatch importFiles(Path... paths) {
        return importFiles(List.of(paths));
    }

    /**
     * Reads files and folders. A folder contributes its {@code .xlsx} and {@code .csv} files
     * (not its subfolders, nor Excel's {@code ~$} lock files), in name order.
     *
     * @param paths files and folders
     * @return the batch with every value and every problem of every file
     */
    public ImportBatch importFiles(Collection<Path> paths) {
        ImportCollector collector = new ImportCollector(reference);
        List<Path> files = expand(paths, collector);
        for (Path file : files) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".csv") || name.endsWith(".txt")) { //$NON-NLS-1$ //$NON-NLS-2$
                new CsvFileReader(collector, file).read();
            } else if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) { //$NON-NLS-1$ //$NON-NLS-2$
                new WorkbookFileReader(collector, file).read();
            } else {
                collector.problem(ProblemKind.UNSUPPORTED_FILE, Location.of(file), Messages.Problem_Unsupported);
            }
        }
        new ConsistencyChecker(collector).run();
        List<ValueRecord> values = collector.values();
        List<ImportProblem> problems = collector.problems();
        return new ImportBatch(files, values, problems, ImportSummary.of(reference.directory(), values, problems.size()));
    }

    /* with no collector (a preview) a missing file is kept, so the preview says it cannot read it */
    private static List<Path> expand(Collection<Path> paths, ImportCollector collector) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try {
                    files.addAll(folderFiles(path));
                } catch (IOException e) {
                    if (collector != null) {
                        collector.problem(ProblemKind.UNREADABLE_FILE, Location.of(path),
                                NLS.bind(Messages.Problem_Unreadable, e.getMessage()));
                    }
                }
            } else if (Files.isRegularFile(path) || collector == null) {
                files.add(path);
            } else {
                collector.problem(ProblemKind.UNREADABLE_FILE, Location.of(path), Messages.Problem_MissingFile);
            }
        }
        return files;
    }

    /**
     * The files an import of these paths reads, for a preview: a folder gives its data files as
     * {@link #importFiles(Collection)} takes them; an unreadable folder gives none (the import
     * names it).
     *
     * @param paths files and folders
     * @return the files, folders expanded
     */
    public static List<Path> dataFiles(Collection<Path> paths) {
        return expand(paths, null);
    }

    private static List<Path> folderFiles(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(Files::isRegularFile).filter(DataImporter::isDataFile).sorted().toList();
        }
    }

    private static boolean isDataFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith("~$") && !name.startsWith(".") //$NON-NLS-1$ //$NON-NLS-2$
                && (name.endsWith(".csv") || name.endsWith(".xlsx")); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
