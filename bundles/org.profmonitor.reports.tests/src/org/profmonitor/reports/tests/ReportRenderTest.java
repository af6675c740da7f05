package org.profmonitor.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.profmonitor.reports.tests.Documents.assertContainsAll;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.profmonitor.core.indicators.DemoCampaign;
import org.profmonitor.core.indicators.IndicatorSetContribution;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.model.DecisionKind;
import org.profmonitor.reports.CampaignResults;
import org.profmonitor.reports.ReportData;
import org.profmonitor.reports.ReportDesigns;
import org.profmonitor.reports.ReportEngineService;
import org.profmonitor.reports.ReportFormat;
import org.profmonitor.reports.ReportKind;
import org.profmonitor.reports.SpravkaData;

/**
 * Renders every report of every region's demo campaign in every format and reads the documents
 * back: the headings and the seeds' figures must be in them, as text in PDF, DOCX and HTML and as
 * numbers in XLSX. The documents are kept in {@code java.io.tmpdir/profmonitor-reports}.
 */
class ReportRenderTest {

    /** The unit each campaign's card is rendered for: the seeds' municipality. */
    private static final Map<String, String> CARD_UNIT = Map.of("tver-2022-23", "TVR-SON", "tver-2021-22", "TVR-SON",
            "chelyabinsk-2022-23", "CHL-NZP", "penza-bessonovka-2020-21", "PNZ-BES");

    /** The seed figures the справка and the card of each campaign must show. */
    private static final Map<String, List<String>> SEED_FIGURES = Map.of(
            "tver-2022-23", List.of("71,4", "14 из 22", "63,6", "5 из 7", "Сонковский"),
            "chelyabinsk-2022-23", List.of("40,0", "Нязепетровский"),
            "penza-bessonovka-2020-21", List.of("4201", "Бессоновский"));

    /** What only the справка says: its legal basis with the seed's order, and "71,4 %" in words. */
    private static final Map<String, List<String>> SPRAVKA_FIGURES = Map.of(
            "tver-2022-23", List.of("71,4 %", "1371/ПК", "30.12.2022"),
            "chelyabinsk-2022-23", List.of("40,0 %", "01/3089",
                    // the region's own design (seed 003): coverage per education level, the verdict in words
                    "по уровням образования", "составляет 40,0 % (плановые значения не достигнуты)",
                    "составляет 80,0 % (плановые значения достигнуты)"));

    private static final Map<ReportKind, List<String>> HEADINGS = Map.of(
            ReportKind.SPRAVKA, List.of("Аналитическая справка по результатам мониторинга",
                    "Основание, сроки и участники мониторинга", "Методика", "Результаты мониторинга по критериям",
                    "не достигшие плановых значений", "Выявленные проблемы", "Адресные рекомендации", "Выводы",
                    "приняли участие", "анализ результатов мониторинга ещё не проведён"),
            ReportKind.CARD, List.of("Карточка муниципального образования", "Для сравнения", "Плановое значение",
                    "План достигнут", "Прошлый год", "Плановые значения достигнуты по"),
            ReportKind.DECISION, List.of("ПРИКАЗ", "ПРИКАЗЫВАЮ:", "Об итогах проведения мониторинга",
                    "принять к сведению и исполнению", "Адресные рекомендации не сформированы",
                    "Контроль исполнения приказа оставляю за собой", "С приказом ознакомлены"));

    @TempDir
    static Path workspace;

    @BeforeAll
    static void noWorkspaceCopies() {
        IndicatorSetRegistry.getDefault().setWorkspaceFolder(workspace);
    }

    static Stream<Arguments> reports() {
        List<Arguments> arguments = new ArrayList<>();
        for (IndicatorSetContribution contribution : IndicatorSetRegistry.getDefault().contributions()) {
            for (DemoCampaign demo : contribution.demoCampaigns()) {
                for (ReportKind kind : ReportKind.values()) {
                    for (ReportFormat format : ReportFormat.values()) {
                        arguments.add(Arguments.of(contribution.id(), demo.id(), kind, format));
                    }
                }
            }
        }
        return arguments.stream();
    }

    @Test
    void everyRegionHasADemoCampaignWithACardUnit() {
        assertTrue(reports().count() >= 3L * ReportKind.values().length * ReportFormat.values().length,
                "the Tver, Chelyabinsk and Penza bundles must be in the test runtime");
        reports().forEach(arguments -> assertTrue(CARD_UNIT.containsKey(arguments.get()[1]),
                () -> "no card unit for " + arguments.get()[1]));
    }

