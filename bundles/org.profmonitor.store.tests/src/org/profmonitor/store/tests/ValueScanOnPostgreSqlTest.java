/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.tests;

import org.profmonitor.store.StoreLocation;

/** Every test of {@link ValueScanTest}, on a real PostgreSQL server. */
class ValueScanOnPostgreSqlTest extends ValueScanTest {

    @Override
    StoreLocation database() {
        return TestDatabases.postgreSql();
    }
}
