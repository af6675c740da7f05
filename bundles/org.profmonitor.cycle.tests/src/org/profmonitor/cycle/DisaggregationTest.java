package org.profmonitor.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.eclipse.emf.common.util.URI;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.profmonitor.core.compute.DisaggregatedValue;
import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.core.indicators.IndicatorSetContribution;
import org.profmonitor.core.indicators.Origin;
import org.profmonitor.model.CampaignStatus;
import org.profmonitor.model.Criterion;
import org.profmonitor.model.DataElement;
import org.profmonitor.model.DataElementType;
import org.profmonitor.model.Direction;
import org.profmonitor.model.Directory;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.Municipality;
import org.profmonitor.model.Organisation;
import org.profmonitor.model.ProfmonitorFactory;
import org.profmonitor.model.Region;
import org.profmonitor.model.UnitLevel;
import org.profmonitor.store.CampaignInfo;
import org.profmonitor.store.Store;
import org.profmonitor.store.ValueChange;

/**
 * An indicator that names a disaggregation («ОВЗ», students with disabilities) is computed over
 * that disaggregation's figures too, beside its total, at every level; indicators that do not
 * name it are not.
 */
class DisaggregationTest {

    private static final ProfmonitorFactory FACTORY = ProfmonitorFactory.eINSTANCE;

    @Test
    void theDisabledStudentsShareIsComputedFromTheirOwnFigures() throws Exception {
        IndicatorSet set = FACTORY.createIndicatorSet();
        set.setId("ovz-test");
        Criterion criterion = FACTORY.createCriterion();
        criterion.setCode("K");
        set.getCriteria().add(criterion);
        for (String code : List.of("COVERED", "STUDENTS")) {
            DataElement element = FACTORY.createDataElement();
            element.setCode(code);
            element.setType(DataElementType.COUNT);
            set.getDataElements().add(element);
        }
        Indicator covered = indicator(criterion, "COVERED_SHARE");
        covered.getDisaggregations().add("ОВЗ");
        indicator(criterion, "PLAIN_SHARE");

        Directory directory = FACTORY.createDirectory();
        Region region = FACTORY.createRegion();
        region.setCode("R");
        directory.setRegion(region);
        Municipality municipality = FACTORY.createMunicipality();
        municipality.setCode("M");
        directory.getMunicipalities().add(municipality);
        for (String code : List.of("A", "B")) {
            Organisation organisation = FACTORY.createOrganisation();
            organisation.setCode(code);
            municipality.getOrganisations().add(organisation);
        }
        IndicatorSetContribution contribution = new IndicatorSetContribution("ovz-test", "test", "1", set, directory,
                List.of(), Origin.SHIPPED, URI.createURI("memory:ovz"));

        try (Store store = Store.open("jdbc:derby:memory:ovz-" + UUID.randomUUID() + ";create=true")) {
            CampaignInfo info = new CampaignInfo("c", "ovz-test", "t", "2022/23", null, null, null,
                    CampaignStatus.COLLECTING, null, null, null);
            store.campaigns().save(info);
            store.values().applyValues("c", List.of(ValueChange.of("A", "COVERED", 80), ValueChange.of("A", "STUDENTS", 100),
                    ValueChange.of("B", "COVERED", 20), ValueChange.of("B", "STUDENTS", 100),
                    new ValueChange("A", "COVERED", "ОВЗ", 3), new ValueChange("A", "STUDENTS", "ОВЗ", 4),
                    new ValueChange("B", "COVERED", "ОВЗ", 0), new ValueChange("B", "STUDENTS", "ОВЗ", 6)),
                    "test", "test");
            ResultCalculation calculation = new ResultCalculation(store, new CampaignContext(info, contribution));

            List<IndicatorValue> totals = calculation.compute(List.of(UnitLevel.MUNICIPALITY));
            List<DisaggregatedValue> ovz = calculation.computeDisaggregated(List.of());

            assertEquals(50.0, totals.get(0).value(), 1e-9, "100 of 200");
            assertEquals(4, ovz.size(), "A, B, M and R for the one indicator that names ОВЗ");
            assertEquals(List.of("COVERED_SHARE"), ovz.stream().map(v -> v.value().indicator().getCode()).distinct().toList());
            DisaggregatedValue m = ovz.stream().filter(v -> v.value().unit().code().equals("M")).findFirst().orElseThrow();
            assertEquals("ОВЗ", m.disaggregation());
            assertEquals(30.0, m.value().value(), 1e-9, "3 of 10 students with disabilities");
            assertEquals(3.0, m.value().result().numerator());
            assertEquals(10.0, m.value().result().denominator());
            assertEquals(75.0, ovz.get(0).value().value(), 1e-9, "A: 3 of 4");
            assertNull(ovz.get(0).value().previous(), "no previous campaign");
        }
    }

    private static Indicator indicator(Criterion criterion, String code) {
        Indicator indicator = FACTORY.createIndicator();
        indicator.setCode(code);
        indicator.setUnit("%");
        indicator.setDirection(Direction.HIGHER_IS_BETTER);
        indicator.setFormula("share(COVERED, STUDENTS)");
        criterion.getIndicators().add(indicator);
        return indicator;
    }
}
