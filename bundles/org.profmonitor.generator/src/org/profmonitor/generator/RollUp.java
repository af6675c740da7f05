/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.profmonitor.core.compute.CampaignValues;
import org.profmonitor.core.compute.IndicatorCalculator;
import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.core.compute.PlanCheck;
import org.profmonitor.core.compute.Unit;
import org.profmonitor.core.formula.FormulaResult;
import org.profmonitor.generator.internal.Contributions;
import org.profmonitor.generator.internal.Ranking;
import org.profmonitor.model.Criterion;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.UnitLevel;

/**
 * Every indicator at every level with the organisations evaluated once: the language's aggregates
 * (share, sum, count, orgshare) are sums over organisations, so a municipality's, a region's and
 * the country's numerator and denominator are sums of their organisations'. The calculator
 * evaluates each organisation; the levels above are added up. An indicator for which the sums do
 * not reproduce the calculator on a sample (a formula over other indicators, such as
 * {@code @K1_3 - prev(@K1_3)}) is computed by the calculator at every level, as
 * {@link CountryCalculation} does. After one edited value only that organisation is evaluated
 * again and the sums above it are corrected: the workbench's answer to an edit.
 */
public final class RollUp {

    private final IndicatorSet set;
    private final String academicYear;
    private final List<Indicator> indicators = new ArrayList<>();
    private final Hierarchy hierarchy;
    private Contributions[] current;
    private Contributions[] previous;
    private Ranking[] rankings;
    private CampaignValues previousValues;

    /**
     * @param set          the indicator set
     * @param units        every unit, as {@link CountryCalculation#units()} lists them
     * @param academicYear the campaign's year, for the targets
     */
    public RollUp(IndicatorSet set, List<Unit> units, String academicYear) {
        this.set = Objects.requireNonNull(set, "set"); //$NON-NLS-1$
        this.academicYear = academicYear;
        for (Criterion criterion : set.getCriteria()) {
            indicators.addAll(criterion.getIndicators());
        }
        this.hierarchy = new Hierarchy(units);
    }

