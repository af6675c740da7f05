/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.profmonitor.core.compute.CampaignValues;
import org.profmonitor.core.indicators.IndicatorSetContribution;
import org.profmonitor.generator.CountryGenerator;
import org.profmonitor.generator.GeneratorSettings;
import org.profmonitor.generator.StoredFigures;
import org.profmonitor.generator.SyntheticCountry;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreLocation;

class StoredFiguresTest {

    @Test
    void bothCampaignsComeBackFigureForFigureFromOneScan() throws Exception {
        IndicatorSetContribution tver = TverSet.contribution();
        CountryGenerator generator = new CountryGenerator(tver.indicatorSet(), tver.id(),
                new SyntheticCountry(new GeneratorSettings(2, 2, 3, 2, 6)));
        try (Store store = Store.open(StoreLocation.url("jdbc:derby:memory:fig-" + UUID.randomUUID() + ";create=true"))) {
            List<String> ids = generator.writeTo(store, null).campaignIds();
            Map<String, CampaignValues> read = StoredFigures.read(store, ids);
            assertEquals(ids, List.copyOf(read.keySet()));
            for (int campaign = 0; campaign < ids.size(); campaign++) {
                CampaignValues values = read.get(ids.get(campaign));
                assertEquals(12, values.organisations().size());
                List<String> wrong = new ArrayList<>();
                generator.values().forEachValue(campaign, (organisation, element, disaggregation, value) -> {
                    if (!Double.valueOf(value).equals(values.value(organisation, element))) {
                        wrong.add(organisation + '/' + element);
                    }
                });
                assertEquals(List.of(), wrong);
            }
        }
    }
}
