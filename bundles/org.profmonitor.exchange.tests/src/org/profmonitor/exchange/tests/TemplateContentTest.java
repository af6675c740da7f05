/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profmonitor.exchange.TemplateLayout;

/** What a school sees in its form, and what the importer relies on. */
class TemplateContentTest {

    @TempDir
    Path temp;

    @Test
    void theHeaderNamesCampaignOrganisationAndMunicipalityAndEachElementHasARow() throws IOException {
        Path file = generate("TVR-SON-03");

        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals("TVR-SON-03", sheet.getSheetName());
            assertEquals("Сбор данных: Мониторинг 2022/23", text(sheet, 0, 0));
            assertEquals(List.of("Мониторинг", "tver-2022-23"), List.of(text(sheet, 1, 0), text(sheet, 1, 1)));
            assertEquals(List.of("Образовательная организация", "МОУ «Беляницкая СОШ»"),
                    List.of(text(sheet, 2, 0), text(sheet, 2, 1)));
            assertEquals(List.of("Код ОО", "TVR-SON-03"), List.of(text(sheet, 3, 0), text(sheet, 3, 1)));
            assertEquals(List.of("Муниципальное образование", "Сонковский муниципальный округ"),
                    List.of(text(sheet, 4, 0), text(sheet, 4, 1)));
            assertEquals(List.of("Код", "Показатель", "Единица", "Допустимые значения", "Значение"),
                    List.of(text(sheet, 7, 0), text(sheet, 7, 1), text(sheet, 7, 2), text(sheet, 7, 3), text(sheet, 7, 4)));
            int row = Workbooks.rowOf(sheet, "G11_VUZ");
            assertEquals(List.of("Выпускники 11 классов, поступившие в вузы", "чел.", "≥ 0"),
                    List.of(text(sheet, row, 1), text(sheet, row, 2), text(sheet, row, 3)));
            assertEquals("да / нет", text(sheet, Workbooks.rowOf(sheet, "ENTERPRISE"), 3));
            assertEquals(8 + 28 - 1, sheet.getLastRowNum());
            // readable widths: names wrap in a wide column, codes fit
            assertTrue(sheet.getColumnWidth(1) >= 60 * 256);
            assertTrue(sheet.getColumnWidth(0) >= 12 * 256);
            // the sheet is protected; only the input cells can be typed into
            assertTrue(sheet.getProtect());
            assertFalse(sheet.getRow(row).getCell(4).getCellStyle().getLocked());
            assertTrue(sheet.getRow(row).getCell(0).getCellStyle().getLocked());
        }
    }

    @Test
    void inputCellsCarryExcelValidationWithRussianMessages() throws IOException {
        Path file = generate("TVR-SON-03");

        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<? extends DataValidation> validations = sheet.getDataValidations();
            assertEquals(28, validations.size());
            DataValidation count = validationAt(validations, Workbooks.rowOf(sheet, "G11_VUZ"));
            assertEquals(DataValidationConstraint.ValidationType.INTEGER, count.getValidationConstraint().getValidationType());
            assertEquals(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, count.getValidationConstraint().getOperator());
            assertEquals("0", count.getValidationConstraint().getFormula1());
            assertEquals("Недопустимое значение", count.getErrorBoxTitle());
            assertEquals("Введите целое число не меньше 0", count.getErrorBoxText());
            assertTrue(count.getShowErrorBox());
            DataValidation flag = validationAt(validations, Workbooks.rowOf(sheet, "ENTERPRISE"));
            assertEquals(DataValidationConstraint.ValidationType.LIST, flag.getValidationConstraint().getValidationType());
            assertArrayEquals(new String[] { "да", "нет" }, flag.getValidationConstraint().getExplicitListValues());
            assertEquals("Выберите «да» или «нет»", flag.getErrorBoxText());
        }
    }

    @Test
    void aVeryHiddenSheetMarksCampaignAndOrganisation() throws IOException {
        Path file = generate("TVR-SON-03");

        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            assertEquals(2, workbook.getNumberOfSheets());
            assertEquals("pm_meta", workbook.getSheetName(1));
            assertEquals(SheetVisibility.VERY_HIDDEN, workbook.getSheetVisibility(1));
            XSSFSheet marker = workbook.getSheetAt(1);
            assertEquals("profmonitor-template", text(marker, 0, 1));
            assertEquals("tver-2022-23", text(marker, 1, 1));
            assertEquals(List.of("sheet", "TVR-SON-03", "TVR-SON-03"),
                    List.of(text(marker, 2, 0), text(marker, 2, 1), text(marker, 2, 2)));
            assertEquals(9, (int) marker.getRow(2).getCell(3).getNumericCellValue());
            assertEquals(0, workbook.getActiveSheetIndex());
        }
    }

    private Path generate(String organisationCode) throws IOException {
        List<Path> files = TestFiles.tver().templates().generate(temp, TemplateLayout.PER_ORGANISATION,
                organisation -> organisation.getCode().equals(organisationCode));
        assertEquals(List.of(temp.resolve(organisationCode + ".xlsx")), files);
        return files.get(0);
    }

    private static DataValidation validationAt(List<? extends DataValidation> validations, int row) {
        return validations.stream()
                .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstRow() == row
                        && v.getRegions().getCellRangeAddress(0).getFirstColumn() == Workbooks.VALUE_COLUMN)
                .findFirst().orElseThrow();
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }
}
