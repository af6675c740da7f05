/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.tests;

import org.profmonitor.store.StoreLocation;

/** Every test of {@link BulkValueLoaderTest}, on a real PostgreSQL server. */
class BulkValueLoaderOnPostgreSqlTest extends BulkValueLoaderTest {

    @Override
    StoreLocation database() {
        return TestDatabases.postgreSql();
    }

    @Override
    boolean refusesNonFiniteValues() {
        return false; // double precision holds NaN and the infinities
    }
}
