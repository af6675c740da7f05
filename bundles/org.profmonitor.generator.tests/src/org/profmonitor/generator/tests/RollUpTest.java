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
import org.profmonitor.core.formula.FormulaResult;
import org.profmonitor.generator.CountryCalculation;
import org.profmonitor.generator.GeneratorSettings;
import org.profmonitor.generator.RollUp;
import org.profmonitor.generator.SyntheticCountry;
import org.profmonitor.generator.SyntheticValues;
import org.profmonitor.model.IndicatorSet;

/** The roll-up must give exactly the calculator's figures, before and after an edit. */
class RollUpTest {

    private static final String YEAR = "2022/23";

    private final IndicatorSet set = TverSet.contribution().indicatorSet();
    private final SyntheticCountry country = new SyntheticCountry(new GeneratorSettings(3, 4, 5, 2, 9));
    private final SyntheticValues values = new SyntheticValues(country, set);
    private final CountryCalculation calculation = new CountryCalculation(set, country.regions());

    private Map<String, Map<String, Double>> figures(int campaign) {
        Map<String, Map<String, Double>> figures = new HashMap<>();
        values.forEachValue(campaign, (organisation, element, disaggregation, value) -> figures
                .computeIfAbsent(organisation, key -> new HashMap<>()).put(element, value));
        return figures;
    }

    private static Map<String, IndicatorValue> byKey(List<IndicatorValue> list) {
        Map<String, IndicatorValue> map = new HashMap<>();
        list.forEach(value -> map.put(value.indicator().getCode() + '@' + value.unit().code(), value));
        return map;
    }

    private static void assertSame(IndicatorValue expected, IndicatorValue actual) {
        String what = expected.indicator().getCode() + '@' + expected.unit().code();
        assertResult(what, expected.result(), actual.result());
        assertResult(what + " previous", expected.previous(), actual.previous());
        assertEquals(expected.target(), actual.target(), what);
        assertEquals(expected.reached(), actual.reached(), what);
    }

    private static void assertResult(String what, FormulaResult expected, FormulaResult actual) {
        if (expected == null || actual == null) {
            assertEquals(expected, actual, what);
            return;
        }
        assertEquals(expected.status(), actual.status(), what);
        assertClose(what, expected.value(), actual.value());
        assertClose(what, expected.numerator(), actual.numerator());
        assertClose(what, expected.denominator(), actual.denominator());
    }

    private static void assertClose(String what, Double expected, Double actual) {
        if (expected == null || actual == null) {
            assertEquals(expected, actual, what);
        } else {
            assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)), what);
        }
    }

    @Test
    void everyValueAndRankingIsTheCalculators() {
        CampaignValues current = CampaignValues.of(figures(1));
        CampaignValues previous = CampaignValues.of(figures(0));
        List<IndicatorValue> expected = new ArrayList<>();
        CountryCalculation.Summary reference = calculation.run(YEAR, current, previous, expected::add);
        List<IndicatorValue> actual = new ArrayList<>();
        CountryCalculation.Summary summary = new RollUp(set, calculation.units(), YEAR).run(current, previous,
                actual::add);
        assertEquals(expected.size(), actual.size());
        Map<String, IndicatorValue> rolled = byKey(actual);
        expected.forEach(value -> assertSame(value, rolled.get(value.indicator().getCode() + '@' + value.unit().code())));
        assertEquals(reference, summary);
        assertTrue(summary.reached() > 0 && summary.notReached() > 0);
    }

    @Test
    void anEditGivesWhatAFullRecomputeGives() {
        Map<String, Map<String, Double>> now = figures(1);
        CampaignValues previous = CampaignValues.of(figures(0));
        RollUp rollUp = new RollUp(set, calculation.units(), YEAR);
        rollUp.run(CampaignValues.of(now), previous, null);
        for (String[] edit : new String[][] { { "R02-003-004", "PRK", "0" }, { "R02-003-004", "STUD_1_11", "5000" },
                { "R03-001-002", "ENTERPRISE", "0" }, { "R01-004-005", "BVB_6_9", "1" } }) {
            Map<String, Double> organisation = new HashMap<>(now.get(edit[0]));
            organisation.put(edit[1], Double.valueOf(edit[2]));
            now.put(edit[0], organisation);
            CampaignValues changed = CampaignValues.of(now);
            List<IndicatorValue> edited = rollUp.edit(changed, edit[0]);
            List<IndicatorValue> full = new ArrayList<>();
            CountryCalculation.Summary reference = calculation.run(YEAR, changed, previous, full::add);
            Map<String, IndicatorValue> expected = byKey(full);
            int indicators = set.getCriteria().stream().mapToInt(c -> c.getIndicators().size()).sum();
            assertEquals(indicators * 4, edited.size(), "the organisation, its municipality, region and the country");
            edited.forEach(value -> assertSame(expected.get(value.indicator().getCode() + '@' + value.unit().code()), value));
            reference.rankings().forEach((code, ranking) -> assertEquals(ranking, rollUp.ranking(code), code));
        }
    }
}
