/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.profmonitor.model.CampaignStatus;
import org.profmonitor.model.LegalAct;
import org.profmonitor.model.ProfmonitorFactory;
import org.profmonitor.store.CampaignInfo;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreLocation;
import org.profmonitor.store.StoreException;

class CampaignStoreTest {

    /**
     * @return a new, empty database of the system under test: Derby in memory here, PostgreSQL in
     *         {@code CampaignStoreOnPostgreSqlTest}, which runs this same class
     */
    StoreLocation database() {
        return TestDatabases.memory();
    }

    /** Seed 002: the Tver monitoring 2022/23, opened by order №1371/ПК of 30.12.2022. */
    private static CampaignInfo tver() {
        LegalAct order = ProfmonitorFactory.eINSTANCE.createLegalAct();
        order.setTitle("Об утверждении положения о мониторинге");
        order.setIssuer("Министерство образования Тверской области");
        order.setNumber("1371/ПК");
        order.setDate(LocalDate.of(2022, 12, 30));
        return new CampaignInfo("tver-2022-23", "tver", "Мониторинг 2022/23", "2022/23", LocalDate.of(2023, 2, 10),
                LocalDate.of(2023, 2, 17), null, CampaignStatus.COLLECTING, order, "tver-2021-22", "по семинару");
    }

    @Test
    void aCampaignComesBackAsSaved() throws Exception {
        try (Store store = Store.open(database())) {
            store.campaigns().save(tver());

            CampaignInfo loaded = store.campaigns().find("tver-2022-23").orElseThrow();
            assertEquals("tver", loaded.indicatorSetId());
            assertEquals("2022/23", loaded.academicYear());
            assertEquals(LocalDate.of(2023, 2, 10), loaded.periodStart());
            assertEquals(LocalDate.of(2023, 2, 17), loaded.periodEnd());
            assertNull(loaded.schedule());
            assertEquals(CampaignStatus.COLLECTING, loaded.status());
            assertEquals("1371/ПК", loaded.openingOrder().getNumber());
            assertEquals(LocalDate.of(2022, 12, 30), loaded.openingOrder().getDate());
            assertEquals("Министерство образования Тверской области", loaded.openingOrder().getIssuer());
            assertEquals("tver-2021-22", loaded.previousId());
            assertEquals("по семинару", loaded.note());
            assertTrue(store.campaigns().find("penza-2021").isEmpty());
        }
    }

    @Test
    void savingAgainUpdatesAndListingOrdersByYear() throws Exception {
        try (Store store = Store.open(database())) {
            store.campaigns().save(tver());
            store.campaigns().save(new CampaignInfo("sonkovo-2022", "tver", "Сонковский район", "2021/22", null,
                    null, "май и октябрь", CampaignStatus.CLOSED, null, null, null));
            CampaignInfo renamed = new CampaignInfo("tver-2022-23", "tver", "Мониторинг (уточнён)", "2022/23", null,
                    null, null, CampaignStatus.COLLECTING, null, null, null);
            store.campaigns().save(renamed);
            store.campaigns().setStatus("tver-2022-23", CampaignStatus.CLOSED);

            List<CampaignInfo> all = store.campaigns().list();
            assertEquals(List.of("tver-2022-23", "sonkovo-2022"), all.stream().map(CampaignInfo::id).toList());
            assertEquals("Мониторинг (уточнён)", all.get(0).title());
            assertEquals(CampaignStatus.CLOSED, all.get(0).status());
            assertNull(all.get(0).openingOrder());
            assertEquals("май и октябрь", all.get(1).schedule());
            StoreException unknown = assertThrows(StoreException.class,
                    () -> store.campaigns().setStatus("penza-2021", CampaignStatus.CLOSED));
            assertTrue(unknown.getMessage().contains("penza-2021"), unknown.getMessage());
        }
    }
}
