/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.tests;

import org.profmonitor.store.StoreLocation;

/** Every test of {@link ValueStoreTest}, through Derby's network client against its network server. */
class ValueStoreOnDerbyNetworkTest extends ValueStoreTest {

    @Override
    StoreLocation database() {
        return TestDatabases.derbyNetwork();
    }
}
