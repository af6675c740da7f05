/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.testing;

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
import org.osgi.framework.Bundle;

/**
 * Another program holding an embedded database open, for the tests of what a second ProfMonitor
 * is told. Derby's lock is per JVM, so it is a real second JVM: Derby's own {@code ij} tool,
 * started from the jars of the derby bundle. Closing it tells {@code ij} to exit and waits.
 */
public final class SecondProgram implements AutoCloseable {

    private static final String READY = "4242";
    private static final long TIMEOUT_SECONDS = 120;

    private final Process process;
    private final Writer commands;

    private SecondProgram(Process process) {
        this.process = process;
        this.commands = process.outputWriter(StandardCharsets.UTF_8);
    }

    /**
     * Starts {@code ij}, connects it to the database and returns once the database is booted.
     *
     * @param folder the embedded database's folder; created if it does not exist
     * @param work a folder for the other program's Derby log
     * @return the running program
     * @throws IOException when it cannot start or does not open the database in time
     */
    public static SecondProgram holding(Path folder, Path work) throws IOException {
        SecondProgram program = new SecondProgram(start(work));
        try {
            program.commands.write("connect 'jdbc:derby:" + folder + ";create=true';\nvalues " + READY + ";\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            program.commands.flush();
            program.awaitReady();
        } catch (IOException | RuntimeException e) {
            program.process.destroyForcibly();
            throw e;
        }
        return program;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            commands.write("exit;\n"); //$NON-NLS-1$
            commands.close();
        } finally {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static Process start(Path work) throws IOException {
        Bundle derby = Platform.getBundle("org.profmonitor.derby"); //$NON-NLS-1$
        if (derby == null) {
            throw new IOException("org.profmonitor.derby is not installed"); //$NON-NLS-1$
        }
        List<String> classPath = new ArrayList<>();
        for (String jar : List.of("derby", "derbyshared", "derbytools")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            URL entry = FileLocator.find(derby, new org.eclipse.core.runtime.Path("lib/" + jar + ".jar")); //$NON-NLS-1$ //$NON-NLS-2$
            if (entry == null) {
                throw new IOException(jar + ".jar missing in the derby bundle"); //$NON-NLS-1$
            }
            // extracts the nested jar when the bundle is a jar itself
            classPath.add(new File(FileLocator.toFileURL(entry).getPath()).getAbsolutePath());
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString(); //$NON-NLS-1$ //$NON-NLS-2$
        return new ProcessBuilder(java, "-Dderby.stream.error.file=" + work.resolve("holder-derby.log"), "-cp", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                String.join(File.pathSeparator, classPath), "org.apache.derby.tools.ij").directory(work.toFile()) //$NON-NLS-1$
                .redirectErrorStream(true).start();
    }

    /** Reads ij's output until the query after the connect has answered: the database is booted. */
    private void awaitReady() throws IOException {
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
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
                // the process ended; reported below with what it said
            }
        });
        try {
            reader.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (seen) {
            if (seen.toString().lines().noneMatch(line -> line.strip().equals(READY))) {
                throw new IOException("the other program did not open the database:\n" + seen); //$NON-NLS-1$
            }
        }
    }
}
