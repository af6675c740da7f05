/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.exchange.internal.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of a template, made once per workbook (Excel limits the number of styles). Every
 * style is locked except the input styles: the sheet is protected without a password, so users
 * can type values but do not overwrite codes by accident.
 */
final class TemplateStyles {

    final CellStyle title;
    final CellStyle label;
    final CellStyle text;
    final CellStyle header;
    final CellStyle cell;
    final CellStyle wrapped;
    final CellStyle countInput;
    final CellStyle numberInput;
    final CellStyle flagInput;

    TemplateStyles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 13);

        title = workbook.createCellStyle();
        title.setFont(big);
        label = workbook.createCellStyle();
        label.setFont(bold);
        text = workbook.createCellStyle();
        text.setWrapText(false);

        header = bordered(workbook);
        header.setFont(bold);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        cell = bordered(workbook);
        wrapped = bordered(workbook);
        wrapped.setWrapText(true);

        countInput = input(workbook);
        countInput.setDataFormat(workbook.createDataFormat().getFormat("0")); //$NON-NLS-1$
        numberInput = input(workbook);
        numberInput.setDataFormat(workbook.createDataFormat().getFormat("General")); //$NON-NLS-1$
        flagInput = input(workbook);
        flagInput.setAlignment(HorizontalAlignment.CENTER);
    }

    private static CellStyle bordered(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }

    private static CellStyle input(Workbook workbook) {
        CellStyle style = bordered(workbook);
        style.setLocked(false);
        style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
