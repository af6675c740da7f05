/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.tests;

import org.profmonitor.store.StoreLocation;

/** Every test of {@link AnalysisStoreTest}, on a real PostgreSQL server. */
class AnalysisStoreOnPostgreSqlTest extends AnalysisStoreTest {

    @Override
    StoreLocation database() {
        return TestDatabases.postgreSql();
    }
}
