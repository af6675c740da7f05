/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.exchange.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Opens, fills and saves workbooks with POI as a user would with Excel. */
final class Workbooks {

    /** The input column, as the template has it. */
    static final int VALUE_COLUMN = 4;

    private Workbooks() {
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** Opens a workbook, lets the caller change it and saves it in place. */
    static void edit(Path file, Consumer<XSSFWorkbook> change) throws IOException {
        try (XSSFWorkbook workbook = open(file)) {
            change.accept(workbook);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    /** @return the 0-based row whose code cell (column A) holds the code, below the header */
    static int rowOf(Sheet sheet, String code) {
        for (int index = 8; index <= sheet.getLastRowNum(); index++) {
            Row row = sheet.getRow(index);
            if (row != null && row.getCell(0) != null && code.equals(row.getCell(0).getStringCellValue())) {
                return index;
            }
        }
        throw new IllegalArgumentException(code + " not on sheet " + sheet.getSheetName()); //$NON-NLS-1$
    }

    /** @return the input cell of an element */
    static Cell input(Sheet sheet, String code) {
        Row row = sheet.getRow(rowOf(sheet, code));
        Cell cell = row.getCell(VALUE_COLUMN);
        return cell != null ? cell : row.createCell(VALUE_COLUMN);
    }

    /**
     * Types an organisation's values into its sheet: counts as numbers, flags as «да»/«нет» the
     * way the drop-down list enters them (every other flag as a typed 1/0, which is also accepted).
     */
    static void fill(Sheet sheet, Map<String, Double> values, Map<String, Boolean> flags) {
        boolean typed = false;
        for (Map.Entry<String, Double> entry : values.entrySet()) {
            Cell cell = input(sheet, entry.getKey());
            if (Boolean.TRUE.equals(flags.get(entry.getKey())) && !typed) {
                cell.setCellValue(entry.getValue() == 1 ? "да" : "нет"); //$NON-NLS-1$ //$NON-NLS-2$
                typed = true;
            } else {
                cell.setCellValue(entry.getValue());
                typed = false;
            }
        }
    }
}
