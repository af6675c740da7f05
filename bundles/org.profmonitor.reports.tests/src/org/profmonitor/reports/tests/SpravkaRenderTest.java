package org.profmonitor.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.profmonitor.core.indicators.DemoCampaign;
import org.profmonitor.core.indicators.IndicatorSetContribution;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.reports.ReportData;
import org.profmonitor.reports.ReportEngineService;
import org.profmonitor.reports.ReportFormat;
import org.profmonitor.reports.SpravkaData;

/**
 * Renders the справка of every region's demo campaign in every format and reads the documents
 * back: the seeds' figures must be in them, as text in PDF, DOCX and HTML and as numbers in XLSX.
 * The documents are kept in {@code java.io.tmpdir/profmonitor-reports} for looking at them.
 */
class SpravkaRenderTest {

    private static final Locale RUSSIAN = Locale.of("ru", "RU"); //$NON-NLS-1$

    /** The seed figures each campaign's справка must show, as a methodologist reads them. */
    private static final Map<String, List<String>> SEED_FIGURES = Map.of(
            "tver-2022-23", List.of("71,4 %", "14 из 22", "63,6", "5 из 7", "Сонковский", "1371/ПК", "30.12.2022"),
            "chelyabinsk-2022-23", List.of("40,0 %", "Нязепетровский", "01/3089"),
            "penza-bessonovka-2020-21", List.of("4201", "Бессоновский"));

    private static final List<String> HEADINGS = List.of("Аналитическая справка по результатам мониторинга",
            "Основание, сроки и участники мониторинга", "Методика", "Результаты мониторинга по критериям",
            "не достигшие плановых значений", "Выводы", "приняли участие");

    @TempDir
    static Path workspace;

    @BeforeAll
    static void noWorkspaceCopies() {
        IndicatorSetRegistry.getDefault().setWorkspaceFolder(workspace);
    }

    static Stream<Arguments> campaignsAndFormats() {
        List<Arguments> arguments = new ArrayList<>();
        for (IndicatorSetContribution contribution : IndicatorSetRegistry.getDefault().contributions()) {
            for (DemoCampaign demo : contribution.demoCampaigns()) {
                for (ReportFormat format : ReportFormat.values()) {
                    arguments.add(Arguments.of(contribution.id(), demo.id(), format));
                }
            }
        }
        return arguments.stream();
    }

    @Test
    void everyRegionHasADemoCampaign() {
        assertTrue(campaignsAndFormats().count() >= 3 * ReportFormat.values().length,
                "the Tver, Chelyabinsk and Penza bundles must be in the test runtime");
    }

