/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.tests;

import org.profmonitor.store.StoreLocation;

/** Every test of {@link ConcurrentEditTest}, through Derby's network client against its network server. */
class ConcurrentEditOnDerbyNetworkTest extends ConcurrentEditTest {

    @Override
    StoreLocation database() {
        return TestDatabases.derbyNetwork();
    }
}
