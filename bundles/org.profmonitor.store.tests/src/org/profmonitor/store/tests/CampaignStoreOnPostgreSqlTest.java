/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.tests;

import org.profmonitor.store.StoreLocation;

/** Every test of {@link CampaignStoreTest}, on a real PostgreSQL server. */
class CampaignStoreOnPostgreSqlTest extends CampaignStoreTest {

    @Override
    StoreLocation database() {
        return TestDatabases.postgreSql();
    }
}
