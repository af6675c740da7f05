/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profmonitor.exchange.ImportBatch;
import org.profmonitor.exchange.ProblemKind;
import org.profmonitor.exchange.ValueRecord;

/** CSV files as Excel in a Russian locale writes them, good and bad. */
class CsvImportTest {

    @TempDir
    Path temp;

    @Test
    void everyBadValueIsReportedAtItsLineAndColumnAndNothingIsApplicable() throws IOException {
        Path file = TestFiles.testData("bad-values.csv", temp);

        ImportBatch batch = TestFiles.tver().importer().importFiles(file);

        assertFalse(batch.isApplicable());
        assertEquals(List.of(
                "UNKNOWN_ORGANISATION bad-values.csv 3:1 Неизвестный код образовательной организации «TVR-XXX-99»: его нет в справочнике",
                "UNKNOWN_ELEMENT bad-values.csv 4:2 Неизвестный код показателя «STUD_99»: его нет в наборе показателей",
                "NOT_A_NUMBER bad-values.csv 5:3 STUD_1_4: «много» — не число",
                "NEGATIVE_COUNT bad-values.csv 6:3 STUD_6_9: количество не может быть отрицательным (-4)",
                "NOT_INTEGER bad-values.csv 7:3 STUD_10_11: количество должно быть целым числом (12,5)",
                "FLAG_NOT_BINARY bad-values.csv 8:3 EARLY_PO: признак должен быть 1 (да) или 0 (нет), а не «2»",
                "NOT_A_NUMBER bad-values.csv 15:3 STUD_1_11: значение не заполнено",
                "DUPLICATE bad-values.csv 11:3 Повтор: значение STUD_1_11 для ОО TVR-SON-01 уже указано (bad-values.csv, строка 2, столбец 3)",
                "PART_ABOVE_WHOLE bad-values.csv 10:3 STUD_1_4 = 260 больше целого STUD_1_11 = 250 (ОО TVR-SON-02)",
                "PART_ABOVE_WHOLE bad-values.csv 14:3 G9_TO_10 + G9_SPO = 69: сумма частей больше целого GRAD_9 = 64 (ОО TVR-SON-03)"),
                TestFiles.describe(batch.problems()));
        assertTrue(batch.problems().stream().allMatch(p -> p.sheet() == null));
        assertEquals("3", batch.problems().get(2).columnLabel());
    }

    @Test
    void anUnterminatedQuoteIsReportedAtTheLineWhereItOpens() throws IOException {
        Path file = TestFiles.testData("unterminated-quote.csv", temp);

        ImportBatch batch = TestFiles.tver().importer().importFiles(file);

        assertEquals(List.of("MALFORMED_CSV unterminated-quote.csv 3:0 Кавычка, открытая в этой строке, не закрыта до конца файла"),
                TestFiles.describe(batch.problems()));
        assertEquals(1, batch.values().size());
        assertFalse(batch.isApplicable());
    }

    @Test
    void rowsWithTooFewOrTooManyColumnsAreReportedButExcelPaddingIsNot() throws IOException {
        Path file = TestFiles.testData("wrong-columns.csv", temp);

        ImportBatch batch = TestFiles.tver().importer().importFiles(file);

        assertEquals(List.of("WRONG_COLUMN_COUNT wrong-columns.csv 3:0 В строке столбцов: 2, а в заголовке: 3",
                "WRONG_COLUMN_COUNT wrong-columns.csv 4:0 В строке столбцов: 4, а в заголовке: 3"),
                TestFiles.describe(batch.problems()));
        assertEquals(List.of("STUD_1_11", "STUD_10_11"), batch.values().stream().map(ValueRecord::elementCode).toList());
    }

    @Test
    void anUnknownHeaderIsReported() throws IOException {
        Path file = TestFiles.testData("unrecognised-header.csv", temp);

        ImportBatch batch = TestFiles.tver().importer().importFiles(file);

        assertEquals(1, batch.problems().size());
        assertEquals(ProblemKind.UNRECOGNISED_HEADER, batch.problems().get(0).kind());
        assertEquals(1, batch.problems().get(0).row());
        assertTrue(batch.problems().get(0).message().startsWith("Заголовок не распознан"));
    }

