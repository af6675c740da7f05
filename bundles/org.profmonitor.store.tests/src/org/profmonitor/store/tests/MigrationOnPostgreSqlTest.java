/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.tests;

import org.profmonitor.store.StoreLocation;

/** Every test of {@link MigrationTest}, on a real PostgreSQL server. */
class MigrationOnPostgreSqlTest extends MigrationTest {

    @Override
    StoreLocation database() {
        return TestDatabases.postgreSql();
    }
}
