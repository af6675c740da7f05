/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.tests;

import org.profmonitor.store.StoreLocation;

/** Every test of {@link CampaignStoreTest}, through Derby's network client against its network server. */
class CampaignStoreOnDerbyNetworkTest extends CampaignStoreTest {

    @Override
    StoreLocation database() {
        return TestDatabases.derbyNetwork();
    }
}
