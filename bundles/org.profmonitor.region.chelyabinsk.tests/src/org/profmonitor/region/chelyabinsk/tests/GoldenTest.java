package org.profmonitor.region.chelyabinsk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.core.formula.FormulaFormat;
import org.profmonitor.region.testing.GoldenFigures;

/**
 * Every figure of {@code data/GOLDEN.md} of the region bundle, computed from the demo data through
 * the registry, the directory and the indicators' formulas: numerator, denominator, the value as
 * the reports show it, and whether the plan is reached ("none": the indicator has no plan for the
 * unit; empty: not asserted). The last column is the row of GOLDEN.md and what the seed says.
 */
class GoldenTest {

    private static final FormulaFormat FORMAT = GoldenFigures.FORMAT;

    @ParameterizedTest(name = "{1} {2} = {5} (GOLDEN.md {7})")
    @CsvSource(delimiter = '|', textBlock = """
            chelyabinsk-2022-23 | C1_DO | CHL-NZP | 240 | 600 | 40,0 % | no | 1: 40 % (плановые значения не достигнуты)
            chelyabinsk-2022-23 | C1_NOO | CHL-NZP | 512 | 640 | 80,0 % | yes | 2: 80 % (плановые значения достигнуты)
            chelyabinsk-2022-23 | C1_OOO | CHL-NZP | 560 | 800 | 70,0 % | no | 3: 70 % (плановые значения не достигнуты)
            chelyabinsk-2022-23 | C1_SOO | CHL-NZP | 96 | 120 | 80,0 % | yes | 4: 80 % (плановые значения достигнуты)
            chelyabinsk-2022-23 | C2_DIAG_OOO | CHL-NZP | 336 | 800 | 42,0 % | no | 5: низкая доля (проблема 2)
            chelyabinsk-2022-23 | C2_TRIAL_OOO | CHL-NZP | 72 | 800 | 9,0 % | no | 6: низкая доля (проблема 4)
            chelyabinsk-2022-23 | C2_TRIAL_SOO | CHL-NZP | 20 | 120 | 16,7 % | no | 7: низкая доля (проблема 5)
            chelyabinsk-2022-23 | C3_DOP_COV | CHL-NZP | 160 | 700 | 22,9 % | no | 8: низкая доля (проблема 6)
            chelyabinsk-2022-23 | C3_DOP_MENTEE | CHL-NZP | 30 | 700 | 4,3 % | no | 9: низкая доля (проблема 7)
            chelyabinsk-2022-23 | C1_DO_OVZ | CHL-NZP | 6 | 30 | 20,0 % | no | 10: — (входит в 40 %)
            chelyabinsk-2022-23 | C1_NOO_OVZ | CHL-NZP | 24 | 31 | 77,4 % | yes | 11: — (входит в 80 %)
            chelyabinsk-2022-23 | C1_OOO_OVZ | CHL-NZP | 23 | 43 | 53,5 % | no | 12: — (входит в 70 %)
            chelyabinsk-2022-23 | C4_CONCEPT | CHL-NZP | 7 | 13 | 53,8 % | no | 13: — (рекомендация: разработать Концепцию)
            """)
    void goldenFigure(String campaign, String indicator, String unit, double numerator, Double denominator,
            String shown, String reached, String goldenRow) throws IOException {
        GoldenFigures.assertGolden(RegionData.REGION, campaign, indicator, unit, numerator, denominator, shown,
                reached, goldenRow);
    }

    @Test
    void nyazepetrovskyDistrictCoverageByLevelAsSeed003StatesIt() throws IOException {
        String[][] expected = { { "C1_DO", "40,0 %", "false" }, { "C1_NOO", "80,0 %", "true" },
                { "C1_OOO", "70,0 %", "false" }, { "C1_SOO", "80,0 %", "true" } };
        for (String[] row : expected) {
            IndicatorValue value = RegionData.REGION.compute("chelyabinsk-2022-23", row[0], "CHL-NZP");
            assertTrue(value.unit().name().startsWith("Нязепетровский"), value.unit().name());
            assertEquals(row[1], FORMAT.format(value.result()), row[0]);
            assertEquals(Boolean.valueOf(row[2]), value.reached(), row[0] + " plan reached");
        }
    }
}
