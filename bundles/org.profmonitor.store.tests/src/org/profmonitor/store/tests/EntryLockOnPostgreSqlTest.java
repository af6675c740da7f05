/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.tests;

import org.profmonitor.store.StoreLocation;

/** Every test of {@link EntryLockTest}, on a real PostgreSQL server. */
class EntryLockOnPostgreSqlTest extends EntryLockTest {

    @Override
    StoreLocation database() {
        return TestDatabases.postgreSql();
    }
}
