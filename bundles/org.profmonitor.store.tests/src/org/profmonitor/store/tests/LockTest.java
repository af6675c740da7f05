/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profmonitor.store.Store;
import org.profmonitor.store.testing.SecondProgram;
import org.profmonitor.store.StoreException;
import org.profmonitor.store.StoreLocation;
import org.profmonitor.store.internal.SqlErrors;

/**
 * An embedded database belongs to one program at a time. Derby's lock is per JVM, so the other
 * program is a real second JVM: Derby's own {@code ij} tool, started from the Derby jars of the
 * derby bundle, holding the database open.
 */
class LockTest {

    @Test
    void aSecondProgramIsToldInRussianThatTheDatabaseIsInUse(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("db");
        try (SecondProgram holder = SecondProgram.holding(folder, dir)) {
            StoreException inUse = assertThrows(StoreException.class, () -> Store.open(StoreLocation.folder(folder)));

            String message = inUse.getMessage();
            assertTrue(message.startsWith("База данных " + folder + " уже открыта другим экземпляром ProfMonitor"),
                    message);
            assertFalse(message.contains("XSDB6") || message.contains("Exception"), message);
            assertFalse(message.contains("\n"), "one line for the user: " + message);
            assertTrue(SqlErrors.hasState(inUse.getCause(), SqlErrors.ANOTHER_JVM));
        }

        // the other program has gone: the database is ours now
        try (Store store = Store.open(StoreLocation.folder(folder))) {
            assertEquals(5, store.schemaVersion());
        }
    }
}
