/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.profmonitor.core.compute.CampaignValues;
import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.generator.CountryCalculation;
import org.profmonitor.generator.GeneratorSettings;
import org.profmonitor.generator.SyntheticCountry;
import org.profmonitor.generator.SyntheticValues;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.UnitLevel;

class CountryCalculationTest {

    private final IndicatorSet set = TverSet.contribution().indicatorSet();
    private final SyntheticCountry country = new SyntheticCountry(new GeneratorSettings(3, 2, 5, 2, 3));
    private final SyntheticValues values = new SyntheticValues(country, set);

    private CampaignValues campaign(int number) {
        Map<String, Map<String, Double>> figures = new HashMap<>();
        values.forEachValue(number, (organisation, element, disaggregation, value) -> figures
                .computeIfAbsent(organisation, key -> new HashMap<>()).put(element, value));
        return CampaignValues.of(figures);
    }

    @Test
    void everyLevelFromTheOrganisationToTheCountry() {
        CountryCalculation calculation = new CountryCalculation(set, country.regions());
        Map<UnitLevel, Integer> perLevel = new HashMap<>();
        calculation.units().forEach(unit -> perLevel.merge(unit.level(), 1, Integer::sum));
        assertEquals(Map.of(UnitLevel.ORGANISATION, 30, UnitLevel.MUNICIPALITY, 6, UnitLevel.REGION, 3,
                UnitLevel.COUNTRY, 1), perLevel);
        assertEquals(30, calculation.units().get(calculation.units().size() - 1).organisationCodes().size());
    }

    /* K1_4 = sum(PRK): the country's figure is the sum of its regions', which are their organisations'. */
    @Test
    void sumsAddUpLevelByLevel() {
        List<IndicatorValue> computed = new ArrayList<>();
        CountryCalculation.Summary summary = new CountryCalculation(set, country.regions()).run("2022/23", campaign(1),
                campaign(0), computed::add);
        int indicators = set.getCriteria().stream().mapToInt(c -> c.getIndicators().size()).sum();
        assertEquals((long) indicators * (30 + 6 + 3 + 1), summary.values());
        assertEquals(computed.size(), summary.values());
        Map<UnitLevel, Double> totals = new HashMap<>();
        for (IndicatorValue value : computed) {
            if (value.indicator().getCode().equals("K1_4")) {
                totals.merge(value.unit().level(), value.value(), Double::sum);
            }
        }
        double organisations = totals.get(UnitLevel.ORGANISATION);
        assertTrue(organisations > 0);
        assertEquals(organisations, totals.get(UnitLevel.MUNICIPALITY), 1e-9);
        assertEquals(organisations, totals.get(UnitLevel.REGION), 1e-9);
        assertEquals(organisations, totals.get(UnitLevel.COUNTRY), 1e-9);
        assertTrue(summary.reached() + summary.notReached() > 0, "Tver's targets apply to 2022/23");
    }

    @Test
    void municipalitiesAreRankedBestFirst() {
        CountryCalculation.Summary summary = new CountryCalculation(set, country.regions()).run("2022/23", campaign(1),
                null, null);
        List<String> ranking = summary.rankings().get("K1_4");
        assertEquals(6, ranking.size());
        Map<String, Double> byMunicipality = new HashMap<>();
        values.forEachValue(1, (organisation, element, disaggregation, value) -> {
            if (element.equals("PRK")) {
                byMunicipality.merge(organisation.substring(0, 7), value, Double::sum);
            }
        });
        for (int i = 1; i < ranking.size(); i++) {
            assertTrue(byMunicipality.get(ranking.get(i - 1)) >= byMunicipality.get(ranking.get(i)));
        }
    }
}
