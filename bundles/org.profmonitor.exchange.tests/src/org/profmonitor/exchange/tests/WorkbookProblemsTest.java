/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profmonitor.exchange.DataImporter;
import org.profmonitor.exchange.ImportBatch;
import org.profmonitor.exchange.ImportProblem;
import org.profmonitor.exchange.TemplateGenerator;
import org.profmonitor.exchange.TemplateLayout;

/** Filled templates with mistakes, damaged files and foreign workbooks. */
class WorkbookProblemsTest {

    @TempDir
    Path temp;

    @Test
    void everyBadCellIsReportedWithSheetRowAndColumnLetter() throws IOException {
        TestFiles.Region tver = TestFiles.tver();
        Path file = template(tver.templates(), "TVR-SON-01");
        Workbooks.edit(file, workbook -> {
            Sheet sheet = workbook.getSheet("TVR-SON-01");
            Workbooks.input(sheet, "STUD_1_11").setCellValue(251);
            Workbooks.input(sheet, "STUD_1_4").setCellValue(300);
            Workbooks.input(sheet, "STUD_6_9").setCellValue("сто");
            Workbooks.input(sheet, "STUD_10_11").setCellValue(-24);
            Workbooks.input(sheet, "STUD_6").setCellValue(26.5);
            Workbooks.input(sheet, "GRAD_9").setCellValue(22);
            Workbooks.input(sheet, "G9_TO_10").setCellValue(10);
            Workbooks.input(sheet, "G9_SPO").setCellValue("12,0");
            Workbooks.input(sheet, "G9_SPO_PROF").setCellValue(9);
            Workbooks.input(sheet, "GRAD_11").setCellValue(12);
            Workbooks.input(sheet, "G11_VUZ").setCellValue(8);
            Workbooks.input(sheet, "G11_SPO").setCellValue(5);
            Workbooks.input(sheet, "EARLY_PO").setCellValue("может быть");
            Workbooks.input(sheet, "PO_PROGRAM").setCellValue(2);
        });

        ImportBatch batch = tver.importer().importFiles(file);

        assertFalse(batch.isApplicable());
        assertEquals(List.of(
                "NOT_A_NUMBER TVR-SON-01.xlsx TVR-SON-01!E11 STUD_6_9: «сто» — не число",
                "NEGATIVE_COUNT TVR-SON-01.xlsx TVR-SON-01!E12 STUD_10_11: количество не может быть отрицательным (-24)",
                "NOT_INTEGER TVR-SON-01.xlsx TVR-SON-01!E13 STUD_6: количество должно быть целым числом (26,5)",
                "NOT_A_NUMBER TVR-SON-01.xlsx TVR-SON-01!E31 EARLY_PO: «может быть» — не число",
                "FLAG_NOT_BINARY TVR-SON-01.xlsx TVR-SON-01!E32 PO_PROGRAM: признак должен быть 1 (да) или 0 (нет), а не «2»",
                "PART_ABOVE_WHOLE TVR-SON-01.xlsx TVR-SON-01!E10 STUD_1_4 = 300 больше целого STUD_1_11 = 251 (ОО TVR-SON-01)",
                "PART_ABOVE_WHOLE TVR-SON-01.xlsx TVR-SON-01!E28 G11_VUZ + G11_SPO = 13: сумма частей больше целого GRAD_11 = 12 (ОО TVR-SON-01)"),
                TestFiles.describe(batch.problems()));
        // each valid on its own, 300 included: the part rule rejects the batch, not the cell;
        // G9_SPO was typed as text with a decimal comma
        assertEquals(List.of(251.0, 300.0, 22.0, 10.0, 12.0, 9.0, 12.0, 8.0, 5.0),
                batch.values().stream().map(v -> v.value()).toList());
        ImportProblem first = batch.problems().get(0);
        assertEquals(List.of("TVR-SON-01", 11, 5, "E"), List.of(first.sheet(), first.row(), first.column(), first.columnLabel()));
    }

