/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.profmonitor.core.compute.CampaignValues;
import org.profmonitor.core.compute.IndicatorCalculator;
import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.core.compute.Unit;
import org.profmonitor.cycle.StoredCampaignValues;
import org.profmonitor.generator.CountryCalculation;
import org.profmonitor.generator.RollUp;
import org.profmonitor.generator.StoredFigures;
import org.profmonitor.generator.SyntheticCountry;
import org.profmonitor.model.Criterion;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.UnitLevel;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;

/**
 * The program's recompute: from the database through the cycle's {@link StoredCampaignValues} and
 * core's {@link IndicatorCalculator} (every indicator, every level, targets, rankings), and in
 * memory after one edited value, the way the workbench would answer an edit.
 */
final class Recompute {

    private final Country data;
    private final List<Indicator> indicators = new ArrayList<>();

    Recompute(Country data) {
        this.data = data;
        for (Criterion criterion : data.set.getCriteria()) {
            indicators.addAll(criterion.getIndicators());
        }
    }

    /** Load both campaigns, compute everything: the recompute of the whole country from the database. */
    CountryCalculation.Summary fromDatabase(Store store) throws StoreException {
        CampaignValues current = StoredCampaignValues.read(store, data.newestCampaign());
        CampaignValues previous = data.previousCampaign() == null ? null
                : StoredCampaignValues.read(store, data.previousCampaign());
        return new CountryCalculation(data.set, data.country.regions()).run(newestYear(), current, previous, null);
    }

    /** The same through the roll-up: organisations by the calculator, the levels above summed. */
    CountryCalculation.Summary rolledUpFromDatabase(Store store) throws StoreException {
        CampaignValues[] campaigns = scan(store);
        List<Unit> units = new CountryCalculation(data.set, data.country.regions()).units();
        return new RollUp(data.set, units, newestYear()).run(campaigns[0], campaigns[1], null);
    }

    /** Only the load of both campaigns into the calculator's figures. */
    CampaignValues[] load(Store store) throws StoreException {
        return new CampaignValues[] { StoredCampaignValues.read(store, data.newestCampaign()),
                data.previousCampaign() == null ? null : StoredCampaignValues.read(store, data.previousCampaign()) };
    }

    /** Both campaigns in one unordered table scan ({@link StoredFigures}). */
    CampaignValues[] scan(Store store) throws StoreException {
        List<String> ids = data.previousCampaign() == null ? List.of(data.newestCampaign())
                : List.of(data.newestCampaign(), data.previousCampaign());
        Map<String, CampaignValues> read = StoredFigures.read(store, ids);
        return new CampaignValues[] { read.get(data.newestCampaign()),
                data.previousCampaign() == null ? null : read.get(data.previousCampaign()) };
    }

    String newestYear() {
        return data.years.get(data.years.size() - 1);
    }

    /**
     * The state the workbench holds between edits: the campaigns' figures, the units, and the
     * municipalities' values per indicator for the rankings.
     */
    final class Session {
        final Map<String, Map<String, Double>> figures;
        final CampaignValues previous;
        final Map<String, Unit> unitsByCode = new HashMap<>();
        final Map<String, Integer> municipalityIndex = new HashMap<>();
        final double[][] municipalityValues; // indicator, municipality
        final List<String> organisations;
        final RollUp rollUp;

        Session(Store store) throws StoreException {
            figures = new HashMap<>();
            store.values().forEachValue(data.newestCampaign(), (organisation, element, disaggregation, value) -> {
                if (disaggregation.isEmpty()) {
                    figures.computeIfAbsent(organisation, key -> new HashMap<>()).put(element, value);
                }
            });
            // immutable per organisation: CampaignValues.of then keeps them instead of copying
            figures.replaceAll((organisation, values) -> Map.copyOf(values));
            previous = data.previousCampaign() == null ? null : StoredCampaignValues.read(store, data.previousCampaign());
            CountryCalculation calculation = new CountryCalculation(data.set, data.country.regions());
            for (Unit unit : calculation.units()) {
                unitsByCode.put(unit.code(), unit);
                if (unit.level() == UnitLevel.MUNICIPALITY) {
                    municipalityIndex.put(unit.code(), municipalityIndex.size());
                }
            }
            municipalityValues = new double[indicators.size()][municipalityIndex.size()];
            Map<Indicator, Integer> indicatorIndex = new HashMap<>();
            for (int i = 0; i < indicators.size(); i++) {
                indicatorIndex.put(indicators.get(i), i);
            }
            calculation.run(newestYear(), CampaignValues.of(figures), previous, value -> {
                if (value.unit().level() == UnitLevel.MUNICIPALITY) {
                    municipalityValues[indicatorIndex.get(value.indicator())][municipalityIndex
                            .get(value.unit().code())] = value.value() == null ? Double.NaN : value.value();
                }
            });
            organisations = data.country.organisationCodes();
            rollUp = new RollUp(data.set, calculation.units(), newestYear());
            rollUp.run(CampaignValues.of(figures), previous, null);
        }

        /**
         * One edit through the roll-up: the organisation is evaluated again and the sums above it
         * corrected; its municipality moves in each ranking.
         *
         * @return the values computed
         */
        int editRolledUp(String organisation, String element, double value) {
            Map<String, Double> changed = new HashMap<>(figures.get(organisation));
            changed.put(element, value);
            figures.put(organisation, Map.copyOf(changed));
            return rollUp.edit(CampaignValues.of(figures), organisation).size();
        }

        /**
         * One edit: the organisation's figure changes; the organisation, its municipality, its
         * region and the country are computed again for every indicator, and every indicator's
         * municipality ranking is sorted again. Nothing else can change.
         *
         * @return the values computed
         */
        int edit(String organisation, String element, double value) {
            Map<String, Double> original = figures.get(organisation);
            Map<String, Double> changed = new HashMap<>(original);
            changed.put(element, value);
            figures.put(organisation, Map.copyOf(changed));
            IndicatorCalculator calculator = new IndicatorCalculator(data.set, newestYear(), CampaignValues.of(figures),
                    previous);
            Unit unit = unitsByCode.get(organisation);
            List<Unit> affected = List.of(unit, unitsByCode.get(unit.municipalityCode()),
                    unitsByCode.get(organisation.substring(0, 3)), unitsByCode.get(SyntheticCountry.CODE));
            int computed = 0;
            int municipality = municipalityIndex.get(unit.municipalityCode());
            for (int i = 0; i < indicators.size(); i++) {
                for (Unit target : affected) {
                    IndicatorValue result = calculator.compute(indicators.get(i), target);
                    if (target.level() == UnitLevel.MUNICIPALITY) {
                        municipalityValues[i][municipality] = result.value() == null ? Double.NaN : result.value();
                    }
                    computed++;
                }
                double[] ranking = municipalityValues[i].clone();
                Arrays.sort(ranking);
            }
            // undone, so that the roll-up's edits start from the figures it was run on
            figures.put(organisation, original);
            return computed;
        }
    }
}
