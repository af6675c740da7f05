/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.exchange.internal.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.Organisation;

/** Writes one template workbook: a data sheet per organisation given, then the hidden marker. */
public final class TemplateWorkbook {

    private final IndicatorSet indicatorSet;
    private final String campaignId;
    private final String campaignTitle;

    /**
     * @param indicatorSet  the campaign's indicator set
     * @param campaignId    the campaign's id, written into the marker
     * @param campaignTitle the campaign's title for the header, or {@code null}
     */
    public TemplateWorkbook(IndicatorSet indicatorSet, String campaignId, String campaignTitle) {
        this.indicatorSet = indicatorSet;
        this.campaignId = campaignId;
        this.campaignTitle = campaignTitle;
    }

    /**
     * Writes the workbook. It is written to a temporary file first and moved into place, so that
     * an interrupted run does not leave a half-written form that Excel cannot open.
     *
     * @param file          the file to write
     * @param organisations the organisations, one sheet each, named by organisation code
     * @throws IOException if the file cannot be written
     */
    public void write(Path file, List<Organisation> organisations) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".part"); //$NON-NLS-1$
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            TemplateSheetWriter writer = new TemplateSheetWriter(indicatorSet, campaignId, campaignTitle,
                    new TemplateStyles(workbook));
            List<TemplateMarker.Entry> entries = new ArrayList<>();
            for (Organisation organisation : organisations) {
                XSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(organisation.getCode()));
                writer.write(sheet, organisation);
                entries.add(new TemplateMarker.Entry(sheet.getSheetName(), organisation.getCode(),
                        SheetLayout.FIRST_DATA_ROW + 1));
            }
            TemplateMarker.write(workbook, campaignId, entries);
            try (OutputStream out = Files.newOutputStream(partial)) {
                workbook.write(out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
