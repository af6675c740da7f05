/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profmonitor.exchange.ImportBatch;
import org.profmonitor.exchange.TemplateLayout;
import org.profmonitor.model.DataElement;
import org.profmonitor.model.DataElementType;
import org.profmonitor.model.ProfmonitorFactory;

/**
 * Ranges beyond "not negative". No region ships such an element yet, so the test adds two to the
 * Tver set in memory: an average score 0–100 (a NUMBER) and a number of shifts 1–3 (a COUNT).
 */
class RangeTest {

    @TempDir
    Path temp;

    @Test
    void valuesOutsideTheRangeAreReportedWithTheBound() throws IOException {
        TestFiles.Region tver = withRangedElements();
        Path file = Files.writeString(temp.resolve("ranges.csv"), """
                организация;показатель;значение
                TVR-SON-01;AVG_SCORE;"101,5"
                TVR-SON-02;AVG_SCORE;-0,5
                TVR-SON-03;AVG_SCORE;73,25
                TVR-SON-01;SHIFTS;4
                TVR-SON-02;SHIFTS;0
                TVR-SON-03;SHIFTS;2
                """);

        ImportBatch batch = tver.importer().importFiles(file);

        assertEquals(List.of("OUT_OF_RANGE ranges.csv 2:3 AVG_SCORE: значение 101,5 больше допустимого максимума 100",
                "OUT_OF_RANGE ranges.csv 3:3 AVG_SCORE: значение -0,5 меньше допустимого минимума 0",
                "OUT_OF_RANGE ranges.csv 5:3 SHIFTS: значение 4 больше допустимого максимума 3",
                "OUT_OF_RANGE ranges.csv 6:3 SHIFTS: значение 0 меньше допустимого минимума 1"),
                TestFiles.describe(batch.problems()));
        assertEquals(List.of(73.25, 2.0), batch.values().stream().map(v -> v.value()).toList());
    }

    @Test
    void theTemplateShowsTheRangeAndValidatesIt() throws IOException {
        TestFiles.Region tver = withRangedElements();

        Path file = tver.templates().generate(temp, TemplateLayout.PER_ORGANISATION,
                organisation -> organisation.getCode().equals("TVR-SON-01")).get(0);

        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int score = Workbooks.rowOf(sheet, "AVG_SCORE");
            assertEquals("0–100", sheet.getRow(score).getCell(3).getStringCellValue());
            DataValidation validation = sheet.getDataValidations().stream()
                    .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstRow() == score).findFirst().orElseThrow();
            assertEquals(DataValidationConstraint.ValidationType.DECIMAL,
                    validation.getValidationConstraint().getValidationType());
            assertEquals(List.of("0", "100"), List.of(validation.getValidationConstraint().getFormula1(),
                    validation.getValidationConstraint().getFormula2()));
            assertEquals("Введите число от 0 до 100", validation.getErrorBoxText());
            int shifts = Workbooks.rowOf(sheet, "SHIFTS");
            assertEquals("1–3", sheet.getRow(shifts).getCell(3).getStringCellValue());
        }
    }

    private static TestFiles.Region withRangedElements() throws IOException {
        TestFiles.Region tver = TestFiles.tver();
        tver.indicatorSet().getDataElements().add(element("AVG_SCORE", "Средний балл диагностики", DataElementType.NUMBER,
                "балл", 0.0, 100.0));
        tver.indicatorSet().getDataElements().add(element("SHIFTS", "Число смен", DataElementType.COUNT, null, 1.0, 3.0));
        return tver;
    }

    private static DataElement element(String code, String name, DataElementType type, String unit, Double min,
            Double max) {
        DataElement element = ProfmonitorFactory.eINSTANCE.createDataElement();
        element.setCode(code);
        element.setName(name);
        element.setType(type);
        element.setUnit(unit);
        element.setMin(min);
        element.setMax(max);
        return element;
    }
}
