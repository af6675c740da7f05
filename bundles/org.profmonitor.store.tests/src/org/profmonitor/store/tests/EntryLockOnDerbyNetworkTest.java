/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.tests;

import org.profmonitor.store.StoreLocation;

/** Every test of {@link EntryLockTest}, through Derby's network client against its network server. */
class EntryLockOnDerbyNetworkTest extends EntryLockTest {

    @Override
    StoreLocation database() {
        return TestDatabases.derbyNetwork();
    }
}
