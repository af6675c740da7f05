/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.tests;

import org.profmonitor.store.StoreLocation;

/** Every test of {@link ValueStoreTest}, on a real PostgreSQL server. */
class ValueStoreOnPostgreSqlTest extends ValueStoreTest {

    @Override
    StoreLocation database() {
        return TestDatabases.postgreSql();
    }
}
