/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.tests;

import org.profmonitor.store.StoreLocation;

/** Every test of {@link BulkValueLoaderTest}, through Derby's network client against its network server. */
class BulkValueLoaderOnDerbyNetworkTest extends BulkValueLoaderTest {

    @Override
    StoreLocation database() {
        return TestDatabases.derbyNetwork();
    }
}
