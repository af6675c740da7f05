package org.profmonitor.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.profmonitor.model.AddresseeKind;
import org.profmonitor.model.Analysis;
import org.profmonitor.model.ProblemKind;
import org.profmonitor.model.Recommendation;
import org.profmonitor.model.RecommendationStatus;
import org.profmonitor.model.UnitLevel;

class RecommendationDrafterTest {

    private final Fixture fixture = new Fixture();

    private List<Recommendation> drafts() {
        Analysis analysis = new AnalysisBuilder(ProblemRules.builtIn()).build(fixture.input(), List.of());
        return analysis.getRecommendations();
    }

    @Test
    void aNamedMunicipalityGetsOneRecommendationPerMunicipalityBelowPlanWithItsFigures() {
        fixture.template(ProblemKind.BELOW_TARGET, AddresseeKind.NAMED_MUNICIPALITY,
                "Школам ({municipality}): охват {value} {unit} при плане {target} {unit}.",
                "до 01.05 года проведения мониторинга");

        List<Recommendation> drafts = drafts();

        assertEquals(2, drafts.size(), "M1 and M2; the region's own shortfall is not a municipality's");
        Recommendation m1 = drafts.get(0);
        assertEquals("Школам (M1): охват 75,0 % при плане 100,0 %.", m1.getAction());
        assertEquals("M1", m1.getAddressee());
        assertEquals("M1", m1.getMunicipalityCode());
        assertNull(m1.getOrganisationCode());
        assertEquals(LocalDate.of(2023, 5, 1), m1.getDeadline());
        assertEquals("до 01.05 года проведения мониторинга", m1.getDeadlineText());
        assertEquals("руководители ОО", m1.getResponsible());
        assertEquals(RecommendationStatus.DRAFT, m1.getStatus());
        assertEquals("TESTED", m1.getIndicatorCode());
        assertEquals(UnitLevel.MUNICIPALITY, m1.getProblem().getUnitLevel());
        assertEquals("M1", m1.getProblem().getUnitCode());
        assertEquals("Школам (M2): охват 0,0 % при плане 100,0 %.", drafts.get(1).getAction());
    }

    @Test
    void aNamedOrganisationGetsItsOwn() {
        fixture.template(ProblemKind.ZERO_COVERAGE, AddresseeKind.NAMED_ORGANISATION,
                "Директору {organisation}: организовать тестирование (охват {value} {unit}).",
                "в течение следующего учебного года");

        List<Recommendation> drafts = drafts();

        assertEquals(List.of("C", "D"), drafts.stream().map(Recommendation::getOrganisationCode).toList());
        assertEquals("Директору C: организовать тестирование (охват 0,0 %).", drafts.get(0).getAction());
        assertEquals("M2", drafts.get(0).getMunicipalityCode());
        assertEquals(LocalDate.of(2024, 8, 31), drafts.get(0).getDeadline());
    }

    @Test
    void silentSchoolsAreNamedToTheirMunicipalitysDepartment() {
        fixture.template(ProblemKind.NOT_REPORTED, AddresseeKind.MUNICIPAL_DEPARTMENTS,
                "Управлению образования ({municipality}): обеспечить представление {organisation} данных.",
                "в течение 5 рабочих дней");

        List<Recommendation> drafts = drafts();

        assertEquals(1, drafts.size());
        assertEquals("Управлению образования (M3): обеспечить представление E данных.", drafts.get(0).getAction());
        assertEquals("Муниципальный орган управления образованием: M3", drafts.get(0).getAddressee());
        assertEquals(LocalDate.of(2023, 3, 10), drafts.get(0).getDeadline(), "five working days after 03.03.2023");
    }

    @Test
    void theMinistryGetsOneForTheRegionWithLastYearAsTheLevelToRegain() {
        fixture.template(ProblemKind.FELL_AGAINST_PREVIOUS, AddresseeKind.MINISTRY,
                "Рассмотреть «{indicator}»: {value} {unit}, в прошлом году {target} {unit} (снижение: {municipality}).",
                "в течение месяца после приказа об итогах мониторинга");

        List<Recommendation> drafts = drafts();

        assertEquals(1, drafts.size());
        Recommendation ministry = drafts.get(0);
        assertEquals("Рассмотреть «Доля протестированных»: 33,3 %, в прошлом году 40,0 % (снижение: M1).",
                ministry.getAction());
        assertEquals("Региональный орган управления образованием (министерство)", ministry.getAddressee());
        assertSame(UnitLevel.REGION, ministry.getProblem().getUnitLevel());
        assertNull(ministry.getDeadline(), "the order is not issued yet: the text stays, the date is the user's");
    }
}
