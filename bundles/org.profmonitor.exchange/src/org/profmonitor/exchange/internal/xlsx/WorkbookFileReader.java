/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.exchange.internal.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.osgi.util.NLS;
import org.profmonitor.exchange.Location;
import org.profmonitor.exchange.ProblemKind;
import org.profmonitor.exchange.internal.ImportCollector;
import org.profmonitor.exchange.internal.Messages;
import org.profmonitor.model.DataElement;
import org.profmonitor.model.Organisation;

/**
 * Reads a filled data-collection template into an {@link ImportCollector}: the marker says which
 * sheet belongs to which organisation and campaign; each data row gives an element code (column A)
 * and a value (column E). Empty input cells mean "not reported" and are skipped.
 */
public final class WorkbookFileReader {

    private final ImportCollector collector;
    private final Path file;

    /**
     * @param collector where values and problems go
     * @param file      the workbook
     */
    public WorkbookFileReader(ImportCollector collector, Path file) {
        this.collector = collector;
        this.file = file;
    }

    /** Reads the workbook; every problem goes to the collector. */
    public void read() {
        XSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged or foreign file with a variety of unchecked exceptions
            // (NotOfficeXmlFileException, EmptyFileException, POIXMLException...)
            collector.problem(ProblemKind.UNREADABLE_FILE, Location.of(file),
                    NLS.bind(Messages.Problem_NotAWorkbook, e.getMessage()));
            return;
        }
        try (workbook) {
            read(workbook);
        } catch (IOException e) {
            // closing a workbook read from a stream touches no file; nothing to report
        }
    }

    private void read(XSSFWorkbook workbook) {
        TemplateMarker.Content marker = TemplateMarker.read(workbook);
        if (marker == null) {
            collector.problem(ProblemKind.NOT_A_TEMPLATE, Location.of(file), Messages.Problem_NotATemplate);
            return;
        }
        String expected = collector.reference().campaignId();
        if (expected != null && !expected.equals(marker.campaignId())) {
            String sheet = marker.entries().isEmpty() ? null : marker.entries().get(0).sheetName();
            Location at = sheet == null ? Location.of(file)
                    : new Location(file, sheet, SheetLayout.CAMPAIGN_ROW + 1, 2);
            collector.problem(ProblemKind.WRONG_CAMPAIGN, at,
                    NLS.bind(Messages.Problem_WrongCampaign, marker.campaignId(), expected));
            return;
        }
        for (TemplateMarker.Entry entry : marker.entries()) {
            Sheet sheet = workbook.getSheet(entry.sheetName());
            if (sheet == null) {
                collector.problem(ProblemKind.NOT_A_TEMPLATE, Location.of(file), Messages.Problem_NotATemplate);
                continue;
            }
            Organisation organisation = collector.organisation(entry.organisationCode(),
                    new Location(file, entry.sheetName(), SheetLayout.ORGANISATION_CODE_ROW + 1, 2));
            if (organisation != null) {
                readSheet(sheet, organisation, entry.firstDataRow() - 1);
            }
        }
    }

    private void readSheet(Sheet sheet, Organisation organisation, int firstRow) {
        for (int index = firstRow; index <= sheet.getLastRowNum(); index++) {
            Row row = sheet.getRow(index);
            Cell input = row == null ? null : row.getCell(SheetLayout.VALUE);
            if (input == null || isBlank(input)) {
                continue;
            }
            Location at = new Location(file, sheet.getSheetName(), index + 1, SheetLayout.VALUE + 1);
            Cell codeCell = row.getCell(SheetLayout.CODE);
            String code = codeCell == null ? "" : codeCell.toString().strip(); //$NON-NLS-1$
            DataElement element = collector.element(code,
                    new Location(file, sheet.getSheetName(), index + 1, SheetLayout.CODE + 1));
            if (element != null) {
                value(organisation, element, input, at);
            }
        }
    }

    private void value(Organisation organisation, DataElement element, Cell input, Location at) {
        CellType type = input.getCellType() == CellType.FORMULA ? input.getCachedFormulaResultType()
                : input.getCellType();
        switch (type) {
            case NUMERIC -> collector.number(organisation, element, null, input.getNumericCellValue(), at);
            case BOOLEAN -> collector.number(organisation, element, null, input.getBooleanCellValue() ? 1 : 0, at);
            case STRING -> collector.text(organisation, element, null, input.getStringCellValue(), at);
            case ERROR -> collector.text(organisation, element, null,
                    FormulaError.forInt(input.getErrorCellValue()).getString(), at);
            default -> collector.text(organisation, element, null, "", at); //$NON-NLS-1$
        }
    }

    private static boolean isBlank(Cell cell) {
        CellType type = cell.getCellType();
        return type == CellType.BLANK || type == CellType.STRING && cell.getStringCellValue().isBlank();
    }
}
