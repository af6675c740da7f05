/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profmonitor.store.DatabaseAdmin;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;
import org.profmonitor.store.StoreLocation;
import org.profmonitor.store.ValueChange;

/** Status, and the copy of a whole database from Derby to PostgreSQL and back. */
class DatabaseAdminTest {

    private static final String CAMPAIGN = "sonkovo-2022";

    @TempDir
    Path temp;

    private static void fill(StoreLocation location) throws StoreException {
        try (Store store = Store.open(location)) {
            store.campaigns().save(TestDatabases.campaign(CAMPAIGN));
            store.values().applyValues(CAMPAIGN, List.of(ValueChange.of("sonkovo", "grade11_graduates", 22),
                    ValueChange.of("sonkovo", "grade11_to_university", 14.5)), "ivanova", "sonkovo.xlsx");
            store.values().applyValues(CAMPAIGN, List.of(ValueChange.of("sonkovo", "grade11_to_university", 14)),
                    "petrov", "ввод вручную");
        }
    }

    /* the data, without SCHEMA_VERSION: its times are when each database was migrated */
    private static String data(StoreLocation location) throws Exception {
        String dump = TestDatabases.dump(location);
        int campaign = dump.indexOf("== CAMPAIGN\n");
        return dump.substring(campaign);
    }

    @Test
    void statusReadsTheVersionWithoutMigrating() throws Exception {
        StoreLocation location = TestDatabases.memory();
        assertEquals(new DatabaseAdmin.SchemaStatus(0, 5, 0), DatabaseAdmin.status(location));
        fill(location);
        assertEquals(new DatabaseAdmin.SchemaStatus(5, 5, 1), DatabaseAdmin.status(location));
        assertTrue(DatabaseAdmin.status(location).upToDate());
    }

    @Test
    void derbyToPostgreSqlAndBackKeepsEveryRow() throws Exception {
        StoreLocation derby = TestDatabases.memory();
        fill(derby);
        StoreLocation server = TestDatabases.postgreSql();
        assertEquals(2 + 3 + 1, DatabaseAdmin.copy(derby, server));
        try (Store original = Store.open(derby); Store copy = Store.open(server)) {
            assertEquals(original.campaigns().list(), copy.campaigns().list());
            assertEquals(original.values().values(CAMPAIGN), copy.values().values(CAMPAIGN));
            assertEquals(original.values().audit(CAMPAIGN), copy.values().audit(CAMPAIGN));
        }
        StoreLocation back = StoreLocation.folder(temp.resolve("back"));
        DatabaseAdmin.copy(server, back);
        assertEquals(data(derby), data(back));
    }

    @Test
    void aTargetWithCampaignsIsRefusedAndKeptAsItWas() throws Exception {
        StoreLocation derby = TestDatabases.memory();
        fill(derby);
        StoreLocation server = TestDatabases.postgreSql();
        fill(server);
        String before = data(server);
        StoreException refused = assertThrows(StoreException.class, () -> DatabaseAdmin.copy(derby, server));
        assertTrue(refused.getMessage().contains("уже содержит кампании"), refused.getMessage());
        assertEquals(before, data(server));
    }

    @Test
    void aMissingSourceFolderIsRefused() {
        StoreException refused = assertThrows(StoreException.class,
                () -> DatabaseAdmin.copy(StoreLocation.folder(temp.resolve("none")), TestDatabases.memory()));
        assertTrue(refused.getMessage().contains("нет базы данных"), refused.getMessage());
    }

    @Test
    void aPasswordInTheUrlIsRefusedWithoutShowingIt() {
        StoreException refused = assertThrows(StoreException.class,
                () -> Store.open("jdbc:postgresql://127.0.0.1:1/pm?user=ivanova&password=secret"));
        assertTrue(refused.getMessage().contains("PROFMONITOR_DB_PASSWORD"), refused.getMessage());
        assertTrue(!refused.getMessage().contains("secret"), refused.getMessage());
    }
}
