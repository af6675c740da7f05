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
import org.profmonitor.generator.SyntheticCountry;
import org.profmonitor.model.Criterion;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.UnitLevel;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;

/**
 * The program's recompute: from the database through the cycle's {@link StoredCampaignValues}
 * (both campaigns in one scan, straight into columns) and core's {@link IndicatorCalculator}
 * (every indicator, every level, targets, rankings), and in memory after one edited value, the
 * way the workbench answers an edit ({@link IndicatorCalculator#edited}).
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
        CampaignValues[] campaigns = load(store);
        return new CountryCalculation(data.set, data.country.regions()).run(newestYear(), campaigns[0], campaigns[1],
                null);
    }

    /** Only the load of both campaigns' totals into the calculator's columns, in one scan. */
    CampaignValues[] load(Store store) throws StoreException {
        List<String> ids = data.previousCampaign() == null ? List.of(data.newestCampaign())
                : List.of(data.newestCampaign(), data.previousCampaign());
        Map<String, Map<String, CampaignValues>> read = StoredCampaignValues.readCampaigns(store, ids);
        return new CampaignValues[] { totals(read.get(data.newestCampaign())),
                data.previousCampaign() == null ? null : totals(read.get(data.previousCampaign())) };
    }

    private static CampaignValues totals(Map<String, CampaignValues> slices) {
        return slices.getOrDefault("", CampaignValues.of(Map.of())); //$NON-NLS-1$
    }

    String newestYear() {
        return data.years.get(data.years.size() - 1);
    }

    /**
     * The state the workbench holds between edits: the calculator over the campaigns' figures, the
     * units, and the municipalities' values per indicator for the rankings.
     */
    final class Session {
        final IndicatorCalculator calculator;
        final Map<String, Unit> unitsByCode = new HashMap<>();
        final Map<String, Integer> municipalityIndex = new HashMap<>();
        final double[][] municipalityValues; // indicator, municipality
        final List<String> organisations;
        final CountryCalculation calculation;

        Session(Store store) throws StoreException {
            CampaignValues[] campaigns = load(store);
            calculator = new IndicatorCalculator(data.set, newestYear(), campaigns[0], campaigns[1]);
            calculation = new CountryCalculation(data.set, data.country.regions());
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
            calculation.run(calculator, value -> {
                if (value.unit().level() == UnitLevel.MUNICIPALITY) {
                    municipalityValues[indicatorIndex.get(value.indicator())][municipalityIndex
                            .get(value.unit().code())] = value.value() == null ? Double.NaN : value.value();
                }
            });
            organisations = data.country.organisationCodes();
        }

        /** The whole country again in memory, on the loaded figures. */
        CountryCalculation.Summary recompute() {
            return calculation.run(new IndicatorCalculator(data.set, newestYear(), calculator.current(),
                    previous()), null);
        }

        private CampaignValues previous() {
            return calculator.previous();
        }

        /**
         * One edit: the organisation's figure changes (one column cell); the organisation, its
         * municipality, its region and the country are computed again for every indicator, and
         * every indicator's municipality ranking is sorted again. Nothing else can change.
         *
         * @return the values computed
         */
        int edit(String organisation, String element, double value) {
            IndicatorCalculator edited = calculator.edited(organisation, element, value);
            Unit unit = unitsByCode.get(organisation);
            List<Unit> affected = List.of(unit, unitsByCode.get(unit.municipalityCode()),
                    unitsByCode.get(organisation.substring(0, 3)), unitsByCode.get(SyntheticCountry.CODE));
            int computed = 0;
            int municipality = municipalityIndex.get(unit.municipalityCode());
            for (int i = 0; i < indicators.size(); i++) {
                for (Unit target : affected) {
                    IndicatorValue result = edited.compute(indicators.get(i), target);
                    if (target.level() == UnitLevel.MUNICIPALITY) {
                        municipalityValues[i][municipality] = result.value() == null ? Double.NaN : result.value();
                    }
                    computed++;
                }
                double[] ranking = municipalityValues[i].clone();
                Arrays.sort(ranking);
            }
            return computed;
        }
    }
}
