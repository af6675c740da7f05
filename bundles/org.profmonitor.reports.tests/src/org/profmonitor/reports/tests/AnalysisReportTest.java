package org.profmonitor.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.profmonitor.reports.tests.Documents.assertContainsAll;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profmonitor.core.indicators.IndicatorSetContribution;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.model.AddresseeKind;
import org.profmonitor.model.Analysis;
import org.profmonitor.model.DecisionKind;
import org.profmonitor.model.Problem;
import org.profmonitor.model.ProblemKind;
import org.profmonitor.model.ProfmonitorFactory;
import org.profmonitor.model.Recommendation;
import org.profmonitor.model.UnitLevel;
import org.profmonitor.reports.CampaignResults;
import org.profmonitor.reports.CardData;
import org.profmonitor.reports.DecisionData;
import org.profmonitor.reports.ReportData;
import org.profmonitor.reports.ReportEngineService;
import org.profmonitor.reports.ReportFormat;
import org.profmonitor.reports.SpravkaData;

/**
 * The problems and the addressed recommendations of a stored analysis in the справка and in the
 * decision, with the recommendations of the Сонковский protocol (seed 000) and the Спировский
 * order (seed 004) as the analysis would hold them.
 */
class AnalysisReportTest {

    private static final String LITVINOVO = "МОУ «Литвиновская ООШ», МОУ «Задорская ООШ», МОУ «Краснооктябрьская ООШ»";
    private static final String ENTERPRISES = "обеспечить взаимодействие с учреждениями/предприятиями Сонковского района "
            + "в рамках профориентации обучающихся";
    private static final String TICKET = "обеспечить 100% регистрацию учеников 6-11 классов на платформе «Билет в будущее»";
    private static final String MONITORING = "Систематически проводить мониторинг организации работы ОУ по самоопределению "
            + "и профессиональной ориентации обучающихся на основе показателей МСОКО";

    @TempDir
    static Path workspace;

    private static CampaignResults tver;

    @BeforeAll
    static void computeTver() throws Exception {
        IndicatorSetRegistry.getDefault().setWorkspaceFolder(workspace);
        IndicatorSetContribution contribution = IndicatorSetRegistry.getDefault()
                .find("org.profmonitor.region.tver.set2022").orElseThrow();
        tver = CampaignResults.forDemoCampaign(contribution, "tver-2022-23").withAnalysis(analysis());
    }

    private static Analysis analysis() {
        ProfmonitorFactory factory = ProfmonitorFactory.eINSTANCE;
        Analysis analysis = factory.createAnalysis();
        Problem described = factory.createProblem();
        described.setKind(ProblemKind.BELOW_TARGET);
        described.setIndicatorCode("M_5");
        described.setUnitLevel(UnitLevel.MUNICIPALITY);
        described.setUnitCode("TVR-SON");
        described.setDescription("Только 4 ОО из 7 взаимодействуют с предприятиями района");
        analysis.getProblems().add(described);
        Problem drafted = factory.createProblem();
        drafted.setKind(ProblemKind.ZERO_COVERAGE);
        drafted.setIndicatorCode("K1_1");
        drafted.setUnitLevel(UnitLevel.MUNICIPALITY);
        drafted.setUnitCode("TVR-MOL");
        analysis.getProblems().add(drafted);
        analysis.getRecommendations().add(recommendation(AddresseeKind.NAMED_ORGANISATION, LITVINOVO, ENTERPRISES,
                null, "2022/2023 уч. год", null));
        analysis.getRecommendations().add(recommendation(AddresseeKind.ALL_SCHOOLS, null, TICKET, null,
                "2022/2023 уч. год", null));
        analysis.getRecommendations().add(recommendation(AddresseeKind.MUNICIPAL_DEPARTMENTS, "Управлению образования",
                MONITORING, LocalDate.of(2022, 10, 31), "май, октябрь", "Лебедева С.Б."));
        analysis.getRecommendations().add(recommendation(AddresseeKind.ALL_SCHOOLS, null,
                "Провести анализ результатов мониторинга", LocalDate.of(2022, 11, 30), null, null));
        return analysis;
    }

    private static Recommendation recommendation(AddresseeKind kind, String addressee, String action, LocalDate deadline,
            String deadlineText, String responsible) {
        Recommendation recommendation = ProfmonitorFactory.eINSTANCE.createRecommendation();
        recommendation.setAddresseeKind(kind);
        recommendation.setAddressee(addressee);
        recommendation.setAction(action);
        recommendation.setDeadline(deadline);
        recommendation.setDeadlineText(deadlineText);
        recommendation.setResponsible(responsible);
        return recommendation;
    }

