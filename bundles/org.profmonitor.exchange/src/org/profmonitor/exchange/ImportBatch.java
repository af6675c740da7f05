/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.exchange;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of reading a set of files for one campaign: the valid values and every problem
 * found. The batch is all-or-nothing: the store writes it only when it
 * {@link #isApplicable() is applicable}, that is when no file had any problem. All problems of all
 * files are listed together, so that the user corrects them in one pass.
 */
public final class ImportBatch {

    private final List<Path> files;
    private final List<ValueRecord> values;
    private final List<ImportProblem> problems;
    private final ImportSummary summary;

    /**
     * @param files    the files read, in the order read
     * @param values   the values that passed every check
     * @param problems the problems, in the order found
     * @param summary  the dry-run summary
     */
    public ImportBatch(List<Path> files, List<ValueRecord> values, List<ImportProblem> problems,
            ImportSummary summary) {
        this.files = List.copyOf(files);
        this.values = List.copyOf(values);
        this.problems = List.copyOf(problems);
        this.summary = summary;
    }

    /** @return the files read */
    public List<Path> files() {
        return files;
    }

    /** @return the valid values; not to be written unless {@link #isApplicable()} */
    public List<ValueRecord> values() {
        return values;
    }

    /** @return every problem found, in file order */
    public List<ImportProblem> problems() {
        return problems;
    }

    /** @return {@code true} when no problem was found and the values may be written */
    public boolean isApplicable() {
        return problems.isEmpty();
    }

    /** @return what the import would write: values per organisation, organisations that sent nothing */
    public ImportSummary summary() {
        return summary;
    }
}
