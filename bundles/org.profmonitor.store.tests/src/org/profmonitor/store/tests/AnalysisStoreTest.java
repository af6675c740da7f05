/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.profmonitor.model.AddresseeKind;
import org.profmonitor.model.Analysis;
import org.profmonitor.model.Decision;
import org.profmonitor.model.DecisionKind;
import org.profmonitor.model.IndicatorResult;
import org.profmonitor.model.Problem;
import org.profmonitor.model.ProblemKind;
import org.profmonitor.model.ProfmonitorFactory;
import org.profmonitor.model.Recommendation;
import org.profmonitor.model.RecommendationStatus;
import org.profmonitor.model.UnitLevel;
import org.profmonitor.store.RecommendationChange;
import org.profmonitor.store.RecommendationEdit;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;
import org.profmonitor.store.StoreLocation;

/** Seed 003, Нязепетровский район 2022: coverage 40 % at preschool level, plan not reached. */
class AnalysisStoreTest {

    /**
     * @return a new, empty database of the system under test: Derby in memory here, PostgreSQL in
     *         {@code AnalysisStoreOnPostgreSqlTest}, which runs this same class
     */
    StoreLocation database() {
        return TestDatabases.memory();
    }

    private static final String CAMPAIGN = "nyazepetrovsk-2022";
    private static final ProfmonitorFactory FACTORY = ProfmonitorFactory.eINSTANCE;

    private static Analysis analysis() {
        Analysis analysis = FACTORY.createAnalysis();
        analysis.setCreatedOn(LocalDate.of(2023, 1, 20));
        analysis.getResults().add(result("coverage_preschool", 40.0, 100.0, false, 1));
        IndicatorResult noData = result("coverage_primary", null, null, null, null);
        noData.setDenominator(0.0);
        analysis.getResults().add(noData);

        Problem problem = FACTORY.createProblem();
        problem.setKind(ProblemKind.BELOW_TARGET);
        problem.setIndicatorCode("coverage_preschool");
        problem.setUnitLevel(UnitLevel.MUNICIPALITY);
        problem.setUnitCode("nyazepetrovsk");
        problem.setDescription("Охват дошкольников мероприятиями 40 %, плановое значение не достигнуто");
        analysis.getProblems().add(problem);

        Recommendation preschools = recommendation(AddresseeKind.ALL_PRESCHOOLS, "Включить профориентацию в планы");
        preschools.setProblem(problem);
        preschools.setDeadline(LocalDate.of(2023, 9, 1));
        Recommendation department = recommendation(AddresseeKind.MUNICIPAL_DEPARTMENTS, "Провести семинар");
        department.setDeadlineText("в течение учебного года");
        analysis.getRecommendations().add(preschools);
        analysis.getRecommendations().add(department);

        Decision protocol = FACTORY.createDecision();
        protocol.setKind(DecisionKind.PROTOCOL);
        protocol.setNumber("3");
        protocol.setDate(LocalDate.of(2023, 1, 27));
        protocol.getAdoptedRecommendations().add(department);
        analysis.getDecisions().add(protocol);
        return analysis;
    }

    private static IndicatorResult result(String indicator, Double value, Double target, Boolean reached, Integer rank) {
        IndicatorResult result = FACTORY.createIndicatorResult();
        result.setIndicatorCode(indicator);
        result.setUnitLevel(UnitLevel.MUNICIPALITY);
        result.setUnitCode("nyazepetrovsk");
        result.setNumerator(value == null ? null : 120.0);
        result.setDenominator(value == null ? null : 300.0);
        result.setValue(value);
        result.setTarget(target);
        result.setReached(reached);
        result.setRank(rank);
        return result;
    }

    private static Recommendation recommendation(AddresseeKind kind, String action) {
        Recommendation recommendation = FACTORY.createRecommendation();
        recommendation.setAddresseeKind(kind);
        recommendation.setAction(action);
        recommendation.setResponsible("Управление образования");
        recommendation.setStatus(RecommendationStatus.DRAFT);
        return recommendation;
    }

    @Test
    void anAnalysisComesBackWithItsLinks() throws Exception {
        try (Store store = Store.open(database())) {
            store.campaigns().save(TestDatabases.campaign(CAMPAIGN));
            store.analyses().save(CAMPAIGN, analysis());

            Analysis loaded = store.analyses().load(CAMPAIGN).orElseThrow();
            assertEquals(LocalDate.of(2023, 1, 20), loaded.getCreatedOn());
            assertEquals(2, loaded.getResults().size());
            IndicatorResult preschool = loaded.getResults().get(0);
            assertEquals(40.0, preschool.getValue());
            assertEquals(120.0, preschool.getNumerator());
            assertEquals(Boolean.FALSE, preschool.getReached());
            assertEquals(1, preschool.getRank());
            IndicatorResult noData = loaded.getResults().get(1);
            assertNull(noData.getValue(), "no data stays no data, not 0");
            assertNull(noData.getReached());
            assertEquals(0.0, noData.getDenominator());
            assertNull(noData.getDisaggregation());

            Problem problem = loaded.getProblems().get(0);
            assertEquals(ProblemKind.BELOW_TARGET, problem.getKind());
            Recommendation preschools = loaded.getRecommendations().get(0);
            Recommendation department = loaded.getRecommendations().get(1);
            assertSame(problem, preschools.getProblem());
            assertNull(department.getProblem());
            assertEquals(LocalDate.of(2023, 9, 1), preschools.getDeadline());
            assertEquals("в течение учебного года", department.getDeadlineText());
            Decision protocol = loaded.getDecisions().get(0);
            assertEquals(1, protocol.getAdoptedRecommendations().size());
            assertSame(department, protocol.getAdoptedRecommendations().get(0));
        }
    }