    @Test
    void aValueInATemplateAndAgainInACsvIsADuplicate() throws IOException {
        TestFiles.Region tver = TestFiles.tver();
        Path file = template(tver.templates(), "TVR-SON-01");
        Workbooks.edit(file, workbook -> Workbooks.input(workbook.getSheet("TVR-SON-01"), "STUD_1_11").setCellValue(251));
        Path csv = Files.writeString(temp.resolve("extra.csv"), "организация;показатель;значение\nTVR-SON-01;STUD_1_11;251\n");

        ImportBatch batch = tver.importer().importFiles(file, csv);

        assertEquals(List.of("DUPLICATE extra.csv 2:3 Повтор: значение STUD_1_11 для ОО TVR-SON-01 уже указано "
                + "(TVR-SON-01.xlsx, лист TVR-SON-01, ячейка E9)"), TestFiles.describe(batch.problems()));
    }

    @Test
    void aTemplateOfAnotherCampaignIsRefused() throws IOException {
        TestFiles.Region tver = TestFiles.tver();
        Path file = template(new TemplateGenerator(tver.indicatorSet(), tver.directory(), "tver-2021-22", null),
                "TVR-SON-02");
        Workbooks.edit(file, workbook -> Workbooks.input(workbook.getSheet("TVR-SON-02"), "STUD_1_11").setCellValue(250));

        ImportBatch batch = tver.importer().importFiles(file);

        assertEquals(List.of("WRONG_CAMPAIGN TVR-SON-02.xlsx TVR-SON-02!B2 Шаблон подготовлен для мониторинга "
                + "«tver-2021-22», а загрузка идёт в мониторинг «tver-2022-23»"), TestFiles.describe(batch.problems()));
        assertTrue(batch.values().isEmpty());
        // without a campaign to check against, the same template is read
        assertEquals(1, new DataImporter(tver.indicatorSet(), tver.directory(), null).importFiles(file).values().size());
    }

    @Test
    void aWorkbookWithoutTheMarkerIsNotATemplate() throws IOException {
        Path file = temp.resolve("own-form.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Лист1").createRow(0).createCell(0).setCellValue("TVR-SON-01");
            workbook.write(out);
        }

        ImportBatch batch = TestFiles.tver().importer().importFiles(file);

        assertEquals(List.of("NOT_A_TEMPLATE own-form.xlsx 0:0 Книга не является шаблоном сбора данных ProfMonitor: "
                + "нет скрытого служебного листа"), TestFiles.describe(batch.problems()));
    }

    @Test
    void damagedAndEmptyWorkbooksAreReportedAsUnreadable() throws IOException {
        Path damaged = temp.resolve("damaged.xlsx");
        byte[] bytes = Files.readAllBytes(template(TestFiles.tver().templates(), "TVR-SON-04"));
        Files.write(damaged, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path empty = Files.write(temp.resolve("empty.xlsx"), new byte[0]);
        Path text = Files.writeString(temp.resolve("renamed.xlsx"), "организация;показатель;значение\n");

        ImportBatch batch = TestFiles.tver().importer().importFiles(damaged, empty, text);

        assertEquals(3, batch.problems().size(), () -> TestFiles.describe(batch.problems()).toString());
        for (ImportProblem problem : batch.problems()) {
            assertEquals("UNREADABLE_FILE", problem.kind().name());
            assertEquals(0, problem.row());
            assertTrue(problem.message().startsWith("Файл не является книгой Excel (.xlsx) или повреждён: "),
                    problem.message());
        }
        assertEquals(List.of(damaged, empty, text), batch.problems().stream().map(ImportProblem::file).toList());
    }

    private Path template(TemplateGenerator generator, String organisationCode) throws IOException {
        return generator.generate(temp, TemplateLayout.PER_ORGANISATION,
                organisation -> organisation.getCode().equals(organisationCode)).get(0);
    }
}
