package org.profmonitor.region.penza.tests;

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
            penza-bessonovka-2020-21 | P5_1 | PNZ-BES | 4201 |  | 4201 | none | 1: 4201 учащихся
            penza-bessonovka-2020-21 | P7_1 | PNZ-BES | 8 |  | 8 | none | 2: 8 договоров
            penza-bessonovka-2020-21 | P7_2 | PNZ-BES | 2 |  | 2 | none | 3: 2 соглашения
            penza-bessonovka-2020-21 | P7_3 | PNZ-BES | 10 |  | 10 | none | 4: 8 договоров и 2 соглашения
            penza-bessonovka-2020-21 | P7_4 | PNZ-BES | 7 | 14 | 50,0 % | no | 6: —
            penza-bessonovka-2020-21 | P5_2 | PNZ-BES | 4201 | 4763 | 88,2 % | yes | 7: —
            """)
    void goldenFigure(String campaign, String indicator, String unit, double numerator, Double denominator,
            String shown, String reached, String goldenRow) throws IOException {
        GoldenFigures.assertGolden(RegionData.REGION, campaign, indicator, unit, numerator, denominator, shown,
                reached, goldenRow);
    }

    @Test
    void bessonovskyDistrictFiguresAsSeed001StatesThem() throws IOException {
        String campaign = "penza-bessonovka-2020-21";
        IndicatorValue proektoria = RegionData.REGION.compute(campaign, "P5_1", "PNZ-BES");
        assertTrue(proektoria.unit().name().startsWith("Бессоновский"), proektoria.unit().name());
        assertEquals("4201", FORMAT.format(proektoria.result()));
        assertEquals(8.0, RegionData.REGION.compute(campaign, "P7_1", "PNZ-BES").value(), "contracts");
        assertEquals(2.0, RegionData.REGION.compute(campaign, "P7_2", "PNZ-BES").value(), "agreements");
        assertEquals(10.0, RegionData.REGION.compute(campaign, "P7_3", "PNZ-BES").value(), "8 + 2");
        assertTrue(RegionData.REGION.compute(campaign, "P2_1", "PNZ-BES").value() > 2500, "more than 2500 students");
    }
}
