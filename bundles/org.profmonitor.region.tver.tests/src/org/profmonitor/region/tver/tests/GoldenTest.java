package org.profmonitor.region.tver.tests;

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
            tver-2022-23 | M_1 | TVR-SON | 7 |  | 7 | none | 1: все 7 ОО
            tver-2022-23 | M_2 | TVR-SON | 7 | 7 | 100,0 % | yes | 2: во всех ОО
            tver-2022-23 | M_3 | TVR-SON | 5 | 7 | 71,4 % | no | 3: 71%
            tver-2022-23 | M_4 | TVR-SON | 4 |  | 4 | none | 4: 4 ОО из 7
            tver-2022-23 | M_5 | TVR-SON | 4 | 7 | 57,1 % | no | 5: 4 ОО из 7
            tver-2022-23 | K1_6 | TVR-SON | 7 | 7 | 100,0 % | yes | 6: все ОО участвуют
            tver-2022-23 | K1_3 | TVR-SON | 169 | 325 | 52,0 % | no | 7: 52%
            tver-2022-23 | K3_4 | TVR-SON | 14 | 22 | 63,6 % | none | 8: 14 из 22 (63,7%)
            tver-2022-23 | K3_9 | TVR-SON | 14 |  | 14 | none | 9: 14
            tver-2022-23 | K3_10 | TVR-SON | 13 |  | 13 | none | 10: 13 на бюджет
            tver-2022-23 | K3_6 | TVR-SON | 13 | 14 | 92,9 % | none | 11: 13 бюджет, 1 платно
            tver-2022-23 | K3_11 | TVR-SON | 7 |  | 7 | none | 12: 7
            tver-2022-23 | K3_12 | TVR-SON | 7 |  | 7 | none | 13: 7, все на бюджет
            tver-2022-23 | K3_5 | TVR-SON | 7 | 22 | 31,8 % | none | 14: 7 из 22
            tver-2022-23 | K3_2 | TVR-SON | 19 | 64 | 29,7 % | none | 15: 19 из 64
            tver-2022-23 | K3_1 | TVR-SON | 45 | 64 | 70,3 % | none | 16: 45 из 64
            tver-2022-23 | K1_1 | TVR-ZHA | 235 | 235 | 100,0 % | yes | 17: 100%
            tver-2022-23 | K1_1 | TVR-MOL | 0 | 150 | 0,0 % | no | 18: 0%
            tver-2022-23 | K1_2 | TVR-TRP | 42 | 42 | 100,0 % | yes | 19: 100%
            tver-2022-23 | K1_2 | TVR-ZAP | 57 | 57 | 100,0 % | yes | 20: 100%
            tver-2022-23 | K1_2 | TVR-FIR | 55 | 55 | 100,0 % | yes | 21: 100%
            tver-2022-23 | K1_2 | TVR-KSH | 78 | 78 | 100,0 % | yes | 22: 100%
            tver-2022-23 | K1_2 | TVR-KRH | 41 | 41 | 100,0 % | yes | 23: 100%
            tver-2022-23 | K1_2 | TVR-TOR | 146 | 146 | 100,0 % | yes | 24: 100%
            tver-2022-23 | K1_2 | TVR-AND | 65 | 65 | 100,0 % | yes | 25: 100%
            tver-2022-23 | K1_2 | TVR-SAN | 22 | 22 | 100,0 % | yes | 26: 100%
            tver-2022-23 | K1_2 | TVR-MOL | 0 | 19 | 0,0 % | no | 27: 0%
            tver-2022-23 | K1_2 | TVR-OST | 0 | 78 | 0,0 % | no | 28: 0%
            tver-2022-23 | K1_2 | TVR-SOL | 0 | 7 | 0,0 % | no | 29: 0%
            tver-2022-23 | K2_1 | TVR-KRH | 122 | 139 | 87,8 % | no | 30: ниже 100 % (назван в п. 2.4)
            tver-2022-23 | K2_1 | TVR-KUV | 83 | 97 | 85,6 % | no | 31: ниже 100 % (назван в п. 2.4)
            tver-2022-23 | K2_1 | TVR-SOL | 7 | 9 | 77,8 % | no | 32: ниже 100 % (назван в п. 2.4)
            tver-2022-23 | K2_1 | TVR-BEL | 66 | 78 | 84,6 % | no | 33: ниже 100 % (назван в п. 2.4)
            tver-2022-23 | K2_1 | TVR-KES | 90 | 112 | 80,4 % | no | 34: ниже 100 % (назван в п. 2.4)
            tver-2022-23 | K2_1 | TVR-OZR | 78 | 112 | 69,6 % | no | 35: ниже 100 % (назван в п. 2.4)
            tver-2022-23 | K2_1 | TVR-AND | 79 | 128 | 61,7 % | no | 36: ниже 100 % (назван в п. 2.4)
            tver-2022-23 | K2_1 | TVR-ZAP | 91 | 119 | 76,5 % | no | 37: ниже 100 % (назван в п. 2.4)
            tver-2022-23 | K2_1 | TVR-KIM | 205 | 254 | 80,7 % | no | 38: ниже 100 % (назван в п. 2.4)
            tver-2022-23 | K2_1 | TVR-FIR | 100 | 144 | 69,4 % | no | 39: ниже 100 % (назван в п. 2.4)
            tver-2022-23 | K2_1 | TVR-SON | 147 | 147 | 100,0 % | yes | 40: не назван в п. 2.4
            tver-2022-23 | K1_5 | TVR-MOL | 0 | 324 | 0,0 % | no | 41: назван в п. 1.3
            tver-2022-23 | K1_5 | TVR-MAK | 39 | 593 | 6,6 % | no | 42: назван в п. 1.3
            tver-2022-23 | M_4 | TVR-SPI-01 | 0 |  | 0 | none | 43: п. 3.1: активизировать работу с предприятиями
            tver-2022-23 | M_6 | TVR-SPI-03 | 8 | 35 | 22,9 % | no | 44: п. 3.2: усилить раннюю профориентацию 1–4
            tver-2022-23 | K1_3 | TVR | 9892 | 18370 | 53,8 % |  | 45: —
            tver-2022-23 | K2_1 | TVR | 7187 | 7458 | 96,4 % | no | 46: —
            """)
    void goldenFigure(String campaign, String indicator, String unit, double numerator, Double denominator,
            String shown, String reached, String goldenRow) throws IOException {
        GoldenFigures.assertGolden(RegionData.REGION, campaign, indicator, unit, numerator, denominator, shown,
                reached, goldenRow);
    }

    @Test
    void sonkovskyDistrictAsSeed000StatesIt() throws IOException {
        String campaign = "tver-2022-23";
        IndicatorValue regular = RegionData.REGION.compute(campaign, "M_3", "TVR-SON");
        assertEquals("5 из 7", FORMAT.formatFraction(regular.result()));
        assertEquals("71,4 %", FORMAT.format(regular.result()));
        assertEquals("4 из 7", FORMAT.formatFraction(RegionData.REGION.compute(campaign, "M_5", "TVR-SON").result()));
        IndicatorValue universities = RegionData.REGION.compute(campaign, "K3_4", "TVR-SON");
        assertEquals("14 из 22", FORMAT.formatFraction(universities.result()));
        assertEquals("63,6 %", FORMAT.format(universities.result()), "the seed's 63,7 % is its own rounding slip");
        assertEquals("13", FORMAT.format(RegionData.REGION.compute(campaign, "K3_10", "TVR-SON").result()));
        assertEquals("7", FORMAT.format(RegionData.REGION.compute(campaign, "K3_11", "TVR-SON").result()));
        IndicatorValue grade10 = RegionData.REGION.compute(campaign, "K3_2", "TVR-SON");
        IndicatorValue colleges = RegionData.REGION.compute(campaign, "K3_1", "TVR-SON");
        assertEquals("19 из 64", FORMAT.formatFraction(grade10.result()));
        assertEquals("45 из 64", FORMAT.formatFraction(colleges.result()));
        assertEquals(64.0, grade10.result().numerator() + colleges.result().numerator(), "19 + 45 = 64");
        IndicatorValue ticket = RegionData.REGION.compute(campaign, "K1_3", "TVR-SON");
        assertEquals("52,0 %", FORMAT.format(ticket.result()));
        assertEquals(100.0, ticket.target(), "the district's own plan overrides «not below last year»");
        assertEquals(Boolean.FALSE, ticket.reached());
    }

    @Test
    void ticketToTheFutureCoverageOfTheMunicipalitiesSeed002Names() throws IOException {
        assertCoverage("K1_1", "Жарковский", "100,0 %", "TVR-ZHA");
        assertCoverage("K1_1", "Молоковский", "0,0 %", "TVR-MOL");
        for (String unit : new String[] { "TVR-TRP", "TVR-ZAP", "TVR-FIR", "TVR-KSH", "TVR-KRH", "TVR-TOR", "TVR-AND",
                "TVR-SAN" }) {
            assertCoverage("K1_2", "", "100,0 %", unit);
        }
        assertCoverage("K1_2", "Молоковский", "0,0 %", "TVR-MOL");
        assertCoverage("K1_2", "Осташковский", "0,0 %", "TVR-OST");
        assertCoverage("K1_2", "Солнечный", "0,0 %", "TVR-SOL");
    }

    @Test
    void lastYearIsThePreviousDemoCampaign() {
        var contribution = RegionData.REGION.contribution();
        var current = contribution.demoCampaign("tver-2022-23").orElseThrow();

        assertEquals("tver-2021-22", contribution.previousOf(current).orElseThrow().id());
    }

    private static void assertCoverage(String indicator, String municipalityName, String shown, String unit)
            throws IOException {
        IndicatorValue value = RegionData.REGION.compute("tver-2022-23", indicator, unit);
        assertTrue(value.unit().name().contains(municipalityName), value.unit().name());
        assertEquals(shown, FORMAT.format(value.result()), indicator + " " + value.unit().name());
    }
}
