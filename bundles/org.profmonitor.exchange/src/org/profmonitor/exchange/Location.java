/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.exchange;

import java.nio.file.Path;

import org.apache.poi.ss.util.CellReference;
import org.eclipse.osgi.util.NLS;
import org.profmonitor.exchange.internal.Messages;

/**
 * A place in an imported file. Rows and columns are 1-based; 0 means "the whole file" (or the
 * whole row). Columns of a workbook are shown as Excel letters, columns of a CSV file as numbers,
 * because that is what the user sees in each program.
 *
 * @param file   the file
 * @param sheet  the worksheet, or {@code null} for a CSV file
 * @param row    the 1-based row or CSV line, or 0
 * @param column the 1-based column, or 0
 */
public record Location(Path file, String sheet, int row, int column) {

    /** @return a location meaning the whole file */
    public static Location of(Path file) {
        return new Location(file, null, 0, 0);
    }

    /** @return {@code true} for a place in a workbook, {@code false} for a CSV file */
    public boolean inWorkbook() {
        return sheet != null;
    }

    /** @return the column as the user's program shows it: «E» in a workbook, «3» in CSV, "" if none */
    public String columnLabel() {
        if (column <= 0) {
            return ""; //$NON-NLS-1$
        }
        return inWorkbook() ? CellReference.convertNumToColString(column - 1) : Integer.toString(column);
    }

    /** @return the place in the user's language, for example «шаблон.xlsx, лист TVR-SNK-01, ячейка E12» */
    public String describe() {
        String name = file == null ? "" : String.valueOf(file.getFileName()); //$NON-NLS-1$
        if (inWorkbook()) {
            if (row > 0 && column > 0) {
                return NLS.bind(Messages.Location_Cell, new Object[] { name, sheet, columnLabel() + row });
            }
            if (row > 0) {
                return NLS.bind(Messages.Location_SheetRow, new Object[] { name, sheet, row });
            }
            return NLS.bind(Messages.Location_Sheet, name, sheet);
        }
        if (row > 0 && column > 0) {
            return NLS.bind(Messages.Location_LineColumn, new Object[] { name, row, column });
        }
        if (row > 0) {
            return NLS.bind(Messages.Location_Line, name, row);
        }
        return name;
    }

    @Override
    public String toString() {
        return describe();
    }
}
