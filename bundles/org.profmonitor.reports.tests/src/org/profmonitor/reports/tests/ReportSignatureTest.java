package org.profmonitor.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.profmonitor.reports.tests.Documents.assertContainsAll;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profmonitor.core.indicators.IndicatorSetContribution;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.model.DecisionKind;
import org.profmonitor.reports.CampaignResults;
import org.profmonitor.reports.CardData;
import org.profmonitor.reports.DecisionData;
import org.profmonitor.reports.ReportDesigns;
import org.profmonitor.reports.ReportEngineService;
import org.profmonitor.reports.ReportFormat;
import org.profmonitor.reports.ReportKind;
import org.profmonitor.reports.ReportSignature;
import org.profmonitor.reports.SpravkaData;

/**
 * The author and the issuing body the user set ({@link ReportSignature}) in the rendered
 * documents: the body in capitals above the справка's and the card's title and in the decision's
 * letterhead, the author in the справка's closing line and on the decision's signature line; and
 * the documents as before when nothing is set.
 */
class ReportSignatureTest {

    private static final String AUTHOR = "Иванова И. И., методист ГАУ ДПО ТОИУУ";
    /* a body none of the demo's texts names, so that its capitals can only come from the signature */
    private static final String AUTHORITY = "Управление образования администрации Сонковского муниципального округа";
    private static final String HEADING = "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ СОНКОВСКОГО МУНИЦИПАЛЬНОГО ОКРУГА";
    private static final ReportSignature SIGNED = new ReportSignature("  " + AUTHOR + " ", AUTHORITY);

    @TempDir
    static Path workspace;

    private static CampaignResults tver;
    private static CampaignResults chelyabinsk;

    @BeforeAll
    static void compute() throws Exception {
        IndicatorSetRegistry registry = IndicatorSetRegistry.getDefault();
        registry.setWorkspaceFolder(workspace);
        tver = CampaignResults.forDemoCampaign(registry.find("org.profmonitor.region.tver.set2022").orElseThrow(),
                "tver-2022-23");
        IndicatorSetContribution chel = registry.find("org.profmonitor.region.chelyabinsk.set2022").orElseThrow();
        chelyabinsk = CampaignResults.forDemoCampaign(chel, "chelyabinsk-2022-23");
    }

    @Test
    void nothingSetIsNone() {
        assertEquals(ReportSignature.NONE, new ReportSignature(null, " "));
        assertFalse(ReportSignature.NONE.hasAuthor() || ReportSignature.NONE.hasAuthority());
        assertEquals(AUTHOR, SIGNED.author(), "stripped");
    }

    @Test
    void theSpravkaPdfIsHeadedByTheAuthorityAndSignedByTheAuthor() throws Exception {
        byte[] pdf = Documents.render(ReportEngineService.SPRAVKA, SpravkaData.build(tver, SIGNED), ReportFormat.PDF);
        Path kept = Documents.keep("spravka-tver-2022-23-signed", ReportFormat.PDF, pdf);
        String text = Documents.pdfText(pdf);
        assertContainsAll(text, List.of(HEADING, "Справку подготовил(а): " + AUTHOR), kept);
        int heading = text.indexOf(HEADING);
        assertTrue(heading < text.indexOf("Аналитическая справка по результатам"), kept + ": the body heads the title");
        assertTrue(text.indexOf("Справку подготовил(а)") > text.indexOf("Выводы"), kept + ": the author closes it");
    }

    @Test
    void theSpravkaWithoutASignatureHasNeitherLine() throws Exception {
        byte[] html = Documents.render(ReportEngineService.SPRAVKA, SpravkaData.build(tver), ReportFormat.HTML);
        String text = new String(html, StandardCharsets.UTF_8);
        assertFalse(text.contains("подготовил"), "no author's line without an author");
        assertFalse(text.contains(HEADING), "no heading without an authority");
        assertTrue(text.contains("Аналитическая справка по результатам"));
    }

    @Test
    void onlyTheAuthorIsPrintedWhenOnlyTheAuthorIsSet() throws Exception {
        byte[] html = Documents.render(ReportEngineService.SPRAVKA,
                SpravkaData.build(tver, new ReportSignature(AUTHOR, "")), ReportFormat.HTML);
        String text = new String(html, StandardCharsets.UTF_8);
        assertTrue(text.contains("Справку подготовил(а): " + AUTHOR), "the author's line");
        assertFalse(text.contains(HEADING));
    }