    @Test
    void theSpravkaRowsNameEveryProblemAndRecommendation() {
        ReportData data = SpravkaData.build(tver);
        List<Map<String, Object>> problems = data.rows(SpravkaData.PROBLEMS);
        assertEquals(2, problems.size());
        assertEquals("1. Только 4 ОО из 7 взаимодействуют с предприятиями района (Сонковский муниципальный округ)",
                problems.get(0).get("text"));
        // Without a description the problem is told from its kind, indicator and unit.
        String drafted = (String) problems.get(1).get("text");
        assertTrue(drafted.startsWith("2. Показатель K1_1 «"), drafted);
        assertTrue(drafted.contains("нулевой охват") && drafted.contains("Молоковский"), drafted);
        List<Map<String, Object>> recommendations = data.rows(SpravkaData.RECOMMENDATIONS);
        assertEquals(4, recommendations.size());
        assertEquals(LITVINOVO, recommendations.get(0).get("addressee"));
        assertEquals("Руководителям общеобразовательных организаций", recommendations.get(1).get("addressee"));
        assertEquals("Лебедева С.Б.", recommendations.get(2).get("responsible"));
        assertEquals("—", recommendations.get(1).get("responsible"));
        assertEquals("30.11.2022", recommendations.get(3).get("deadline"));
        // the day first, the template's words after it
        assertEquals("31.10.2022 (май, октябрь)", recommendations.get(2).get("deadline"));
        assertEquals("2022/2023 уч. год", recommendations.get(1).get("deadline"));
        assertEquals(4.0, recommendations.get(3).get("number"));
        assertTrue(data.rows(SpravkaData.RECOMMENDATIONS_NOTE).isEmpty());
    }

    @Test
    void theSameProblemOfManyUnitsIsOneParagraph() {
        Analysis analysis = ProfmonitorFactory.eINSTANCE.createAnalysis();
        for (String code : List.of("TVR-SON-01", "TVR-SON-02", "TVR-SON-03")) {
            analysis.getProblems().add(problem(ProblemKind.BELOW_TARGET, "K1_1", UnitLevel.ORGANISATION, code));
        }
        Problem sonkovo = problem(ProblemKind.FELL_AGAINST_PREVIOUS, "K1_1", UnitLevel.MUNICIPALITY, "TVR-SON");
        sonkovo.setDescription("«Доля обучающихся 6–9 классов, охваченных проектом «Билет в будущее»»: "
                + "Сонковский муниципальный округ — 52,3 % (149 из 285), в прошлом году 60,0 %");
        analysis.getProblems().add(sonkovo);
        analysis.getProblems().add(problem(ProblemKind.ZERO_COVERAGE, "K1_1", UnitLevel.ORGANISATION, "TVR-SON-03"));
        Problem molokovo = problem(ProblemKind.FELL_AGAINST_PREVIOUS, "K1_1", UnitLevel.MUNICIPALITY, "TVR-MOL");
        analysis.getProblems().add(molokovo);
        List<Map<String, Object>> problems = SpravkaData.build(tver.withAnalysis(analysis)).rows(SpravkaData.PROBLEMS);
        assertEquals(3, problems.size(), problems.toString());
        String schools = (String) problems.get(0).get("text");
        assertTrue(schools.startsWith("1. Показатель K1_1 «"), schools);
        assertTrue(schools.contains("организаций: 3: МОУ «Сонковская СОШ»; МОУ «СОШ №9»; МОУ «Беляницкая СОШ»"), schools);
        // municipalities keep their figures; the indicator is said once
        String municipalities = (String) problems.get(1).get("text");
        assertTrue(municipalities.startsWith("2. Показатель K1_1 «"), municipalities);
        assertTrue(municipalities.contains("муниципальных образований: 2: Сонковский муниципальный округ — 52,3 % "
                + "(149 из 285), в прошлом году 60,0 %; Молоковский"), municipalities);
        // one school alone keeps the sentence of its own
        String single = (String) problems.get(2).get("text");
        assertTrue(single.startsWith("3. ") && single.contains("нулевой охват") && single.contains("Беляницкая"), single);
    }

    private static Problem problem(ProblemKind kind, String indicator, UnitLevel level, String unit) {
        Problem problem = ProfmonitorFactory.eINSTANCE.createProblem();
        problem.setKind(kind);
        problem.setIndicatorCode(indicator);
        problem.setUnitLevel(level);
        problem.setUnitCode(unit);
        return problem;
    }

    @Test
    void anEmptyAnalysisSaysSoInsteadOfStayingBlank() {
        ReportData data = SpravkaData.build(tver.withAnalysis(ProfmonitorFactory.eINSTANCE.createAnalysis()));
        assertEquals(List.of(Map.of("text", "По итогам анализа проблем не выявлено.")), data.rows(SpravkaData.PROBLEMS));
        assertEquals(List.of(Map.of("text", "По итогам анализа адресные рекомендации не сформированы.")),
                data.rows(SpravkaData.RECOMMENDATIONS_NOTE));
    }