    @ParameterizedTest(name = "{1} as {2}")
    @MethodSource("campaignsAndFormats")
    void spravkaHoldsTheHeadingsAndTheSeedFigures(String setId, String campaignId, ReportFormat format)
            throws Exception {
        byte[] document = render(setId, campaignId, format);
        Path kept = keep(campaignId, format, document);
        List<String> expected = new ArrayList<>(HEADINGS);
        expected.addAll(SEED_FIGURES.getOrDefault(campaignId, List.of()));
        switch (format) {
            case PDF -> {
                String text = pdfText(document);
                assertContainsAll(text, expected, kept);
                assertFalse(text.contains("4201,0"), kept + ": a count is shown without a decimal");
                List<String> fonts = fonts(document);
                assertTrue(fonts.stream().anyMatch(font -> font.contains("DejaVuSerif") && font.endsWith("embedded")),
                        kept + ": DejaVu Serif must be embedded: " + fonts);
                assertTrue(fonts.stream().allMatch(font -> font.endsWith(" embedded")),
                        kept + ": every font must be embedded: " + fonts);
            }
            case HTML -> assertContainsAll(new String(document, StandardCharsets.UTF_8), expected, kept);
            case DOCX -> {
                try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(document))) {
                    assertFalse(docx.getBodyElements().isEmpty(), kept + " opens but is empty");
                }
                assertContainsAll(zipEntry(document, "word/document.xml"), expected, kept);
            }
            case XLSX -> assertNumericCells(campaignId, document, kept);
        }
    }

    @Test
    void aCancelledRenderStops() throws Exception {
        IndicatorSetContribution tver = IndicatorSetRegistry.getDefault().find("org.profmonitor.region.tver.set2022")
                .orElseThrow();
        ReportData data = SpravkaData.forDemoCampaign(tver, "tver-2022-23");
        // Not cancelled while the engine starts and the design opens; cancelled once BIRT runs.
        NullProgressMonitor monitor = new NullProgressMonitor() {
            private int asked;

            @Override
            public boolean isCanceled() {
                return ++asked > 3;
            }
        };
        assertThrows(OperationCanceledException.class, () -> ReportEngineService.getDefault()
                .render(ReportEngineService.SPRAVKA, data, ReportFormat.PDF, RUSSIAN, new ByteArrayOutputStream(), monitor));
    }

    private static byte[] render(String setId, String campaignId, ReportFormat format) throws Exception {
        IndicatorSetContribution contribution = IndicatorSetRegistry.getDefault().find(setId).orElseThrow();
        ReportData data = SpravkaData.forDemoCampaign(contribution, campaignId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportEngineService.getDefault().render(ReportEngineService.SPRAVKA, data, format, RUSSIAN, out,
                new NullProgressMonitor());
        assertTrue(out.size() > 1000, campaignId + " " + format + ": " + out.size() + " bytes");
        return out.toByteArray();
    }

    private static Path keep(String campaignId, ReportFormat format, byte[] document) throws IOException {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "profmonitor-reports"); //$NON-NLS-1$ //$NON-NLS-2$
        Files.createDirectories(folder);
        return Files.write(folder.resolve("spravka-" + campaignId + '.' + format.birtFormat()), document);
    }

    private static String pdfText(byte[] document) throws IOException {
        PdfReader reader = new PdfReader(document);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            // Lines wrap inside table cells and paragraphs: compare with single spaces.
            // OpenPDF gives a no-break space as a space and the character itself.
            return text.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }

    /** @return "name embedded" or "name not embedded" for every font descriptor of the PDF */
    private static List<String> fonts(byte[] document) throws IOException {
        List<String> fonts = new ArrayList<>();
        PdfReader reader = new PdfReader(document);
        try {
            for (int i = 1; i < reader.getXrefSize(); i++) {
                PdfObject object = reader.getPdfObject(i);
                if (object instanceof PdfDictionary dictionary
                        && PdfName.FONTDESCRIPTOR.equals(dictionary.get(PdfName.TYPE))) {
                    boolean embedded = dictionary.get(PdfName.FONTFILE) != null
                            || dictionary.get(PdfName.FONTFILE2) != null || dictionary.get(PdfName.FONTFILE3) != null;
                    fonts.add(dictionary.get(PdfName.FONTNAME) + (embedded ? " embedded" : " not embedded"));
                }
            }
        } finally {
            reader.close();
        }
        return fonts;
    }

    private static String zipEntry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " missing");
    }

    private static void assertContainsAll(String document, List<String> expected, Path kept) {
        // The reports keep "71,4 %" on one line with a no-break space; the seeds write a space.
        String text = document.replace('\u00a0', ' ').replace("&nbsp;", " ").replace("&#160;", " "); //$NON-NLS-1$ //$NON-NLS-2$
        for (String figure : expected) {
            assertTrue(text.contains(figure), () -> kept + " lacks «" + figure + "»");
        }
    }

    private static void assertNumericCells(String campaignId, byte[] document, Path kept) throws IOException {
        List<Double> numbers = new ArrayList<>();
        boolean heading = false;
        try (InputStream in = new ByteArrayInputStream(document); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.NUMERIC) {
                            numbers.add(cell.getNumericCellValue());
                        } else if (cell.getCellType() == CellType.STRING
                                && cell.getStringCellValue().contains("Аналитическая справка")) {
                            heading = true;
                        }
                    }
                }
            }
        }
        assertTrue(heading, kept + ": the title must be a cell");
        assertFalse(numbers.isEmpty(), kept + ": the values must be numeric cells");
        double seed = switch (campaignId) {
            case "tver-2022-23" -> 500.0 / 7; // 71,4 %: 5 of 7 Sonkovo schools run guidance regularly
            case "chelyabinsk-2022-23" -> 40.0; // preschool coverage in Nyazepetrovsk
            case "penza-bessonovka-2020-21" -> 4201.0; // «Проектория» lessons
            default -> Double.NaN;
        };
        if (!Double.isNaN(seed)) {
            assertTrue(numbers.stream().anyMatch(n -> Math.abs(n - seed) < 1e-6),
                    kept + ": no numeric cell holds " + seed);
        }
        assertEquals(0, numbers.stream().filter(n -> n.isNaN()).count());
    }
}