    @ParameterizedTest(name = "{2} of {1} as {3}")
    @MethodSource("reports")
    void reportHoldsTheHeadingsAndTheSeedFigures(String setId, String campaignId, ReportKind kind, ReportFormat format)
            throws Exception {
        IndicatorSetContribution contribution = IndicatorSetRegistry.getDefault().find(setId).orElseThrow();
        CampaignResults results = CampaignResults.forDemoCampaign(contribution, campaignId);
        ReportData data = kind.rows(results, CARD_UNIT.get(campaignId), DecisionKind.ORDER);
        byte[] document = Documents.render(ReportDesigns.design(kind, setId), data, format);
        Path kept = Documents.keep(kind.cliName() + '-' + campaignId, format, document);
        List<String> expected = new ArrayList<>(HEADINGS.get(kind));
        if (kind != ReportKind.DECISION) {
            expected.addAll(SEED_FIGURES.getOrDefault(campaignId, List.of()));
        }
        if (kind == ReportKind.SPRAVKA) {
            expected.addAll(SPRAVKA_FIGURES.getOrDefault(campaignId, List.of()));
        }
        switch (format) {
            case PDF -> {
                String text = Documents.pdfText(document);
                assertContainsAll(text, expected, kept);
                assertFalse(text.contains("4201,0"), kept + ": a count is shown without a decimal");
                List<String> fonts = Documents.fonts(document);
                assertTrue(fonts.stream().anyMatch(font -> font.contains("DejaVuSerif") && font.endsWith("embedded")),
                        kept + ": DejaVu Serif must be embedded: " + fonts);
                assertTrue(fonts.stream().allMatch(font -> font.endsWith(" embedded")),
                        kept + ": every font must be embedded: " + fonts);
                if (kind == ReportKind.SPRAVKA) {
                    assertInSetOrder(campaignId, text, kept);
                    assertEquals(charted(data), Documents.pdfImages(document) > 0,
                            kept + ": a bar chart for each indicator of two or more municipalities, and only then");
                    if (campaignId.startsWith("tver-")) {
                        // the shared design: one palette image per chart, no mask beside it
                        assertEquals(chartedIndicators(data), (long) Documents.pdfImages(document),
                                kept + ": one image per indicator of two or more municipalities");
                    }
                }
            }
            case HTML -> {
                String html = new String(document, StandardCharsets.UTF_8);
                assertContainsAll(html, expected, kept);
                if (kind == ReportKind.SPRAVKA) {
                    assertEquals(charted(data), html.contains("src=\"data:image/png;base64,"),
                            kept + ": a bar chart for each indicator of two or more municipalities, and only then");
                    assertFalse(html.contains("src=\"file:"), kept + ": the charts must be in the page, not in temporary files");
                }
            }
            case DOCX -> {
                try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(document))) {
                    assertFalse(docx.getBodyElements().isEmpty(), kept + " opens but is empty");
                }
                assertContainsAll(Documents.zipEntry(document, "word/document.xml"), expected, kept);
            }
            case XLSX -> assertNumericCells(kind, campaignId, document, kept);
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
        assertThrows(OperationCanceledException.class, () -> ReportEngineService.getDefault().render(
                ReportEngineService.SPRAVKA, data, ReportFormat.PDF, Documents.RUSSIAN, new ByteArrayOutputStream(), monitor));
    }

    /** The results follow the set and the directory, not the alphabet (BIRT sorts groups by key). */
    private static void assertInSetOrder(String campaignId, String text, Path kept) {
        if ("tver-2022-23".equals(campaignId)) {
            assertTrue(text.indexOf("K3_2. ") < text.indexOf("K3_10. "), kept + ": K3_10 before K3_2");
        }
        if ("chelyabinsk-2022-23".equals(campaignId)) {
            int levels = text.indexOf("по уровням образования");
            assertTrue(text.indexOf("Нязепетровский", levels) < text.indexOf("Верхнеуфалейский", levels),
                    kept + ": the levels section must follow the directory");
        }
    }

    /** Whether some indicator has values of two or more municipalities, so that the справка charts it. */
    private static boolean charted(ReportData data) {
        return chartedIndicators(data) > 0;
    }

    /** How many indicators have values of two or more municipalities. */
    private static long chartedIndicators(ReportData data) {
        Map<Object, Long> perIndicator = data.rows(SpravkaData.VALUES).stream()
                .collect(Collectors.groupingBy(row -> row.get("indicator"), Collectors.counting()));
        return perIndicator.values().stream().filter(count -> count >= 2).count();
    }

    private static void assertNumericCells(ReportKind kind, String campaignId, byte[] document, Path kept)
            throws Exception {
        List<Object> cells = Documents.xlsxCells(document);
        String title = HEADINGS.get(kind).get(0);
        assertTrue(cells.stream().anyMatch(cell -> cell instanceof String text && text.contains(title)),
                kept + ": «" + title + "» must be a cell");
        if (kind == ReportKind.DECISION) {
            return; // a text document: it has no figures of its own
        }
        List<Double> numbers = cells.stream().filter(Double.class::isInstance).map(Double.class::cast).toList();
        assertFalse(numbers.isEmpty(), kept + ": the values must be numeric cells");
        double seed = switch (campaignId) {
            case "tver-2022-23" -> 500.0 / 7; // 71,4 %: 5 of 7 Sonkovo schools run guidance regularly
            case "chelyabinsk-2022-23" -> 40.0; // preschool coverage in Nyazepetrovsk
            case "penza-bessonovka-2020-21" -> 4201.0; // «Проектория» lessons
            default -> Double.NaN;
        };
        if (!Double.isNaN(seed)) {
            assertTrue(numbers.stream().anyMatch(n -> Math.abs(n - seed) < 1e-6), kept + ": no numeric cell holds " + seed);
        }
        assertEquals(0, numbers.stream().filter(n -> n.isNaN()).count());
    }
}
