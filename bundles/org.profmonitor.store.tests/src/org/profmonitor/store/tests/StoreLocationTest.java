/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreLocation;

class StoreLocationTest {

    @Test
    void aFolderIsAnEmbeddedDatabaseCreatedOnFirstOpen(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("data/db");
        StoreLocation location = StoreLocation.of(folder.toString());

        assertEquals("jdbc:derby:" + folder + ";create=true", location.jdbcUrl());
        assertEquals(folder, location.folder());
        assertTrue(location.isEmbedded());
        assertEquals(folder.toString(), location.embeddedName());
        try (Store store = Store.open(location)) {
            assertEquals(5, store.schemaVersion());
        }
        assertTrue(folder.resolve("service.properties").toFile().isFile(), "Derby created its files");
        try (Store store = Store.open(location)) {
            assertTrue(store.migrationsApplied().isEmpty(), "closed cleanly and reopened");
        }
    }

    @Test
    void jdbcUrlsAreTakenAsTheyAre() {
        StoreLocation server = StoreLocation.of("jdbc:derby://db.example:1527/profmonitor;user=pm");
        assertFalse(server.isEmbedded());
        assertNull(server.embeddedName());
        assertNull(server.folder());
        assertEquals("jdbc:derby://db.example:1527/profmonitor", server.displayName());

        StoreLocation memory = StoreLocation.of("jdbc:derby:memory:test;create=true");
        assertTrue(memory.isEmbedded());
        assertEquals("memory:test", memory.embeddedName());
    }

    @Test
    void theDefaultFolderFollowsTheDataRootProperty(@TempDir Path dir) {
        String previous = System.getProperty(StoreLocation.DATA_ROOT_PROPERTY);
        try {
            System.setProperty(StoreLocation.DATA_ROOT_PROPERTY, dir.toString());
            assertEquals(dir.resolve("db"), StoreLocation.defaultLocation().folder());
            System.clearProperty(StoreLocation.DATA_ROOT_PROPERTY);
            assertEquals(Path.of(System.getProperty("user.home"), ".profmonitor", "db"),
                    StoreLocation.defaultLocation().folder());
        } finally {
            if (previous != null) {
                System.setProperty(StoreLocation.DATA_ROOT_PROPERTY, previous);
            }
        }
    }

    @Test
    void theUserOfThePreferencesGoesIntoAServerUrlThatNamesNone() {
        assertEquals("jdbc:postgresql://db.example/pm?user=%D0%BC%D0%B5%D1%82%D0%BE%D0%B4%D0%B8%D1%81%D1%82",
                StoreLocation.of("jdbc:postgresql://db.example/pm").withUser("методист").jdbcUrl());
        assertEquals("jdbc:postgresql://db.example/pm?ssl=true&user=pm",
                StoreLocation.of("jdbc:postgresql://db.example/pm?ssl=true").withUser("pm").jdbcUrl());
        assertEquals("jdbc:derby://db.example:1527/pm;user=pm",
                StoreLocation.of("jdbc:derby://db.example:1527/pm").withUser(" pm ").jdbcUrl());
        // a URL that names its user keeps it; an embedded database has no users
        assertEquals("jdbc:postgresql://db.example/pm?user=other",
                StoreLocation.of("jdbc:postgresql://db.example/pm?user=other").withUser("pm").jdbcUrl());
        assertEquals("jdbc:derby:memory:x;create=true",
                StoreLocation.of("jdbc:derby:memory:x;create=true").withUser("pm").jdbcUrl());
        assertEquals("s3cret", StoreLocation.of("jdbc:postgresql://h/pm").withPassword("s3cret").withUser("pm").password());
    }
}
