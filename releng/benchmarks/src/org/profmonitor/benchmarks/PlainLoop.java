/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.benchmarks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.profmonitor.model.Directory;
import org.profmonitor.model.Municipality;
import org.profmonitor.model.Organisation;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;

/**
 * The floor of any recompute: the same values in primitive arrays, element by organisation, and
 * one loop that sums them (and counts flags set) into municipalities, then regions and the
 * country. No formulas, no objects: what the hardware does with the numbers alone.
 */
final class PlainLoop {

    private final double[][][] values; // campaign, element, organisation
    private final int[] municipalityOf;
    private final int[] regionOfMunicipality;
    private final int municipalities;
    private final int regions;

    PlainLoop(Store store, List<String> campaignIds, List<Directory> country) throws StoreException {
        Map<String, Integer> organisationIndex = new HashMap<>();
        int organisationCount = 0;
        int municipalityCount = 0;
        for (Directory region : country) {
            for (Municipality municipality : region.getMunicipalities()) {
                organisationCount += municipality.getOrganisations().size();
                municipalityCount++;
            }
        }
        municipalityOf = new int[organisationCount];
        regionOfMunicipality = new int[municipalityCount];
        int o = 0;
        int m = 0;
        for (int r = 0; r < country.size(); r++) {
            for (Municipality municipality : country.get(r).getMunicipalities()) {
                for (Organisation organisation : municipality.getOrganisations()) {
                    organisationIndex.put(organisation.getCode(), o);
                    municipalityOf[o++] = m;
                }
                regionOfMunicipality[m++] = r;
            }
        }
        municipalities = municipalityCount;
        regions = country.size();
        Map<String, Integer> elementIndex = new HashMap<>();
        values = new double[campaignIds.size()][][];
        for (int c = 0; c < campaignIds.size(); c++) {
            Map<Integer, double[]> byElement = new HashMap<>();
            int organisations = organisationCount;
            store.values().forEachValue(campaignIds.get(c), (organisation, element, disaggregation, value) -> {
                int e = elementIndex.computeIfAbsent(element, key -> elementIndex.size());
                byElement.computeIfAbsent(e, key -> new double[organisations])[organisationIndex.get(organisation)] = value;
            });
            double[][] columns = new double[elementIndex.size()][];
            byElement.forEach((e, column) -> columns[e] = column);
            values[c] = columns;
        }
    }

    /** @return the values held */
    long size() {
        long size = 0;
        for (double[][] campaign : values) {
            for (double[] column : campaign) {
                size += column == null ? 0 : column.length;
            }
        }
        return size;
    }

    /** @return a checksum of the sums, so that the JIT cannot drop the loop */
    double run() {
        double checksum = 0;
        for (double[][] campaign : values) {
            for (double[] column : campaign) {
                if (column == null) {
                    continue;
                }
                double[] sums = new double[municipalities];
                int[] set = new int[municipalities];
                for (int o = 0; o < column.length; o++) {
                    double value = column[o];
                    sums[municipalityOf[o]] += value;
                    set[municipalityOf[o]] += value == 1 ? 1 : 0;
                }
                double[] regionSums = new double[regions];
                double country = 0;
                for (int m = 0; m < municipalities; m++) {
                    regionSums[regionOfMunicipality[m]] += sums[m];
                    country += sums[m] + set[m];
                }
                checksum += country + regionSums[0];
            }
        }
        return checksum;
    }
}
