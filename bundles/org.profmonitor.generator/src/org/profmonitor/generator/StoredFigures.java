/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.generator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.profmonitor.core.compute.CampaignValues;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;

/**
 * Reads a campaign and its previous one for the calculator in one unordered scan of the table
 * ({@link org.profmonitor.store.ValueStore#scanValues}) straight into the calculator's columns, as
 * the cycle's {@code StoredCampaignValues} reads (the generator does not depend on the cycle).
 * Totals only, as there: the formulas are computed on totals.
 */
public final class StoredFigures {

    private StoredFigures() {
    }

    /**
     * @param store       the open database
     * @param campaignIds the campaigns
     * @return their figures by campaign id; a campaign without values has no figures
     * @throws StoreException when the database fails
     */
    public static Map<String, CampaignValues> read(Store store, List<String> campaignIds) throws StoreException {
        Map<String, CampaignValues.Builder> figures = new LinkedHashMap<>();
        for (String id : campaignIds) {
            figures.put(id, CampaignValues.builder());
        }
        store.values().scanValues(campaignIds, (campaign, organisation, element, disaggregation, value) -> {
            if (disaggregation.isEmpty()) {
                figures.get(campaign).put(organisation, element, value);
            }
        });
        Map<String, CampaignValues> values = new LinkedHashMap<>();
        figures.forEach((id, builder) -> values.put(id, builder.build()));
        return values;
    }
}
