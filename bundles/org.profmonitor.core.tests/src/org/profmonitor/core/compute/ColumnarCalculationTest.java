package org.profmonitor.core.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.profmonitor.model.DataElementType;
import org.profmonitor.model.Direction;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.UnitLevel;

/**
 * The calculator's compiled, columnar path must give exactly the interpreter's values, plans and
 * verdicts, for every indicator and unit of a generated region, and again after edits.
 */
class ColumnarCalculationTest {

    private static final String YEAR = "2022/23";
    private static final String[] ELEMENTS = { "STUD", "BVB", "GRAD", "VUZ", "SPO", "PLAN", "ENT", "HOURS" };

    private final SplittableRandom random = new SplittableRandom(17);
    private final IndicatorSet set = Models.set("generated");
    private final List<Indicator> indicators = new ArrayList<>();
    private final Units units;

    ColumnarCalculationTest() {
        for (String element : ELEMENTS) {
            Models.element(set, element, element.equals("PLAN") || element.equals("ENT") ? DataElementType.FLAG
                    : element.equals("HOURS") ? DataElementType.NUMBER : DataElementType.COUNT);
        }
        add("K1", "share(BVB, STUD)", Direction.HIGHER_IS_BETTER).getTargets().get(0).setMunicipalityCode("M2");
        Models.value(indicators.get(0), 20);
        Models.notBelowPrevious(add("K2", "share(VUZ + SPO, GRAD)", Direction.HIGHER_IS_BETTER));
        add("K3", "sum(VUZ)", Direction.LOWER_IS_BETTER);
        add("K4", "orgshare(PLAN = 1)", Direction.HIGHER_IS_BETTER).getTargets().get(0).setAcademicYear("2021/22");
        add("K5", "count(ENT = 1 and not PLAN = 0)", Direction.NEUTRAL);
        Models.notBelowPrevious(add("K6", "@K1 - prev(@K1)", Direction.HIGHER_IS_BETTER));
        add("K7", "sum(HOURS / STUD)", Direction.HIGHER_IS_BETTER);
        add("K8", "share(sum(VUZ), sum(GRAD))", Direction.HIGHER_IS_BETTER);
        add("K9", "sum(no_such_element)", Direction.HIGHER_IS_BETTER);
        add("K10", "share(VUZ", Direction.HIGHER_IS_BETTER);
        add("K11", "@K3 / @K5", Direction.HIGHER_IS_BETTER);
        List<String[]> municipalities = new ArrayList<>();
        int organisation = 0;
        for (int m = 1; m <= 6; m++) {
            String[] codes = new String[1 + 1 + random.nextInt(9)];
            codes[0] = "M" + m;
            for (int i = 1; i < codes.length; i++) {
                codes[i] = "O" + organisation++;
            }
            municipalities.add(codes);
        }
        units = new Units(Models.directory("R", municipalities.toArray(String[][]::new)));
    }

    private Indicator add(String code, String formula, Direction direction) {
        Indicator indicator = Models.indicator(set, code, formula, direction);
        Models.value(indicator, 10 + random.nextInt(60));
        indicators.add(indicator);
        return indicator;
    }

    @Test
    void everyIndicatorForEveryUnitIsTheInterpretersValue() {
        for (int round = 0; round < 10; round++) {
            CampaignValues now = figures();
            CampaignValues before = round % 3 == 0 ? null : figures();
            assertSameEverywhere(new InterpretedCalculator(set, YEAR, now, before),
                    new IndicatorCalculator(set, YEAR, now, before), "round " + round);
        }
    }

    @Test
    void anEditedCalculatorIsAFreshCalculatorOverTheChangedFigures() {
        CampaignValues now = figures();
        CampaignValues before = figures();
        IndicatorCalculator calculator = new IndicatorCalculator(set, YEAR, now, before);
        calculator.computeAll(units.all()); // fills the caches the edited calculators reuse
        for (int edit = 0; edit < 30; edit++) {
            String organisation = "O" + random.nextInt(60); // some are not in the directory
            String element = ELEMENTS[random.nextInt(ELEMENTS.length)];
            Double value = random.nextInt(5) == 0 ? null : (double) random.nextInt(40);
            calculator = calculator.edited(organisation, element, value);
            now = now.with(organisation, element, value);
            assertEquals(value, now.value(organisation, element));
            assertSameEverywhere(new InterpretedCalculator(set, YEAR, now, before), calculator, "edit " + edit);
        }
    }

