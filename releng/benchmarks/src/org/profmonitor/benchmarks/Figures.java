/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one run: each measurement is printed at once with its baseline and the ratio,
 * and the whole table is written as Markdown at the end, so that a README can quote it verbatim.
 */
final class Figures {

    /** One comparison: a figure, its baseline from the same run on the same data, and the target ratio. */
    record Row(String what, double value, String unit, String baseline, double baselineValue, double target) {

        double ratio() {
            return baselineValue == 0 ? Double.NaN : value / baselineValue;
        }

        String verdict() {
            if (Double.isNaN(target)) {
                return ""; //$NON-NLS-1$
            }
            return ratio() <= target ? "met" : "MISSED"; //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void compare(String what, double value, String unit, String baseline, double baselineValue, double target) {
        Row row = new Row(what, value, unit, baseline, baselineValue, target);
        rows.add(row);
        System.out.println(String.format(Locale.ROOT, "%-58s %10.4f %s  vs %-45s %10.4f %s  ratio %7.2f%s", what, //$NON-NLS-1$
                value, unit, baseline, baselineValue, unit, row.ratio(),
                Double.isNaN(target) ? "" : String.format(Locale.ROOT, "  (target <= %.1f: %s)", target, row.verdict()))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    void note(String text) {
        notes.add(text);
        System.out.println(text);
    }

    void writeMarkdown(Path file, String header) throws IOException {
        StringBuilder md = new StringBuilder(header).append("\n\n"); //$NON-NLS-1$
        md.append("| measurement | figure | baseline (same run, same data) | baseline figure | ratio | target |\n"); //$NON-NLS-1$
        md.append("|---|---|---|---|---|---|\n"); //$NON-NLS-1$
        for (Row row : rows) {
            md.append(String.format(Locale.ROOT, "| %s | %.4f %s | %s | %.4f %s | %.2f | %s |%n", row.what(), //$NON-NLS-1$
                    row.value(), row.unit(), row.baseline(), row.baselineValue(), row.unit(), row.ratio(),
                    Double.isNaN(row.target()) ? "" //$NON-NLS-1$
                            : String.format(Locale.ROOT, "≤ %.1f: %s", row.target(), row.verdict()))); //$NON-NLS-1$
        }
        md.append('\n');
        for (String note : notes) {
            md.append("- ").append(note).append('\n'); //$NON-NLS-1$
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, md, StandardCharsets.UTF_8);
    }
}
