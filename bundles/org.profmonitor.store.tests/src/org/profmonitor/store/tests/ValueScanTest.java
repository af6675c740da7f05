/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.profmonitor.model.CampaignStatus;
import org.profmonitor.store.CampaignInfo;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreLocation;
import org.profmonitor.store.ValueChange;

class ValueScanTest {

    /**
     * @return a new, empty database of the system under test: Derby in memory here, PostgreSQL in
     *         {@code ValueScanOnPostgreSqlTest}, which runs this same class
     */
    StoreLocation database() {
        return TestDatabases.memory();
    }

    @Test
    void readsTheValuesOfTheCampaignsAskedForAndNoOthers() throws Exception {
        try (Store store = Store.open(database())) {
            for (String id : List.of("a", "b", "c")) {
                store.campaigns().save(new CampaignInfo(id, "tver", null, "2022/23", null, null, null,
                        CampaignStatus.COLLECTING, null, null, null));
                store.values().applyValues(id, List.of(new ValueChange("ORG-1", "STUD", "", id.charAt(0)),
                        new ValueChange("ORG-2", "STUD", "OVZ", 2)), "user", null);
            }
            Map<String, Double> read = new TreeMap<>();
            long count = store.values().scanValues(List.of("a", "c"), (campaign, organisation, element,
                    disaggregation, value) -> read.put(campaign + '/' + organisation + '/' + element + '/' + disaggregation,
                            value));
            assertEquals(4, count);
            assertEquals(Map.of("a/ORG-1/STUD/", 97.0, "a/ORG-2/STUD/OVZ", 2.0, "c/ORG-1/STUD/", 99.0,
                    "c/ORG-2/STUD/OVZ", 2.0), read);
        }
    }

    @Test
    void everyCampaignOfTheDatabaseIsReadWithoutAFilterAndTheCodesAreShared() throws Exception {
        try (Store store = Store.open(database())) {
            for (String id : List.of("a", "b")) {
                store.campaigns().save(new CampaignInfo(id, "tver", null, "2022/23", null, null, null,
                        CampaignStatus.COLLECTING, null, null, null));
                store.values().applyValues(id, List.of(new ValueChange("ORG-1", "STUD", "", id.charAt(0)),
                        new ValueChange("ORG-1", "GRAD", "", 5), new ValueChange("ORG-2", "STUD", "OVZ", 2)),
                        "user", null);
            }
            Map<String, Double> read = new TreeMap<>();
            Map<String, String> instances = new IdentityHashMap<>();
            // "z" has no campaign: the two asked for that exist are all the database has
            long count = store.values().scanValues(List.of("b", "a", "z"), (campaign, organisation, element,
                    disaggregation, value) -> {
                read.put(campaign + '/' + organisation + '/' + element + '/' + disaggregation, value);
                for (String code : List.of(campaign, organisation, element, disaggregation)) {
                    instances.put(code, code);
                }
            });
            assertEquals(6, count);
            assertEquals(Map.of("a/ORG-1/STUD/", 97.0, "a/ORG-1/GRAD/", 5.0, "a/ORG-2/STUD/OVZ", 2.0,
                    "b/ORG-1/STUD/", 98.0, "b/ORG-1/GRAD/", 5.0, "b/ORG-2/STUD/OVZ", 2.0), read);
            // a, b, ORG-1, ORG-2, STUD, GRAD, "", OVZ: one String each
            assertEquals(8, instances.size());

            Map<String, Double> asRead = new TreeMap<>();
            assertEquals(3, store.values().scanValuesAsRead(List.of("b"), (campaign, organisation, element,
                    disaggregation, value) -> asRead.put(campaign + '/' + organisation + '/' + element + '/'
                            + disaggregation, value)));
            assertEquals(Map.of("b/ORG-1/STUD/", 98.0, "b/ORG-1/GRAD/", 5.0, "b/ORG-2/STUD/OVZ", 2.0), asRead);
        }
    }
}