    @Test
    void aRecommendationsStatusIsTracked() throws Exception {
        try (Store store = Store.open(database())) {
            store.campaigns().save(TestDatabases.campaign(CAMPAIGN));
            store.analyses().save(CAMPAIGN, analysis());

            store.analyses().updateRecommendationStatus(CAMPAIGN, 2, RecommendationStatus.ADOPTED, "ivanova");

            Analysis loaded = store.analyses().load(CAMPAIGN).orElseThrow();
            assertEquals(RecommendationStatus.DRAFT, loaded.getRecommendations().get(0).getStatus());
            assertEquals(RecommendationStatus.ADOPTED, loaded.getRecommendations().get(1).getStatus());
            StoreException unknown = assertThrows(StoreException.class, () -> store.analyses()
                    .updateRecommendationStatus(CAMPAIGN, 3, RecommendationStatus.DONE, "ivanova"));
            assertTrue(unknown.getMessage().contains("№ 3"), unknown.getMessage());
        }
    }

    @Test
    void anEditChangesOnlyTheGivenFieldsAndKeepsWhoAndWhenInTheHistory() throws Exception {
        StoreLocation location = database();
        try (Store store = Store.open(location)) {
            store.campaigns().save(TestDatabases.campaign(CAMPAIGN));
            store.analyses().save(CAMPAIGN, analysis());
            String responsibleBefore = store.analyses().load(CAMPAIGN).orElseThrow().getRecommendations().get(0)
                    .getResponsible();

            List<RecommendationChange> changes = store.analyses().updateRecommendation(CAMPAIGN, 1,
                    new RecommendationEdit(RecommendationStatus.IN_PROGRESS, "Провести семинар",
                            LocalDate.of(2023, 5, 1), null), "petrova");

            assertEquals(List.of("status", "action", "deadline"), changes.stream().map(RecommendationChange::field).toList());
            Recommendation edited = store.analyses().load(CAMPAIGN).orElseThrow().getRecommendations().get(0);
            assertEquals(RecommendationStatus.IN_PROGRESS, edited.getStatus());
            assertEquals("Провести семинар", edited.getAction());
            assertEquals(LocalDate.of(2023, 5, 1), edited.getDeadline());
            assertEquals(responsibleBefore, edited.getResponsible());
            List<RecommendationChange> history = store.analyses().recommendationHistory(CAMPAIGN);
            assertEquals(3, history.size());
            assertEquals("DRAFT", history.get(0).oldValue());
            assertEquals("IN_PROGRESS", history.get(0).newValue());
            assertEquals("petrova", history.get(0).changedBy());

            // the same edit again changes nothing and writes no history
            assertTrue(store.analyses().updateRecommendation(CAMPAIGN, 1, new RecommendationEdit(
                    RecommendationStatus.IN_PROGRESS, "Провести семинар", null, null), "petrova").isEmpty());
            // a new analysis replaces the recommendations but not the history
            store.analyses().save(CAMPAIGN, analysis());
            assertEquals(3, store.analyses().recommendationHistory(CAMPAIGN).size());
        }
    }

    @Test
    void savingReplacesAndAFailedSaveKeepsThePreviousAnalysis() throws Exception {
        StoreLocation location = database();
        try (Store store = Store.open(location)) {
            store.campaigns().save(TestDatabases.campaign(CAMPAIGN));
            store.analyses().save(CAMPAIGN, analysis());
            Analysis smaller = FACTORY.createAnalysis();
            smaller.getResults().add(result("coverage_basic", 70.0, 100.0, false, 2));
            store.analyses().save(CAMPAIGN, smaller);
            assertEquals(1, TestDatabases.count(location, "INDICATOR_RESULT"));
            assertEquals(0, TestDatabases.count(location, "RECOMMENDATION"));
            assertEquals(0, TestDatabases.count(location, "DECISION_RECOMMENDATION"));

            String before = TestDatabases.dump(location);
            Analysis duplicate = analysis();
            // the same indicator and unit twice violates the results' unique key
            duplicate.getResults().add(result("coverage_preschool", 41.0, 100.0, false, 1));
            assertThrows(StoreException.class, () -> store.analyses().save(CAMPAIGN, duplicate));
            assertEquals(before, TestDatabases.dump(location));
        }
    }
}
