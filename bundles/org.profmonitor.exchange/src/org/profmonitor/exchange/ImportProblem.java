/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.exchange;

import java.nio.file.Path;

/**
 * An error found while importing: what, where, and a message in the user's language.
 *
 * @param kind     what is wrong
 * @param location where: file, sheet ({@code null} for CSV), 1-based row and column
 * @param message  the message (Russian under {@code -nl ru}, English otherwise)
 */
public record ImportProblem(ProblemKind kind, Location location, String message) {

    /** @return the file */
    public Path file() {
        return location.file();
    }

    /** @return the worksheet, or {@code null} for a CSV file */
    public String sheet() {
        return location.sheet();
    }

    /** @return the 1-based row or CSV line, 0 for the whole file */
    public int row() {
        return location.row();
    }

    /** @return the 1-based column, 0 for a whole row or file */
    public int column() {
        return location.column();
    }

    /** @return the column as the user sees it: Excel letters in a workbook, a number in CSV */
    public String columnLabel() {
        return location.columnLabel();
    }

    @Override
    public String toString() {
        return location.describe() + ": " + message; //$NON-NLS-1$
    }
}
