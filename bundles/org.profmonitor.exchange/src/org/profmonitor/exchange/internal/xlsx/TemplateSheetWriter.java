/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.exchange.internal.xlsx;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.eclipse.osgi.util.NLS;
import org.profmonitor.exchange.internal.Messages;
import org.profmonitor.model.DataElement;
import org.profmonitor.model.DataElementType;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.Organisation;

/**
 * Writes one organisation's data sheet: a header that tells whose form it is, then one row per
 * data element with its code, name, unit, allowed values and a validated input cell.
 */
final class TemplateSheetWriter {

    private final IndicatorSet indicatorSet;
    private final String campaignId;
    private final String campaignTitle;
    private final TemplateStyles styles;

    TemplateSheetWriter(IndicatorSet indicatorSet, String campaignId, String campaignTitle, TemplateStyles styles) {
        this.indicatorSet = indicatorSet;
        this.campaignId = campaignId;
        this.campaignTitle = campaignTitle;
        this.styles = styles;
    }

    /**
     * @param sheet        an empty sheet
     * @param organisation the organisation whose form it is
     */
    void write(XSSFSheet sheet, Organisation organisation) {
        String title = campaignTitle == null || campaignTitle.isBlank() ? campaignId : campaignTitle;
        text(sheet, SheetLayout.TITLE_ROW, 0, NLS.bind(Messages.Template_Title, title), styles.title);
        labelled(sheet, SheetLayout.CAMPAIGN_ROW, Messages.Template_Campaign, campaignId);
        labelled(sheet, SheetLayout.ORGANISATION_ROW, Messages.Template_Organisation, organisation.getName());
        labelled(sheet, SheetLayout.ORGANISATION_CODE_ROW, Messages.Template_OrganisationCode, organisation.getCode());
        labelled(sheet, SheetLayout.MUNICIPALITY_ROW, Messages.Template_Municipality,
                organisation.getMunicipality() == null ? "" : organisation.getMunicipality().getName()); //$NON-NLS-1$
        labelled(sheet, SheetLayout.INDICATOR_SET_ROW, Messages.Template_IndicatorSet,
                indicatorSet.getTitle() == null ? indicatorSet.getId() : indicatorSet.getTitle());
        text(sheet, SheetLayout.INSTRUCTION_ROW, 0, Messages.Template_Instruction, styles.label);

        Row header = sheet.createRow(SheetLayout.HEADER_ROW);
        String[] titles = { Messages.Template_ColumnCode, Messages.Template_ColumnName, Messages.Template_ColumnUnit,
                Messages.Template_ColumnRange, Messages.Template_ColumnValue };
        for (int column = 0; column < titles.length; column++) {
            header.createCell(column).setCellValue(titles[column]);
            header.getCell(column).setCellStyle(styles.header);
        }

        int rowIndex = SheetLayout.FIRST_DATA_ROW;
        for (DataElement element : indicatorSet.getDataElements()) {
            Row row = sheet.createRow(rowIndex);
            cell(row, SheetLayout.CODE, element.getCode(), styles.cell);
            cell(row, SheetLayout.NAME, element.getName(), styles.wrapped);
            cell(row, SheetLayout.UNIT, element.getUnit() == null ? "" : element.getUnit(), styles.cell); //$NON-NLS-1$
            cell(row, SheetLayout.RANGE, InputValidation.rangeText(element), styles.cell);
            row.createCell(SheetLayout.VALUE).setCellStyle(inputStyle(element));
            InputValidation.add(sheet, element, rowIndex);
            rowIndex++;
        }
        finish(sheet);
    }

    private void finish(XSSFSheet sheet) {
        // widths in 1/256 of a character: codes, long names that wrap, short unit and range, input
        sheet.setColumnWidth(SheetLayout.CODE, 30 * 256);
        sheet.setColumnWidth(SheetLayout.NAME, 70 * 256);
        sheet.setColumnWidth(SheetLayout.UNIT, 10 * 256);
        sheet.setColumnWidth(SheetLayout.RANGE, 18 * 256);
        sheet.setColumnWidth(SheetLayout.VALUE, 14 * 256);
        sheet.addMergedRegion(new CellRangeAddress(SheetLayout.INSTRUCTION_ROW, SheetLayout.INSTRUCTION_ROW, 0,
                SheetLayout.VALUE));
        sheet.createFreezePane(0, SheetLayout.FIRST_DATA_ROW);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        // protected without a password: it guards the codes against slips, not against intent
        sheet.enableLocking();
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }

    private CellStyle inputStyle(DataElement element) {
        if (element.getType() == DataElementType.FLAG) {
            return styles.flagInput;
        }
        return element.getType() == DataElementType.COUNT ? styles.countInput : styles.numberInput;
    }

    private void labelled(XSSFSheet sheet, int rowIndex, String label, String value) {
        text(sheet, rowIndex, 0, label, styles.label);
        sheet.getRow(rowIndex).createCell(1).setCellValue(value == null ? "" : value); //$NON-NLS-1$
        sheet.getRow(rowIndex).getCell(1).setCellStyle(styles.text);
    }

    private static void text(XSSFSheet sheet, int rowIndex, int column, String value, CellStyle style) {
        Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
        row.createCell(column).setCellValue(value);
        row.getCell(column).setCellStyle(style);
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        row.createCell(column).setCellValue(value);
        row.getCell(column).setCellStyle(style);
    }
}
