package org.profmonitor.core.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The compiled evaluator must give exactly what the interpreter gives: every formula shape of the
 * language, over figures with gaps, zeros, negative zeros, fractions, NaN and infinities, for
 * units that include organisations without any figure.
 */
class ColumnarEvaluatorTest {

    private static final List<String> ELEMENTS = List.of("g6_9_total", "g6_9_bvb", "grads11", "grads11_vuz",
            "grads11_spo", "grads9", "grads9_10", "grads9_spo", "enterprise_contracts", "regular_plan",
            "early_guidance", "budget", "hours");

    private static final List<String> FORMULAS = List.of(
            "share(g6_9_bvb, g6_9_total)",
            "share(grads11_vuz + grads11_spo, grads11)",
            "share(grads11_vuz, grads11 - grads9)",
            "share(grads9_10 * 2, grads9 / hours)",
            "share(sum(grads11_vuz), sum(grads11))",
            "share(grads11_vuz, sum(grads11))",
            "share(count(regular_plan = 1), grads9)",
            "share(prev(sum(grads9)), grads9)",
            "share(@IND_VUZ, grads11)",
            "share(share(grads11_vuz, grads11), grads9)",
            "sum(grads11)", "sum(budget / hours)", "sum(-budget)", "sum(budget * 2 - hours)", "sum(3)",
            "orgshare(regular_plan = 1)", "count(enterprise_contracts > 0)",
            "count(enterprise_contracts > 0 and not early_guidance = 1)",
            "count(budget >= hours or hours < 0)", "count(budget <> 0)", "count(budget <= -0)",
            "orgshare(not (budget = hours))",
            "@IND_CHANGE", "@IND_RATIO", "@IND_1_1", "@IND_REG + @IND_SCHOOLS",
            "prev(sum(budget))", "prev(@IND_1_1)", "prev(prev(sum(budget)))",
            "sum(budget) / sum(hours)", "-sum(budget) + 1", "sum(grads11) / 0", "2 * 3 - 1",
            "share(g6_9_bvb, g6_9_total) - prev(share(g6_9_bvb, g6_9_total))",
            "@USES_CYCLE", "@BROKEN", "@WRONG", "sum(no_such_element)", "grads11", "budget > 1");

    private static final double[] FIGURES = { 0, -0.0, 1, 2, 3, 7, 10, 22, 0.5, 1.25, -3, 1e300, Double.NaN,
            Double.POSITIVE_INFINITY };

    private final SplittableRandom random = new SplittableRandom(8);

    @Test
    void givesWhatTheInterpreterGivesForEveryShapeOfFormula() throws FormulaSyntaxException {
        for (int round = 0; round < 20; round++) {
            Campaign now = campaign(40);
            Campaign before = campaign(35);
            FormulaEvaluator interpreter = new FormulaEvaluator(Sonkovo.ENVIRONMENT);
            ColumnarEvaluator columnar = new ColumnarEvaluator(Sonkovo.ENVIRONMENT);
            ColumnarEvaluator.Campaign nowColumns = columnar.bind(now);
            ColumnarEvaluator.Campaign beforeColumns = columnar.bind(before);
            for (List<String> unit : units()) {
                for (String source : FORMULAS) {
                    Formula formula = Formula.parse(source);
                    ColumnarEvaluator.Program program = columnar.compile(formula);
                    String what = source + " over " + unit + " in round " + round;
                    assertEquals(interpreter.evaluate(formula, now.unitData(unit), before.unitData(unit)),
                            columnar.evaluate(program, nowColumns, now.indices(unit), beforeColumns,
                                    before.indices(unit)),
                            what);
                    assertEquals(interpreter.evaluate(formula, before.unitData(unit)),
                            columnar.evaluate(program, beforeColumns, before.indices(unit), null, null), what);
                }
            }
        }
    }

    @Test
    void anInvalidFormulaIsCompiledAsInvalid() throws FormulaSyntaxException {
        ColumnarEvaluator columnar = new ColumnarEvaluator(Sonkovo.ENVIRONMENT);
        Campaign empty = new Campaign(new LinkedHashMap<>());
        assertFalse(columnar.compile(Formula.parse("@USES_CYCLE")).isValid());
        assertTrue(columnar.compile(Formula.parse("sum(grads11)")).isValid());
        FormulaResult result = columnar.evaluate(columnar.compile(Formula.parse("sum(no_such_element)")),
                columnar.bind(empty), new int[] { 0 }, null, null);
        assertEquals(FormulaResult.Status.INVALID_FORMULA, result.status());
    }

    /* Units: one organisation, several, all, and with organisations that reported nothing. */
    private List<List<String>> units() {
        List<List<String>> units = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            units.add(List.of("O" + i));
        }
        for (int i = 0; i < 10; i++) {
            List<String> unit = new ArrayList<>();
            int size = 1 + random.nextInt(12);
            while (unit.size() < size) {
                String code = "O" + random.nextInt(45);
                if (!unit.contains(code)) {
                    unit.add(code);
                }
            }
            units.add(unit);
        }
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            all.add("O" + i);
        }
        units.add(all);
        return units;
    }

    private Campaign campaign(int organisations) {
        Map<String, Map<String, Double>> figures = new LinkedHashMap<>();
        for (int o = 0; o < organisations; o++) {
            if (random.nextInt(10) == 0) {
                continue; // did not report at all
            }
            Map<String, Double> own = new HashMap<>();
            for (String element : ELEMENTS) {
                if (random.nextInt(6) > 0) {
                    own.put(element, random.nextInt(4) == 0 ? FIGURES[random.nextInt(FIGURES.length)]
                            : (double) random.nextInt(30));
                }
            }
            figures.put("O" + o, own);
        }
        return new Campaign(figures);
    }

    /** Test figures both as interpreter data and as columns. */
    private static final class Campaign implements ElementColumns {
        private final Map<String, Map<String, Double>> figures;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, double[]> columns = new HashMap<>();

        Campaign(Map<String, Map<String, Double>> figures) {
            this.figures = figures;
            List<String> codes = new ArrayList<>(figures.keySet());
            for (int o = 0; o < codes.size(); o++) {
                index.put(codes.get(o), o);
            }
            for (String element : ELEMENTS) {
                double[] column = new double[codes.size() + 1];
                Arrays.fill(column, Double.NaN);
                for (int o = 0; o < codes.size(); o++) {
                    Double value = figures.get(codes.get(o)).get(element);
                    if (value != null) {
                        column[o] = value;
                    }
                }
                columns.put(element, column);
            }
        }

        UnitData unitData(List<String> unit) {
            return new UnitData() {
                @Override
                public List<String> organisationIds() {
                    return unit;
                }

                @Override
                public Double value(String organisationId, String elementCode) {
                    Map<String, Double> own = figures.get(organisationId);
                    return own == null ? null : own.get(elementCode);
                }
            };
        }

        int[] indices(List<String> unit) {
            return unit.stream().mapToInt(code -> index.getOrDefault(code, index.size())).toArray();
        }

        @Override
        public int organisations() {
            return index.size();
        }

        @Override
        public double[] column(String elementCode) {
            return columns.get(elementCode);
        }
    }
}
