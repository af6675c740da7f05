/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.profmonitor.core.compute.CampaignValues;
import org.profmonitor.core.compute.IndicatorCalculator;
import org.profmonitor.core.compute.IndicatorResults;
import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.core.compute.Unit;
import org.profmonitor.core.compute.Units;
import org.profmonitor.generator.internal.Messages;
import org.profmonitor.model.Criterion;
import org.profmonitor.model.Directory;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.UnitLevel;

/**
 * Every indicator at every level of a country: organisations, municipalities and regions from each
 * region's directory (the same {@link Units} a region bundle's directory gives), and the country
 * above them, with plans checked against targets and municipalities ranked country-wide per
 * indicator. One {@link IndicatorCalculator} serves all regions: the calculator only needs the
 * units' organisation codes, so the country is a list of units, not one directory.
 */
public final class CountryCalculation {

    /**
     * What a run computed.
     *
     * @param values     indicator values computed, every level
     * @param withValue  of them, those with a value (the others had no data)
     * @param reached    those whose plan is reached
     * @param notReached those whose plan is not reached
     * @param rankings   the municipality ranking of each indicator, best first (by value, higher
     *                   first; municipalities without a value are left out)
     */
    public record Summary(long values, long withValue, long reached, long notReached,
            Map<String, List<String>> rankings) {
    }

    private final IndicatorSet set;
    private final List<Unit> units;

    /**
     * @param set     the indicator set
     * @param regions the regions' directories
     */
    public CountryCalculation(IndicatorSet set, List<Directory> regions) {
        this.set = set;
        this.units = units(regions);
    }

    /** @return every unit: each region's organisations, municipalities and region, then the country */
    public List<Unit> units() {
        return units;
    }

    /**
     * @param academicYear the campaign's academic year, for the targets
     * @param current      the campaign's figures
     * @param previous     the previous campaign's figures, or {@code null}
     * @param sink         receives each value as it is computed, or {@code null}
     * @return what was computed
     */
    public Summary run(String academicYear, CampaignValues current, CampaignValues previous,
            Consumer<IndicatorValue> sink) {
        return run(new IndicatorCalculator(set, academicYear, current, previous), sink);
    }

    /**
     * @param calculator a calculator over the set, e.g. one kept for {@link IndicatorCalculator#edited}
     * @param sink       receives each value as it is computed, or {@code null}
     * @return what was computed
     */
    public Summary run(IndicatorCalculator calculator, Consumer<IndicatorValue> sink) {
        List<Indicator> indicators = new ArrayList<>();
        for (Criterion criterion : set.getCriteria()) {
            indicators.addAll(criterion.getIndicators());
        }
        List<IndicatorResults> tables = calculator.compute(indicators, units);
        // each table counted and ranked from its numbers, tables in parallel; objects only for the sink
        List<Summary> parts = tables.parallelStream().map(CountryCalculation::summary).toList();
        if (sink != null) {
            tables.forEach(table -> table.forEach(sink));
        }
        long count = 0;
        long withValue = 0;
        long reached = 0;
        long notReached = 0;
        Map<String, List<String>> rankings = new HashMap<>();
        for (Summary part : parts) {
            count += part.values();
            withValue += part.withValue();
            reached += part.reached();
            notReached += part.notReached();
            rankings.putAll(part.rankings());
        }
        return new Summary(count, withValue, reached, notReached, rankings);
    }

    private static Summary summary(IndicatorResults results) {
        long withValue = 0;
        long reached = 0;
        long notReached = 0;
        List<Integer> municipalities = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            if (results.hasValue(i)) {
                withValue++;
                if (results.unit(i).level() == UnitLevel.MUNICIPALITY) {
                    municipalities.add(i);
                }
            }
            Boolean plan = results.reached(i);
            if (Boolean.TRUE.equals(plan)) {
                reached++;
            } else if (Boolean.FALSE.equals(plan)) {
                notReached++;
            }
        }
        // highest first; a stable sort, so equal values keep the units' order
        municipalities.sort((a, b) -> Double.compare(results.value(b), results.value(a)));
        return new Summary(results.size(), withValue, reached, notReached, Map.of(results.indicator().getCode(),
                municipalities.stream().map(i -> results.unit(i).code()).toList()));
    }

    private static List<Unit> units(List<Directory> regions) {
        List<Unit> all = new ArrayList<>();
        List<String> countryCodes = new ArrayList<>();
        for (Directory region : regions) {
            Units regionUnits = new Units(region);
            for (UnitLevel level : List.of(UnitLevel.ORGANISATION, UnitLevel.MUNICIPALITY, UnitLevel.REGION)) {
                all.addAll(regionUnits.of(level));
            }
            countryCodes.addAll(regionUnits.region().organisationCodes());
        }
        all.add(new Unit(UnitLevel.COUNTRY, SyntheticCountry.CODE, Messages.Country_Name, null,
                countryCodes));
        return List.copyOf(all);
    }
}
