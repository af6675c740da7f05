/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.generator.internal;

import java.util.List;
import java.util.function.Function;

import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.core.formula.FormulaResult;
import org.profmonitor.core.formula.ResultType;

/**
 * One indicator's organisation results in one campaign and their sums per aggregate unit. The
 * language's aggregates add up: share and orgshare are Σ numerators / Σ denominators × 100 over
 * the organisations that have both, count is Σ numerators, sum is Σ values over the organisations
 * that have one; no such organisation means no data.
 */
public final class Contributions {

    private static final double TOLERANCE = 1e-9;

    private enum Rule {
        RATIO, COUNT, SUM
    }

    private final Rule rule;
    private final ResultType type;
    private final boolean[] has;
    private final double[] numerators;
    private final double[] denominators;
    private final double[] sumN;
    private final double[] sumD;
    private final int[] reporting;

    private Contributions(Rule rule, ResultType type, int organisations, int aggregates) {
        this.rule = rule;
        this.type = type;
        has = new boolean[organisations];
        numerators = new double[organisations];
        denominators = new double[organisations];
        sumN = new double[aggregates];
        sumD = new double[aggregates];
        reporting = new int[aggregates];
    }

    /**
     * @param values     the organisations' values, in organisation order
     * @param pick       the result to add up (current or previous); may give {@code null}
     * @param parents    per organisation, the aggregate units it belongs to
     * @param aggregates the number of aggregate units
     * @return the contributions, added up
     */
    public static Contributions of(List<IndicatorValue> values, Function<IndicatorValue, FormulaResult> pick,
            int[][] parents, int aggregates) {
        boolean ratioLike = false;
        boolean count = true;
        ResultType type = null;
        for (IndicatorValue value : values) {
            FormulaResult result = pick.apply(value);
            if (result == null) {
                continue;
            }
            type = type == null ? result.type() : type;
            if (result.numerator() != null && result.denominator() != null) {
                ratioLike = true;
                count &= result.value() == null || result.value().equals(result.numerator());
            }
        }
        Rule rule = !ratioLike ? Rule.SUM : count ? Rule.COUNT : Rule.RATIO;
        Contributions contributions = new Contributions(rule, type, values.size(), aggregates);
        for (int o = 0; o < values.size(); o++) {
            contributions.set(o, pick.apply(values.get(o)), parents[o]);
        }
        return contributions;
    }

    /**
     * Replaces an organisation's result after an edit and corrects the sums above it.
     *
     * @param organisation the organisation's index
     * @param result       its new result
     * @param parents      the aggregate units it belongs to
     */
    public void replace(int organisation, FormulaResult result, int[] parents) {
        if (has[organisation]) {
            for (int a : parents) {
                sumN[a] -= numerators[organisation];
                sumD[a] -= denominators[organisation];
                reporting[a]--;
            }
        }
        set(organisation, result, parents);
    }

    private void set(int o, FormulaResult result, int[] parents) {
        has[o] = false;
        if (result == null) {
            return;
        }
        if (rule == Rule.SUM) {
            has[o] = result.value() != null;
            numerators[o] = has[o] ? result.value() : 0;
            denominators[o] = 0;
        } else {
            has[o] = result.numerator() != null && result.denominator() != null;
            numerators[o] = has[o] ? result.numerator() : 0;
            denominators[o] = has[o] ? result.denominator() : 0;
        }
        if (has[o]) {
            for (int a : parents) {
                sumN[a] += numerators[o];
                sumD[a] += denominators[o];
                reporting[a]++;
            }
        }
    }

    /**
     * @param aggregate an aggregate unit's index
     * @return its result, as the calculator would give it
     */
    public FormulaResult result(int aggregate) {
        if (reporting[aggregate] == 0) {
            return new FormulaResult(type, null, null, null, FormulaResult.Status.NO_DATA);
        }
        double n = sumN[aggregate];
        double d = sumD[aggregate];
        return switch (rule) {
        case SUM -> new FormulaResult(type, n, null, null, FormulaResult.Status.OK);
        case COUNT -> new FormulaResult(type, n, n, d, FormulaResult.Status.OK);
        case RATIO -> d == 0 ? new FormulaResult(type, null, n, d, FormulaResult.Status.NO_DATA)
                : new FormulaResult(type, n / d * 100, n, d, FormulaResult.Status.OK);
        };
    }

    /**
     * @return whether two results agree: status, value, numerator and denominator (to rounding),
     *         {@code null} meaning no result on both sides
     */
    public static boolean same(FormulaResult expected, FormulaResult actual) {
        if (expected == null || actual == null) {
            return expected == actual;
        }
        return expected.status() == actual.status() && close(expected.value(), actual.value())
                && close(expected.numerator(), actual.numerator()) && close(expected.denominator(), actual.denominator());
    }

    private static boolean close(Double expected, Double actual) {
        if (expected == null || actual == null) {
            return expected == actual;
        }
        return Math.abs(expected - actual) <= TOLERANCE * Math.max(1, Math.abs(expected));
    }
}