    @Test
    void theSpravkaPdfHasTheRecommendationsTable() throws Exception {
        byte[] pdf = Documents.render(ReportEngineService.SPRAVKA, SpravkaData.build(tver), ReportFormat.PDF);
        Path kept = Documents.keep("spravka-tver-2022-23-analysis", ReportFormat.PDF, pdf);
        String text = Documents.pdfText(pdf);
        assertContainsAll(text, List.of("Адресат", "Рекомендация", "Срок", "Ответственный", "Литвиновская ООШ",
                "Билет в будущее", "2022/2023 уч. год", "Лебедева С.Б.", "Только 4 ОО из 7"), kept);
        assertFalse(text.contains("ещё не проведён"), kept + ": the analysis exists");
    }

    @Test
    void theOrderGroupsTheRecommendationsByAddressee() {
        List<Map<String, Object>> items = DecisionData.build(tver, DecisionKind.ORDER).rows(DecisionData.ITEMS);
        List<Object> numbers = items.stream().map(item -> item.get("number")).toList();
        // 1 results; 2 the named schools; 3 all schools (two recommendations); 4 the department; control; in force
        assertEquals(List.of("1.", "2.", "2.1.", "3.", "3.1.", "3.2.", "4.", "4.1.", "5.", "6."), numbers);
        assertEquals("Руководителям общеобразовательных организаций:", items.get(3).get("text"));
        assertEquals("Срок: 30.11.2022", items.get(5).get("deadline"));
        assertEquals("Ответственный: Лебедева С.Б.", items.get(7).get("responsible"));
        assertEquals("Контроль исполнения приказа оставляю за собой.", items.get(8).get("text"));
    }

    @Test
    void theOrderAndTheProtocolOpenInWord() throws Exception {
        byte[] order = Documents.render(ReportEngineService.DECISION, DecisionData.build(tver, DecisionKind.ORDER),
                ReportFormat.DOCX);
        Path keptOrder = Documents.keep("decision-order-tver-2022-23", ReportFormat.DOCX, order);
        assertContainsAll(Documents.zipEntry(order, "word/document.xml"), List.of("МИНИСТЕРСТВО ОБРАЗОВАНИЯ ТВЕРСКОЙ ОБЛАСТИ",
                "ПРИКАЗ", "ПРИКАЗЫВАЮ:", "1371/ПК", "2.1. " + ENTERPRISES.substring(0, 20), "Срок: 2022/2023 уч. год",
                "Ответственный: Лебедева С.Б.", "Приказ вступает в силу"), keptOrder);
        byte[] protocol = Documents.render(ReportEngineService.DECISION,
                DecisionData.build(tver, DecisionKind.PROTOCOL), ReportFormat.DOCX);
        Path keptProtocol = Documents.keep("decision-protocol-tver-2022-23", ReportFormat.DOCX, protocol);
        String xml = Documents.zipEntry(protocol, "word/document.xml");
        assertContainsAll(xml, List.of("ВЫПИСКА ИЗ ПРОТОКОЛА", "Присутствовали:", "Повестка дня", "Слушали:",
                "РЕШИЛИ:", "Председатель:", "Секретарь:", "приняли участие"), keptProtocol);
        assertFalse(xml.contains("Контроль исполнения приказа"), keptProtocol + ": a protocol is not an order");
        for (String paragraph : xml.split("</w:p>")) {
            assertFalse(paragraph.contains("Председатель") && paragraph.contains("Секретарь"),
                    keptProtocol + ": the chairman and the secretary sign on lines of their own");
            assertFalse(paragraph.contains("Присутствовали") && paragraph.contains("Повестка дня"),
                    keptProtocol + ": who was present and the agenda are paragraphs of their own");
        }
    }

    @Test
    void theOrderAsPdfIsOnePageToSign() throws Exception {
        byte[] pdf = Documents.render(ReportEngineService.DECISION, DecisionData.build(tver, DecisionKind.ORDER),
                ReportFormat.PDF);
        Path kept = Documents.keep("decision-order-tver-2022-23", ReportFormat.PDF, pdf);
        assertContainsAll(Documents.pdfText(pdf), List.of("ПРИКАЗ", "Руководителям общеобразовательных организаций:",
                "3.2. Провести анализ результатов мониторинга.", "Срок: 30.11.2022", "Начальник управления образования"),
                kept);
    }

    @Test
    void theCardOfAMunicipalityComparesWithTheRegion() {
        ReportData data = CardData.build(tver, "TVR-SON");
        Map<String, Object> document = data.rows(CardData.DOCUMENT).get(0);
        assertEquals("Карточка муниципального образования", document.get("title"));
        Map<String, Object> m3 = data.rows(CardData.INDICATORS).stream()
                .filter(row -> ((String) row.get("indicator")).startsWith("M_3.")).findFirst().orElseThrow();
        assertEquals(500.0 / 7, (Double) m3.get("value"), 1e-9);
        assertEquals("5 из 7", m3.get("fraction"));
        assertEquals("нет", m3.get("reached"));
        assertEquals("Тверская область", m3.get("compareLabel"));
        assertThrows(NoSuchElementException.class, () -> CardData.build(tver, "NO-SUCH-UNIT"));
    }
}