    @Test
    void aUnitListingAnOrganisationTwiceCountsItOnce() {
        CampaignValues now = figures();
        Unit twice = new Unit(UnitLevel.MUNICIPALITY, "M1", "M1", "M1", List.of("O0", "O1", "O0", "O99"));
        InterpretedCalculator expected = new InterpretedCalculator(set, YEAR, now, null);
        IndicatorCalculator actual = new IndicatorCalculator(set, YEAR, now, null);
        for (Indicator indicator : indicators) {
            assertEquals(expected.compute(indicator, twice), actual.compute(indicator, twice), indicator.getCode());
        }
    }

    @Test
    void theParallelTablesAreTheSequentialOnesAndTheOneByOneValues() {
        CampaignValues now = figures();
        CampaignValues before = figures();
        List<Unit> all = units.all();
        List<IndicatorResults> parallel = new IndicatorCalculator(set, YEAR, now, before).compute(indicators, all);
        IndicatorCalculator sequential = new IndicatorCalculator(set, YEAR, now, before);
        IndicatorCalculator oneByOne = new IndicatorCalculator(set, YEAR, now, before);
        assertEquals(indicators.size(), parallel.size());
        for (int k = 0; k < indicators.size(); k++) {
            Indicator indicator = indicators.get(k);
            IndicatorResults table = parallel.get(k);
            IndicatorResults alone = sequential.compute(indicator, all);
            assertSame(indicator, table.indicator());
            assertEquals(alone, table, indicator.getCode());
            for (int i = 0; i < all.size(); i++) {
                IndicatorValue value = oneByOne.compute(indicator, all.get(i));
                String what = indicator.getCode() + " for " + all.get(i).code();
                assertEquals(value, table.get(i), what);
                assertSame(all.get(i), table.unit(i), what);
                // the table's own numbers say what its objects say
                assertEquals(value.value() != null, table.hasValue(i), what);
                assertEquals(value.value() == null ? Double.NaN : value.value(), table.value(i), what);
                assertEquals(value.reached(), table.reached(i), what);
            }
        }
    }

    @Test
    void aTableIsUnmodifiable() {
        IndicatorResults table = new IndicatorCalculator(set, YEAR, figures(), null).compute(indicators.get(0),
                units.all());
        assertThrows(UnsupportedOperationException.class, () -> table.add(table.get(0)));
        assertThrows(UnsupportedOperationException.class, () -> table.remove(0));
    }

    private void assertSameEverywhere(InterpretedCalculator expected, IndicatorCalculator actual, String when) {
        List<Unit> all = units.all();
        List<IndicatorValue> values = actual.computeAll(all);
        int i = 0;
        for (Indicator indicator : indicators) {
            for (Unit unit : all) {
                assertEquals(expected.compute(indicator, unit), values.get(i++),
                        indicator.getCode() + " for " + unit.code() + ", " + when);
            }
        }
        assertEquals(i, values.size());
    }

    private CampaignValues figures() {
        Map<String, Map<String, Double>> figures = new LinkedHashMap<>();
        for (int o = 0; o < 60; o++) {
            if (random.nextInt(8) == 0) {
                continue;
            }
            Map<String, Double> own = new HashMap<>();
            for (String element : ELEMENTS) {
                if (random.nextInt(7) == 0) {
                    continue;
                }
                double value = element.equals("PLAN") || element.equals("ENT") ? random.nextInt(2)
                        : element.equals("HOURS") ? random.nextInt(100) / 8.0 : random.nextInt(50);
                own.put(element, value);
            }
            figures.put("O" + o, own);
        }
        return CampaignValues.of(figures);
    }
}