    /**
     * Computes everything.
     *
     * @param currentValues  the campaign's figures
     * @param previousValues the previous campaign's, or {@code null}
     * @param sink           receives every value, or {@code null}
     * @return what was computed, counted as {@link CountryCalculation} counts it
     */
    public CountryCalculation.Summary run(CampaignValues currentValues, CampaignValues previousValues,
            Consumer<IndicatorValue> sink) {
        this.previousValues = previousValues;
        IndicatorCalculator calculator = new IndicatorCalculator(set, academicYear, currentValues, previousValues);
        current = new Contributions[indicators.size()];
        previous = new Contributions[indicators.size()];
        rankings = new Ranking[indicators.size()];
        Tally tally = new Tally();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            List<IndicatorValue> organisations = new ArrayList<>(hierarchy.organisations.size());
            for (Unit unit : hierarchy.organisations) {
                organisations.add(calculator.compute(indicator, unit));
            }
            current[i] = Contributions.of(organisations, IndicatorValue::result, hierarchy.parents,
                    hierarchy.aggregates.size());
            previous[i] = Contributions.of(organisations, IndicatorValue::previous, hierarchy.parents,
                    hierarchy.aggregates.size());
            if (!reproduces(calculator, i)) {
                current[i] = null; // computed by the calculator at every level
            }
            double[] municipalityValues = new double[hierarchy.municipalities];
            organisations.forEach(value -> tally.add(value, sink));
            for (int a = 0; a < hierarchy.aggregates.size(); a++) {
                IndicatorValue value = aggregate(calculator, i, a);
                tally.add(value, sink);
                if (a < hierarchy.municipalities) {
                    municipalityValues[a] = value.value() == null ? Double.NaN : value.value();
                }
            }
            rankings[i] = new Ranking(municipalityValues);
        }
        Map<String, List<String>> ranked = new HashMap<>();
        for (int i = 0; i < indicators.size(); i++) {
            ranked.put(indicators.get(i).getCode(), rankings[i].codes(hierarchy.aggregates));
        }
        return new CountryCalculation.Summary(tally.count, tally.withValue, tally.reached, tally.notReached, ranked);
    }

    /**
     * Recomputes after the figures of one organisation changed: that organisation, its
     * municipality, its region and the country, every indicator, and the municipality rankings.
     *
     * @param currentValues the campaign's figures, with the change
     * @param organisation  the organisation whose figures changed
     * @return the values of the four units, indicators in set order
     * @throws IllegalStateException if {@link #run} has not run
     */
    public List<IndicatorValue> edit(CampaignValues currentValues, String organisation) {
        if (current == null) {
            throw new IllegalStateException("run() first"); //$NON-NLS-1$
        }
        int o = hierarchy.organisationIndex.get(organisation);
        Unit unit = hierarchy.organisations.get(o);
        IndicatorCalculator calculator = new IndicatorCalculator(set, academicYear, currentValues, previousValues);
        List<IndicatorValue> values = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorValue own = calculator.compute(indicators.get(i), unit);
            values.add(own);
            if (current[i] != null) {
                current[i].replace(o, own.result(), hierarchy.parents[o]);
            }
            for (int a : hierarchy.parents[o]) {
                IndicatorValue value = aggregate(calculator, i, a);
                values.add(value);
                if (a < hierarchy.municipalities) {
                    rankings[i].update(a, value.value() == null ? Double.NaN : value.value());
                }
            }
        }
        return values;
    }

    /** @return the ranking of an indicator's municipalities, best first, after the last run or edit */
    public List<String> ranking(String indicatorCode) {
        for (int i = 0; i < indicators.size(); i++) {
            if (indicators.get(i).getCode().equals(indicatorCode)) {
                return rankings[i].codes(hierarchy.aggregates);
            }
        }
        throw new java.util.NoSuchElementException(indicatorCode);
    }

    private IndicatorValue aggregate(IndicatorCalculator calculator, int i, int a) {
        Indicator indicator = indicators.get(i);
        Unit unit = hierarchy.aggregates.get(a);
        if (current[i] == null) {
            return calculator.compute(indicator, unit);
        }
        FormulaResult now = current[i].result(a);
        FormulaResult before = previousValues == null ? null : previous[i].result(a);
        PlanCheck.Outcome plan = PlanCheck.check(indicator, unit, academicYear, now.value(),
                before == null ? null : before.value());
        return new IndicatorValue(indicator, unit, now, before, plan.target(), plan.reached());
    }

    /* The sums must give the calculator's figures for the first region's municipalities and the region. */
    private boolean reproduces(IndicatorCalculator calculator, int i) {
        for (int a : hierarchy.sample) {
            IndicatorValue expected = calculator.compute(indicators.get(i), hierarchy.aggregates.get(a));
            if (!Contributions.same(expected.result(), current[i].result(a))
                    || previousValues != null && !Contributions.same(expected.previous(), previous[i].result(a))) {
                return false;
            }
        }
        return true;
    }

    /** The units as indices: organisations, then aggregates (municipalities, regions, the country). */
    private static final class Hierarchy {
        final List<Unit> organisations = new ArrayList<>();
        final List<Unit> aggregates = new ArrayList<>();
        final Map<String, Integer> organisationIndex = new HashMap<>();
        final int[][] parents;
        final int municipalities;
        final int[] sample;

        Hierarchy(List<Unit> units) {
            List<Unit> regions = new ArrayList<>();
            Unit country = null;
            for (Unit unit : units) {
                switch (unit.level()) {
                case ORGANISATION -> organisations.add(unit);
                case MUNICIPALITY -> aggregates.add(unit);
                case REGION -> regions.add(unit);
                default -> country = unit;
                }
            }
            municipalities = aggregates.size();
            Map<String, Integer> aggregateIndex = new HashMap<>();
            for (int a = 0; a < aggregates.size(); a++) {
                aggregateIndex.put(aggregates.get(a).code(), a);
            }
            Map<String, Integer> regionOfOrganisation = new HashMap<>();
            for (Unit region : regions) {
                for (String code : region.organisationCodes()) {
                    regionOfOrganisation.put(code, aggregates.size());
                }
                aggregates.add(region);
            }
            int countryIndex = -1;
            if (country != null) {
                countryIndex = aggregates.size();
                aggregates.add(country);
            }
            parents = new int[organisations.size()][];
            for (int o = 0; o < organisations.size(); o++) {
                Unit organisation = organisations.get(o);
                organisationIndex.put(organisation.code(), o);
                List<Integer> up = new ArrayList<>(3);
                up.add(aggregateIndex.get(organisation.municipalityCode()));
                up.add(regionOfOrganisation.get(organisation.code()));
                if (countryIndex >= 0) {
                    up.add(countryIndex);
                }
                parents[o] = up.stream().mapToInt(Integer::intValue).toArray();
            }
            List<Integer> first = new ArrayList<>();
            if (!regions.isEmpty()) {
                Unit region = regions.get(0);
                for (int a = 0; a < municipalities; a++) {
                    if (region.organisationCodes().containsAll(aggregates.get(a).organisationCodes())) {
                        first.add(a);
                    }
                }
                first.add(municipalities);
            }
            sample = first.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Counts as {@link CountryCalculation} counts. */
    private static final class Tally {
        long count;
        long withValue;
        long reached;
        long notReached;

        void add(IndicatorValue value, Consumer<IndicatorValue> sink) {
            count++;
            withValue += value.value() == null ? 0 : 1;
            reached += Boolean.TRUE.equals(value.reached()) ? 1 : 0;
            notReached += Boolean.FALSE.equals(value.reached()) ? 1 : 0;
            if (sink != null) {
                sink.accept(value);
            }
        }
    }
}
