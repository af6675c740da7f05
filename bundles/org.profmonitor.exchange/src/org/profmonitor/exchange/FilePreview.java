/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.profmonitor.exchange.internal.csv.CsvDecoder;
import org.profmonitor.exchange.internal.csv.CsvFileReader;

/**
 * The first rows of a file about to be imported, read as the import will read it: for CSV the
 * encoding and separator it detects, for a workbook its first sheet. It checks nothing; the import
 * itself says what is wrong.
 *
 * @param file      the file
 * @param encoding  the encoding detected, {@code null} for a workbook
 * @param delimiter the separator detected, {@code null} for a workbook
 * @param sheet     the sheet shown, {@code null} for CSV
 * @param rows      up to the number of rows asked for, each a list of cells as text
 * @param error     why the file could not be read, or {@code null}
 */
public record FilePreview(Path file, Charset encoding, Character delimiter, String sheet, List<List<String>> rows,
        String error) {

    /**
     * @param file    a CSV or XLSX file
     * @param maxRows how many rows to read at most
     * @return its first rows; an unreadable file gives a preview with the error and no rows
     */
    public static FilePreview of(Path file, int maxRows) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) { //$NON-NLS-1$ //$NON-NLS-2$
                return workbook(file, maxRows);
            }
            return csv(file, maxRows);
        } catch (IOException | RuntimeException e) { // POI says "not a workbook" unchecked
            return new FilePreview(file, null, null, null, List.of(), String.valueOf(e.getMessage()));
        }
    }

    private static FilePreview csv(Path file, int maxRows) throws IOException {
        CsvDecoder.Decoded decoded = CsvDecoder.decode(Files.readAllBytes(file));
        char delimiter = CsvFileReader.detectDelimiter(decoded.text());
        CSVFormat format = CSVFormat.Builder.create().setDelimiter(delimiter).setQuote('"').setTrim(true).get();
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(decoded.text()))) {
            for (CSVRecord record : parser) {
                if (rows.size() >= maxRows) {
                    break;
                }
                rows.add(record.toList());
            }
        }
        return new FilePreview(file, decoded.charset(), delimiter, null, rows, null);
    }

    private static FilePreview workbook(Path file, int maxRows) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (rows.size() >= maxRows) {
                    break;
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell)); //$NON-NLS-1$
                }
                rows.add(cells);
            }
            return new FilePreview(file, null, null, sheet.getSheetName(), rows, null);
        }
    }

    /** @return the separator as a user names it: «;», «,» or «Tab» */
    public String delimiterName() {
        if (delimiter == null) {
            return ""; //$NON-NLS-1$
        }
        return delimiter == '\t' ? "Tab" : delimiter.toString(); //$NON-NLS-1$
    }
}
