package org.profmonitor.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.model.Analysis;
import org.profmonitor.model.Decision;
import org.profmonitor.model.DecisionKind;
import org.profmonitor.model.ProblemKind;
import org.profmonitor.model.ProfmonitorFactory;
import org.profmonitor.model.Recommendation;
import org.profmonitor.model.RecommendationStatus;
import org.profmonitor.store.RecommendationEdit;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoredValue;
import org.profmonitor.store.ValueChange;

/**
 * The analysis of Tver's demo campaign, analysed again after users have worked on it: what they
 * did with the recommendations stays, what the new data says replaces the rest.
 */
class CampaignAnalysisTest {

    private static final String TVER = "tver-2022-23";
    private static final LocalDate TODAY = LocalDate.of(2023, 3, 3);

    private Store store;
    private CampaignAnalysis analysis;

    @BeforeEach
    void loadDemo() throws Exception {
        store = Store.open("jdbc:derby:memory:analysis-" + UUID.randomUUID() + ";create=true");
        IndicatorSetRegistry registry = IndicatorSetRegistry.getDefault();
        new DemoLoader(store, registry).load();
        analysis = new CampaignAnalysis(store, registry, TODAY);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    private static Recommendation molokovoK11(Analysis analysed) {
        return analysed.getRecommendations().stream()
                .filter(r -> "K1_1".equals(r.getIndicatorCode()) && "TVR-MOL".equals(r.getMunicipalityCode()))
                .findFirst().orElseThrow();
    }

    @Test
    void anAnalysisIsStoredWithRanksProblemsAndRecommendations() throws Exception {
        Analysis analysed = analysis.refresh(TVER, null);

        assertEquals(TODAY, analysed.getCreatedOn());
        assertFalse(analysed.getResults().isEmpty());
        assertTrue(analysed.getResults().stream().anyMatch(r -> "TVR-ZHA".equals(r.getUnitCode())
                && "K1_1".equals(r.getIndicatorCode()) && Integer.valueOf(1).equals(r.getRank())),
                "100 % in Жарковский ranks first");
        assertTrue(analysed.getProblems().stream().anyMatch(p -> p.getKind() == ProblemKind.ZERO_COVERAGE
                && "TVR-MOL".equals(p.getUnitCode())));
        assertTrue(analysed.getRecommendations().stream().allMatch(r -> r.getProblem() != null));
        assertEquals(analysed.getRecommendations().size(),
                store.analyses().load(TVER).orElseThrow().getRecommendations().size());
    }

    @Test
    void whatUsersDidSurvivesANewAnalysisAndStaleDraftsGo() throws Exception {
        Analysis first = analysis.refresh(TVER, null);
        int edited = first.getRecommendations().indexOf(molokovoK11(first)) + 1;
        store.analyses().updateRecommendation(TVER, edited,
                new RecommendationEdit(RecommendationStatus.ADOPTED, "Провести выездное совещание", null, null), "ivanova");
        Analysis stored = store.analyses().load(TVER).orElseThrow();
        Decision protocol = ProfmonitorFactory.eINSTANCE.createDecision();
        protocol.setKind(DecisionKind.PROTOCOL);
        protocol.setNumber("1");
        protocol.getAdoptedRecommendations().add(stored.getRecommendations().get(edited - 1));
        stored.getDecisions().add(protocol);
        store.analyses().save(TVER, stored);
        int draftsOfMolokovo = (int) first.getRecommendations().stream()
                .filter(r -> "TVR-MOL".equals(r.getMunicipalityCode())).count();

        // Молоковский's schools now cover every student: its zero-coverage problems are gone
        List<ValueChange> changes = new ArrayList<>();
        List<StoredValue> values = store.values().values(TVER);
        for (StoredValue value : values) {
            if (value.organisationCode().startsWith("TVR-MOL-") && value.elementCode().startsWith("BVB_")) {
                String students = value.elementCode().replace("BVB_", "STUD_");
                values.stream().filter(v -> v.organisationCode().equals(value.organisationCode())
                        && v.elementCode().equals(students)).findFirst()
                        .ifPresent(v -> changes.add(ValueChange.of(v.organisationCode(), value.elementCode(), v.value())));
            }
        }
        assertFalse(changes.isEmpty(), "the demo has Молоковский's coverage figures");
        store.values().applyValues(TVER, changes, "ivanova", "test");

        Analysis second = analysis.refresh(TVER, null);

        Recommendation kept = second.getRecommendations().stream()
                .filter(r -> "Провести выездное совещание".equals(r.getAction())).findFirst().orElseThrow();
        assertEquals(RecommendationStatus.ADOPTED, kept.getStatus());
        assertNull(kept.getProblem(), "its problem is no longer found, the adopted recommendation stays");
        assertTrue(second.getProblems().stream().noneMatch(p -> p.getKind() == ProblemKind.ZERO_COVERAGE
                && "TVR-MOL".equals(p.getUnitCode()) && "K1_1".equals(p.getIndicatorCode())));
        long molokovoNow = second.getRecommendations().stream().filter(r -> "TVR-MOL".equals(r.getMunicipalityCode()))
                .count();
        assertTrue(molokovoNow < draftsOfMolokovo, "untouched drafts of the solved problems are gone");
        assertEquals(1, second.getDecisions().size());
        assertEquals(List.of(kept), List.copyOf(second.getDecisions().get(0).getAdoptedRecommendations()),
                "the protocol still adopts the same recommendation");
    }
}
