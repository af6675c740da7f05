/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profmonitor.exchange.FilePreview;
import org.profmonitor.exchange.TemplateLayout;
import org.profmonitor.exchange.internal.csv.CsvDecoder;

/** What the import wizard shows before it checks anything: encoding, separator, first rows. */
class FilePreviewTest {

    @Test
    void aWindows1251FileIsPreviewedAsTheImportReadsIt(@TempDir Path folder) throws Exception {
        FilePreview preview = FilePreview.of(TestFiles.testData("sonkovsky-windows-1251.csv", folder), 3);
        assertEquals(CsvDecoder.WINDOWS_1251, preview.encoding());
        assertEquals(";", preview.delimiterName());
        assertEquals(3, preview.rows().size());
        assertEquals(List.of("код_ОО", "показатель", "значение", "разрез"), preview.rows().get(0));
        assertEquals(List.of("TVR-SON-01", "STUD_1_4", "95,0", ""), preview.rows().get(2));
        assertNull(preview.error());
    }

    @Test
    void aTabSeparatedFileSaysTab(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("tab.csv");
        Files.writeString(file, "organisation\telement\tvalue\nTVR-SON-01\tSTUD_1_11\t251\n");
        FilePreview preview = FilePreview.of(file, 10);
        assertEquals("Tab", preview.delimiterName());
        assertEquals(2, preview.rows().size());
    }

    @Test
    void aWorkbookShowsItsFirstSheet(@TempDir Path folder) throws Exception {
        List<Path> files = TestFiles.tver().templates().generate(folder, TemplateLayout.PER_MUNICIPALITY);
        FilePreview preview = FilePreview.of(files.get(0), 5);
        assertNull(preview.encoding());
        assertNotNull(preview.sheet());
        assertFalse(preview.rows().isEmpty());
    }

    @Test
    void aMissingFileGivesItsErrorAndNoRows(@TempDir Path folder) {
        FilePreview preview = FilePreview.of(folder.resolve("нет.csv"), 5);
        assertNotNull(preview.error());
        assertEquals(List.of(), preview.rows());
    }
}
