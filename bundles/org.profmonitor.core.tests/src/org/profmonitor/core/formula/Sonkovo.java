package org.profmonitor.core.formula;

import java.util.Map;

/**
 * Test data after seed 000: the 7 general-education schools of Сонковский район, 2022. The
 * per-school split is invented; the totals are the seed's: 5 of 7 schools work by a plan, 4 of 7
 * with enterprises, 14 of 22 grade-11 graduates entered universities and 7 colleges, 19 of 64
 * grade-9 graduates went on to grade 10 and 45 to colleges. Basic schools (ООШ) have no grade 11
 * and do not report its figures.
 */
final class Sonkovo {

    static final FormulaEnvironment ENVIRONMENT = FormulaEnvironment.of(
            Map.ofEntries(
                    Map.entry("g6_9_total", ElementKind.COUNT),
                    Map.entry("g6_9_bvb", ElementKind.COUNT),
                    Map.entry("grads11", ElementKind.COUNT),
                    Map.entry("grads11_vuz", ElementKind.COUNT),
                    Map.entry("grads11_spo", ElementKind.COUNT),
                    Map.entry("grads9", ElementKind.COUNT),
                    Map.entry("grads9_10", ElementKind.COUNT),
                    Map.entry("grads9_spo", ElementKind.COUNT),
                    Map.entry("enterprise_contracts", ElementKind.COUNT),
                    Map.entry("regular_plan", ElementKind.FLAG),
                    Map.entry("early_guidance", ElementKind.FLAG),
                    Map.entry("budget", ElementKind.NUMBER),
                    Map.entry("hours", ElementKind.NUMBER)),
            Map.ofEntries(
                    Map.entry("IND_1_1", "share(g6_9_bvb, g6_9_total)"),
                    Map.entry("IND_REG", "orgshare(regular_plan = 1)"),
                    Map.entry("IND_VUZ", "share(grads11_vuz, grads11)"),
                    Map.entry("IND_CHANGE", "@IND_1_1 - prev(@IND_1_1)"),
                    Map.entry("IND_RATIO", "@IND_VUZ / 2"),
                    Map.entry("IND_SCHOOLS", "count(enterprise_contracts > 0)"),
                    Map.entry("CYC_A", "@CYC_B + 1"),
                    Map.entry("CYC_B", "@CYC_A * 2"),
                    Map.entry("USES_CYCLE", "@CYC_A"),
                    Map.entry("BROKEN", "sum(grads11"),
                    Map.entry("WRONG", "sum(no_such_element)")));

    /** grads11 is absent for the basic schools: not missing data, there is no grade 11. */
    static final UnitData DISTRICT_2022 = UnitData.builder()
            .organisation("sonkovo_sosh").value("regular_plan", 1).value("early_guidance", 1)
            .value("enterprise_contracts", 3).value("grads11", 10).value("grads11_vuz", 7).value("grads11_spo", 2)
            .value("grads9", 24).value("grads9_10", 9).value("grads9_spo", 15)
            .value("g6_9_total", 40).value("g6_9_bvb", 22)
            .organisation("gorka_sosh").value("regular_plan", 1).value("early_guidance", 1)
            .value("enterprise_contracts", 1).value("grads11", 5).value("grads11_vuz", 3).value("grads11_spo", 2)
            .value("grads9", 10).value("grads9_10", 3).value("grads9_spo", 7)
            .value("g6_9_total", 20).value("g6_9_bvb", 10)
            .organisation("koy_sosh").value("regular_plan", 1).value("early_guidance", 1)
            .value("enterprise_contracts", 2).value("grads11", 4).value("grads11_vuz", 3).value("grads11_spo", 1)
            .value("grads9", 10).value("grads9_10", 4).value("grads9_spo", 6)
            .value("g6_9_total", 15).value("g6_9_bvb", 9)
            .organisation("pishchalkino_sosh").value("regular_plan", 1).value("early_guidance", 1)
            .value("enterprise_contracts", 1).value("grads11", 3).value("grads11_vuz", 1).value("grads11_spo", 2)
            .value("grads9", 8).value("grads9_10", 3).value("grads9_spo", 5)
            .value("g6_9_total", 10).value("g6_9_bvb", 5)
            .organisation("litvinovo_oosh").value("regular_plan", 1).value("early_guidance", 1)
            .value("enterprise_contracts", 0)
            .value("grads9", 5).value("grads9_10", 0).value("grads9_spo", 5)
            .value("g6_9_total", 7).value("g6_9_bvb", 3)
            .organisation("zadorye_oosh").value("regular_plan", 0).value("early_guidance", 1)
            .value("enterprise_contracts", 0)
            .value("grads9", 4).value("grads9_10", 0).value("grads9_spo", 4)
            .value("g6_9_total", 5).value("g6_9_bvb", 2)
            .organisation("krasny_oktyabr_oosh").value("regular_plan", 0).value("early_guidance", 1)
            .value("enterprise_contracts", 0)
            .value("grads9", 3).value("grads9_10", 0).value("grads9_spo", 3)
            .value("g6_9_total", 3).value("g6_9_bvb", 1)
            .build();

    /** The previous campaign: 40 of 100 students of grades 6–9 in «Билет в будущее». */
    static final UnitData DISTRICT_2021 = UnitData.builder()
            .organisation("sonkovo_sosh").value("g6_9_total", 60).value("g6_9_bvb", 30)
            .organisation("gorka_sosh").value("g6_9_total", 40).value("g6_9_bvb", 10)
            .build();

    static final FormulaChecker CHECKER = new FormulaChecker(ENVIRONMENT);

    private Sonkovo() {
    }

    static Formula parse(String source) {
        try {
            return Formula.parse(source);
        } catch (FormulaSyntaxException e) {
            throw new AssertionError("test formula does not parse: " + e.problem(), e);
        }
    }
}