    @Test
    void theSpreadsheetsOpenWithAndWithoutTheSignature() throws Exception {
        // an empty list in a spreadsheet's first row once broke the XLSX emitter: both ways must render
        for (ReportKind kind : ReportKind.values()) {
            for (ReportSignature signature : List.of(ReportSignature.NONE, SIGNED)) {
                List<Object> cells = Documents.xlsxCells(Documents.render(kind.design(),
                        kind.rows(tver, "TVR-SON", DecisionKind.ORDER, signature), ReportFormat.XLSX));
                assertEquals(signature.hasAuthority(), cells.contains(HEADING), kind + " " + signature);
            }
        }
    }

    @Test
    void theRegionsOwnSpravkaCarriesThemToo() throws Exception {
        byte[] html = Documents.render(ReportDesigns.design(ReportKind.SPRAVKA, "org.profmonitor.region.chelyabinsk.set2022"),
                ReportKind.SPRAVKA.rows(chelyabinsk, null, DecisionKind.ORDER, SIGNED), ReportFormat.HTML);
        Path kept = Documents.keep("spravka-chelyabinsk-2022-23-signed", ReportFormat.HTML, html);
        assertContainsAll(new String(html, StandardCharsets.UTF_8),
                List.of(HEADING, "Справку подготовил(а): " + AUTHOR, "по уровням образования"), kept);
    }

    @Test
    void theCardIsHeadedByTheAuthority() throws Exception {
        byte[] pdf = Documents.render(ReportEngineService.CARD, CardData.build(tver, "TVR-SON", SIGNED), ReportFormat.PDF);
        Path kept = Documents.keep("card-tver-2022-23-signed", ReportFormat.PDF, pdf);
        String text = Documents.pdfText(pdf);
        assertContainsAll(text, List.of(HEADING, "Карточка муниципального образования"), kept);
        assertTrue(text.indexOf(HEADING) < text.indexOf("Карточка муниципального образования"), kept.toString());
        assertFalse(text.contains("подготовил"), kept + ": the card has no author's line");
        String plain = Documents.pdfText(Documents.render(ReportEngineService.CARD, CardData.build(tver, "TVR-SON"),
                ReportFormat.PDF));
        assertFalse(plain.contains(HEADING));
    }

    @Test
    void theOrderTakesTheAuthorityAndTheSignatoryFromTheSignature() throws Exception {
        byte[] pdf = Documents.render(ReportEngineService.DECISION, DecisionData.build(tver, DecisionKind.ORDER, SIGNED),
                ReportFormat.PDF);
        Path kept = Documents.keep("decision-order-tver-2022-23-signed", ReportFormat.PDF, pdf);
        String text = Documents.pdfText(pdf);
        assertContainsAll(text, List.of(HEADING, "ПРИКАЗ", AUTHOR + " ____________"), kept);
        assertFalse(text.contains("МИНИСТЕРСТВО ОБРАЗОВАНИЯ ТВЕРСКОЙ ОБЛАСТИ"), kept + ": the set body replaces the regulation's");
        assertFalse(text.contains("Начальник управления образования"), kept + ": the author signs");
    }

    @Test
    void theOrderWithoutASignatureKeepsTheRegulationsBodyAndTheBlankLine() throws Exception {
        String text = Documents.pdfText(Documents.render(ReportEngineService.DECISION,
                DecisionData.build(tver, DecisionKind.ORDER, ReportSignature.NONE), ReportFormat.PDF));
        assertTrue(text.contains("МИНИСТЕРСТВО ОБРАЗОВАНИЯ ТВЕРСКОЙ ОБЛАСТИ"), text);
        assertTrue(text.contains("Начальник управления образования ____________ / ____________ /"), text);
        assertFalse(text.contains(AUTHOR));
    }

    @Test
    void theProtocolIsSignedByTheAuthorAsChairman() throws Exception {
        byte[] docx = Documents.render(ReportEngineService.DECISION,
                DecisionData.build(tver, DecisionKind.PROTOCOL, SIGNED), ReportFormat.DOCX);
        Path kept = Documents.keep("decision-protocol-tver-2022-23-signed", ReportFormat.DOCX, docx);
        assertContainsAll(Documents.zipEntry(docx, "word/document.xml"),
                List.of(HEADING, "Председатель: " + AUTHOR, "Секретарь: ____________"), kept);
    }
}
