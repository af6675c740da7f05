/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;
import org.profmonitor.store.StoreLocation;
import org.profmonitor.store.internal.SqlErrors;

/**
 * An embedded database belongs to one program at a time. Derby's lock is per JVM, so the other
 * program is a real second JVM: Derby's own {@code ij} tool, started from the Derby jars of the
 * derby bundle, holding the database open.
 */
class LockTest {

    private static final String READY = "4242";
    private static final long TIMEOUT_SECONDS = 120;

    @Test
    void aSecondProgramIsToldInRussianThatTheDatabaseIsInUse(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("db");
        Process holder = startIj(dir);
        try (Writer commands = holder.outputWriter(StandardCharsets.UTF_8)) {
            commands.write("connect 'jdbc:derby:" + folder + ";create=true';\nvalues " + READY + ";\n");
            commands.flush();
            awaitReady(holder);

            StoreException inUse = assertThrows(StoreException.class, () -> Store.open(StoreLocation.folder(folder)));

            String message = inUse.getMessage();
            assertTrue(message.startsWith("База данных " + folder + " уже открыта другим экземпляром ProfMonitor"),
                    message);
            assertFalse(message.contains("XSDB6") || message.contains("Exception"), message);
            assertFalse(message.contains("\n"), "one line for the user: " + message);
            assertTrue(SqlErrors.hasState(inUse.getCause(), SqlErrors.ANOTHER_JVM));

            commands.write("exit;\n");
        } finally {
            if (!holder.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }

        // the other program has gone: the database is ours now
        try (Store store = Store.open(StoreLocation.folder(folder))) {
            assertEquals(2, store.schemaVersion());
        }
    }

    private static Process startIj(Path dir) throws IOException {
        Bundle derby = Platform.getBundle("org.profmonitor.derby");
        assertNotNull(derby, "org.profmonitor.derby is not installed");
        List<String> classPath = new ArrayList<>();
        for (String jar : List.of("derby", "derbyshared", "derbytools")) {
            URL entry = FileLocator.find(derby, new org.eclipse.core.runtime.Path("lib/" + jar + ".jar"));
            assertNotNull(entry, jar + ".jar missing in the derby bundle");
            // extracts the nested jar when the bundle is a jar itself
            classPath.add(new File(FileLocator.toFileURL(entry).getPath()).getAbsolutePath());
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Dderby.stream.error.file=" + dir.resolve("holder-derby.log"), "-cp",
                String.join(File.pathSeparator, classPath), "org.apache.derby.tools.ij").directory(dir.toFile())
                .redirectErrorStream(true).start();
    }

    /** Reads ij's output until the query after the connect has answered: the database is booted. */
    private static void awaitReady(Process holder) throws Exception {
        BufferedReader output = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        Thread reader = Thread.ofVirtual().start(() -> {
            try {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    synchronized (seen) {
                        seen.append(line).append('\n');
                    }
                    if (line.strip().equals(READY)) {
                        return;
                    }
                }
            } catch (IOException e) {
                // the process ended; the assertion below reports what it said
            }
        });
        reader.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
        synchronized (seen) {
            assertTrue(seen.toString().lines().anyMatch(line -> line.strip().equals(READY)),
                    "the holder did not open the database:\n" + seen);
        }
    }
}
