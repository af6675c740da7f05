package org.profmonitor.reports.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.openpdf.text.pdf.PdfDictionary;
import org.osgi.framework.FrameworkUtil;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.profmonitor.reports.ReportData;
import org.profmonitor.reports.ReportEngineService;
import org.profmonitor.reports.ReportFormat;

/** Renders reports and reads the documents back: PDF text and fonts, DOCX XML, XLSX cells. */
final class Documents {

    static final Locale RUSSIAN = Locale.of("ru", "RU"); //$NON-NLS-1$

    private Documents() {
    }

    static byte[] render(String design, ReportData data, ReportFormat format) throws Exception {
        return render(FrameworkUtil.getBundle(ReportEngineService.class).getEntry(design), data, format);
    }

    static byte[] render(URL design, ReportData data, ReportFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportEngineService.getDefault().render(design, data, format, RUSSIAN, out, new NullProgressMonitor());
        assertTrue(out.size() > 1000, design + " " + format + ": " + out.size() + " bytes");
        return out.toByteArray();
    }

    /** Keeps a document in {@code java.io.tmpdir/profmonitor-reports} for looking at it. */
    static Path keep(String name, ReportFormat format, byte[] document) throws IOException {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "profmonitor-reports"); //$NON-NLS-1$ //$NON-NLS-2$
        Files.createDirectories(folder);
        return Files.write(folder.resolve(name + '.' + format.birtFormat()), document);
    }

    /** The text of every page, with single spaces: lines wrap inside table cells and paragraphs. */
    static String pdfText(byte[] document) throws IOException {
        PdfReader reader = new PdfReader(document);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            // OpenPDF gives a no-break space as a space and the character itself.
            return text.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }

    /** @return "name embedded" or "name not embedded" for every font descriptor of the PDF */
    static List<String> fonts(byte[] document) throws IOException {
        List<String> fonts = new ArrayList<>();
        forEachDictionary(document, dictionary -> {
            if (PdfName.FONTDESCRIPTOR.equals(dictionary.get(PdfName.TYPE))) {
                boolean embedded = dictionary.get(PdfName.FONTFILE) != null
                        || dictionary.get(PdfName.FONTFILE2) != null || dictionary.get(PdfName.FONTFILE3) != null;
                fonts.add(dictionary.get(PdfName.FONTNAME) + (embedded ? " embedded" : " not embedded"));
            }
        });
        return fonts;
    }

    /** @return how many image XObjects the PDF holds (the charts are images) */
    static int pdfImages(byte[] document) throws IOException {
        int[] images = { 0 };
        forEachDictionary(document, dictionary -> {
            if (PdfName.IMAGE.equals(dictionary.get(PdfName.SUBTYPE))) {
                images[0]++;
            }
        });
        return images[0];
    }

    private interface DictionaryVisitor {
        void visit(PdfDictionary dictionary);
    }

    private static void forEachDictionary(byte[] document, DictionaryVisitor visitor) throws IOException {
        PdfReader reader = new PdfReader(document);
        try {
            for (int i = 1; i < reader.getXrefSize(); i++) {
                PdfObject object = reader.getPdfObject(i);
                if (object instanceof PdfDictionary dictionary) {
                    visitor.visit(dictionary);
                }
            }
        } finally {
            reader.close();
        }
    }

    static String zipEntry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " missing");
    }

    /** The cells of every sheet: numbers as {@link Double}, texts as {@link String}. */
    static List<Object> xlsxCells(byte[] document) throws IOException {
        List<Object> cells = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(document); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.NUMERIC) {
                            cells.add(cell.getNumericCellValue());
                        } else if (cell.getCellType() == CellType.STRING) {
                            cells.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        return cells;
    }

    static void assertContainsAll(String document, List<String> expected, Path kept) {
        // The reports keep "71,4 %" on one line with a no-break space; the seeds write a space.
        String text = document.replace('\u00a0', ' ').replace("&nbsp;", " ").replace("&#160;", " "); //$NON-NLS-1$ //$NON-NLS-2$
        for (String figure : expected) {
            assertTrue(text.contains(figure), () -> kept + " lacks «" + figure + "»");
        }
    }
}
