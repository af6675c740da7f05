/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A plain table as an XLSX workbook of one sheet, for reading in Excel: a header row, then one row
 * per line, numbers as numeric cells (so that Excel sums them), anything else as text.
 */
public final class TableWorkbook {

    private TableWorkbook() {
    }

    /**
     * Writes through a temporary file next to the target, so a failure leaves no half workbook.
     *
     * @param file   the workbook to write; replaced when it exists
     * @param sheet  the sheet's name (made safe for Excel)
     * @param header the column titles
     * @param rows   the lines, each a {@link Number}, a {@link String} or {@code null} per column
     * @throws IOException when the file cannot be written
     */
    public static void write(Path file, String sheet, List<String> header, List<List<Object>> rows)
            throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, ".table", ".xlsx"); //$NON-NLS-1$ //$NON-NLS-2$
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet data = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheet));
            Row titles = data.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                titles.createCell(i).setCellValue(header.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = data.createRow(r + 1);
                List<Object> cells = rows.get(r);
                for (int i = 0; i < cells.size(); i++) {
                    Object cell = cells.get(i);
                    if (cell instanceof Number number) {
                        row.createCell(i).setCellValue(number.doubleValue());
                    } else if (cell != null) {
                        row.createCell(i).setCellValue(cell.toString());
                    }
                }
            }
            data.createFreezePane(0, 1);
            try (OutputStream out = Files.newOutputStream(partial)) {
                workbook.write(out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
