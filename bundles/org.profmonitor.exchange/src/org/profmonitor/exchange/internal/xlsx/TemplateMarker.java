/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.exchange.internal.xlsx;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The machine-readable marker of a data-collection template: a "very hidden" sheet (Excel's menu
 * cannot unhide it, so users do not break it by accident) that names the campaign and, for each
 * data sheet, the organisation it belongs to. The importer trusts this sheet, not the visible
 * header, which users may retype.
 *
 * <pre>
 * format    | profmonitor-template | 1
 * campaign  | tver-2022-23
 * sheet     | TVR-SNK-01 | TVR-SNK-01 | 9      (sheet name, organisation code, first data row)
 * </pre>
 */
public final class TemplateMarker {

    /** The name of the hidden sheet. */
    public static final String SHEET = "pm_meta"; //$NON-NLS-1$
    /** The format tag in cell B1. */
    public static final String FORMAT = "profmonitor-template"; //$NON-NLS-1$
    /** The format version in cell C1. */
    public static final int VERSION = 1;

    private static final String KEY_FORMAT = "format"; //$NON-NLS-1$
    private static final String KEY_CAMPAIGN = "campaign"; //$NON-NLS-1$
    private static final String KEY_SHEET = "sheet"; //$NON-NLS-1$

    /**
     * One data sheet.
     *
     * @param sheetName        the sheet's name
     * @param organisationCode the organisation it collects from
     * @param firstDataRow     the 1-based row of the first data element
     */
    public record Entry(String sheetName, String organisationCode, int firstDataRow) {
    }

    /**
     * The marker read back.
     *
     * @param campaignId the campaign the template was made for
     * @param entries    the data sheets
     */
    public record Content(String campaignId, List<Entry> entries) {
    }

    private TemplateMarker() {
    }

    /**
     * Writes the marker sheet; call after the data sheets exist, so that it is the last sheet.
     *
     * @param workbook   the workbook
     * @param campaignId the campaign
     * @param entries    the data sheets
     */
    public static void write(Workbook workbook, String campaignId, List<Entry> entries) {
        Sheet sheet = workbook.createSheet(SHEET);
        Row format = sheet.createRow(0);
        format.createCell(0).setCellValue(KEY_FORMAT);
        format.createCell(1).setCellValue(FORMAT);
        format.createCell(2).setCellValue(VERSION);
        Row campaign = sheet.createRow(1);
        campaign.createCell(0).setCellValue(KEY_CAMPAIGN);
        campaign.createCell(1).setCellValue(campaignId);
        int rowIndex = 2;
        for (Entry entry : entries) {
            Row row = sheet.createRow(rowIndex++);
            row.createCell(0).setCellValue(KEY_SHEET);
            row.createCell(1).setCellValue(entry.sheetName());
            row.createCell(2).setCellValue(entry.organisationCode());
            row.createCell(3).setCellValue(entry.firstDataRow());
        }
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
        workbook.setActiveSheet(0);
        workbook.setFirstVisibleTab(0);
    }

    /**
     * Reads the marker.
     *
     * @param workbook the workbook
     * @return the content, or {@code null} when the workbook has no valid marker
     */
    public static Content read(Workbook workbook) {
        Sheet sheet = workbook.getSheet(SHEET);
        if (sheet == null || !FORMAT.equals(text(sheet.getRow(0), 1))) {
            return null;
        }
        String campaignId = KEY_CAMPAIGN.equals(text(sheet.getRow(1), 0)) ? text(sheet.getRow(1), 1) : null;
        List<Entry> entries = new ArrayList<>();
        for (int i = 2; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            if (KEY_SHEET.equals(text(row, 0))) {
                Cell first = row.getCell(3);
                int firstRow = first != null && first.getCellType() == CellType.NUMERIC
                        ? (int) first.getNumericCellValue() : 1;
                entries.add(new Entry(text(row, 1), text(row, 2), firstRow));
            }
        }
        return new Content(campaignId, entries);
    }

    private static String text(Row row, int column) {
        Cell cell = row == null ? null : row.getCell(column);
        return cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : null;
    }
}