    @Test
    void windows1251WithSemicolonsAndUtf8WithBomAndCommasGiveTheSameBatch() throws IOException {
        Path ansi = TestFiles.testData("sonkovsky-windows-1251.csv", temp);
        Path bom = TestFiles.testData("sonkovsky-utf8-bom.csv", temp);
        // the same text without a byte order mark: found UTF-8 by strict decoding
        Path plain = temp.resolve("sonkovsky-utf8.csv");
        byte[] withBom = Files.readAllBytes(bom);
        Files.write(plain, java.util.Arrays.copyOfRange(withBom, 3, withBom.length));
        TestFiles.Region tver = TestFiles.tver();

        ImportBatch fromAnsi = tver.importer().importFiles(ansi);
        ImportBatch fromBom = tver.importer().importFiles(bom);
        ImportBatch fromPlain = tver.importer().importFiles(plain);

        assertEquals(List.of(), TestFiles.describe(fromAnsi.problems()));
        assertTrue(fromAnsi.isApplicable());
        List<String> expected = List.of("TVR-SON-01 STUD_1_11 null 251.0 @2:3", "TVR-SON-01 STUD_1_4 null 95.0 @3:3",
                "TVR-SON-01 STUD_OVZ null 10.0 @4:3", "TVR-SON-01 OVZ_COVERED ОВЗ 8.0 @5:3",
                "TVR-SON-01 EARLY_PO null 1.0 @6:3", "TVR-SON-05 GRAD_9 null 9.0 @7:3",
                "TVR-SON-05 G9_TO_10 null 0.0 @8:3", "TVR-SON-05 G9_SPO null 9.0 @9:3");
        assertEquals(expected, values(fromAnsi));
        assertEquals(expected, values(fromBom));
        assertEquals(expected, values(fromPlain));
        assertTrue(fromBom.isApplicable() && fromPlain.isApplicable());
    }

    @Test
    void theWideLayoutHasAColumnPerElementAndEmptyCellsAreNotReported() throws IOException {
        Path file = TestFiles.testData("wide.csv", temp);

        ImportBatch batch = TestFiles.tver().importer().importFiles(file);

        assertEquals(List.of("UNKNOWN_ELEMENT wide.csv 1:4 Неизвестный код показателя «STUD_XX»: его нет в наборе показателей"),
                TestFiles.describe(batch.problems()));
        assertEquals(List.of("TVR-SON-01 STUD_1_11 null 251.0 @2:2", "TVR-SON-01 STUD_1_4 null 95.0 @2:3",
                "TVR-SON-01 EARLY_PO null 1.0 @2:5", "TVR-SON-02 STUD_1_11 null 250.0 @3:2",
                "TVR-SON-02 STUD_1_4 null 132.0 @3:3", "TVR-SON-02 EARLY_PO null 0.0 @3:5"), values(batch));
    }

    @Test
    void theSameValueInTwoFilesOfAFolderIsADuplicate() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("in"));
        Files.writeString(folder.resolve("a.csv"), "organisation;element;value\nTVR-SON-01;STUD_1_11;251\n");
        Files.writeString(folder.resolve("b.csv"), "organisation;element;value\nTVR-SON-02;STUD_1_11;250\nTVR-SON-01;STUD_1_11;251\n");
        Files.writeString(folder.resolve("notes.docx"), "ignored: not a data file");

        ImportBatch batch = TestFiles.tver().importer().importFiles(folder);

        assertEquals(List.of(folder.resolve("a.csv"), folder.resolve("b.csv")), batch.files());
        assertEquals(List.of("DUPLICATE b.csv 3:3 Повтор: значение STUD_1_11 для ОО TVR-SON-01 уже указано (a.csv, строка 2, столбец 3)"),
                TestFiles.describe(batch.problems()));
        assertFalse(batch.isApplicable());
    }

    @Test
    void aMissingFileAndAForeignFileAreReported() throws IOException {
        Path missing = temp.resolve("nowhere.csv");
        Path foreign = Files.writeString(temp.resolve("values.ods"), "not ours");

        ImportBatch batch = TestFiles.tver().importer().importFiles(missing, foreign);

        assertEquals(List.of("UNREADABLE_FILE nowhere.csv 0:0 Файл или папка не найдены",
                "UNSUPPORTED_FILE values.ods 0:0 Неподдерживаемый тип файла: ожидается .xlsx или .csv"),
                TestFiles.describe(batch.problems()));
        assertNull(batch.problems().get(0).sheet());
    }

    private static List<String> values(ImportBatch batch) {
        return batch.values().stream().map(v -> v.organisationCode() + " " + v.elementCode() + " " + v.disaggregation()
                + " " + v.value() + " @" + v.row() + ":" + v.column()).toList();
    }
}
