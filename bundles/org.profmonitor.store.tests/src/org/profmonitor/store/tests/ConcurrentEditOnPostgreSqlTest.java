/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.tests;

import org.profmonitor.store.StoreLocation;

/** Every test of {@link ConcurrentEditTest}, on a real PostgreSQL server. */
class ConcurrentEditOnPostgreSqlTest extends ConcurrentEditTest {

    @Override
    StoreLocation database() {
        return TestDatabases.postgreSql();
    }
}
