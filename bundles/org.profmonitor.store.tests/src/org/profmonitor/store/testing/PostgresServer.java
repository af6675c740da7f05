/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.profmonitor.store.StoreLocation;

/**
 * A real PostgreSQL server of the tests' own: {@code initdb} into a temporary folder, started with
 * {@code pg_ctl} on a free loopback port, stopped when the test JVM exits. One server serves the
 * whole JVM; every test gets a database of its own ({@link #newDatabase()}).
 * <p>
 * PostgreSQL refuses to run as root, and CI runs the tests as root: then the server runs as the
 * user {@value #UNPRIVILEGED_USER} through {@code runuser}. Authentication is {@code trust} on
 * loopback only, so the tests need no password; the password path is tested apart.
 */
public final class PostgresServer {

    /** The superuser initdb creates; the tests connect as it. */
    public static final String SUPERUSER = "profmonitor";
    private static final String UNPRIVILEGED_USER = "nobody";
    private static final String LOOPBACK = "127.0.0.1";
    private static final long TIMEOUT_SECONDS = 120;

    private static PostgresServer instance;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Path bin;
    private final Path root;
    private final int port;

    private PostgresServer(Path bin, Path root, int port) {
        this.bin = bin;
        this.root = root;
        this.port = port;
    }

    /** @return the folder of PostgreSQL's programs on this machine, if any */
    public static Optional<Path> binaries() {
        List<Path> candidates = new ArrayList<>();
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.map(version -> version.resolve("bin")).sorted((a, b) -> b.compareTo(a)).forEach(candidates::add);
            } catch (IOException e) {
                // fall through to the other places
            }
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String folder : path.split(java.io.File.pathSeparator)) {
                candidates.add(Path.of(folder));
            }
        }
        candidates.add(Path.of("/usr/local/pgsql/bin"));
        return candidates.stream().filter(folder -> Files.isExecutable(folder.resolve("initdb"))
                && Files.isExecutable(folder.resolve("pg_ctl"))).findFirst();
    }

    /**
     * @return the server, started on first use
     * @throws IllegalStateException when there is no PostgreSQL on the machine or it does not start
     */
    public static synchronized PostgresServer get() {
        if (instance == null) {
            Path bin = binaries().orElseThrow(() -> new IllegalStateException(
                    "PostgreSQL (initdb, pg_ctl) is not installed on this machine"));
            try {
                instance = start(bin);
            } catch (IOException e) {
                throw new IllegalStateException("PostgreSQL did not start: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while PostgreSQL started", e);
            }
            PostgresServer started = instance;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "stop PostgreSQL"));
        }
        return instance;
    }

    private static PostgresServer start(Path bin) throws IOException, InterruptedException {
        Path root = Files.createTempDirectory("profmonitor-pg");
        // world-writable so that the unprivileged user can create the cluster inside
        root.toFile().setWritable(true, false);
        root.toFile().setExecutable(true, false);
        root.toFile().setReadable(true, false);
        PostgresServer server = new PostgresServer(bin, root, freePort());
        server.run("initdb", "-D", server.data().toString(), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
                "--locale=C.UTF-8", "--no-sync");
        server.run("pg_ctl", "-D", server.data().toString(), "-l", root.resolve("server.log").toString(), "-w",
                "-t", "60", "-o", "-p " + server.port + " -c listen_addresses=" + LOOPBACK + " -k " + root
                        + " -c fsync=off", "start");
        return server;
    }

    private Path data() {
        return root.resolve("data");
    }

    /** @return the port the server listens on, on 127.0.0.1 */
    public int port() {
        return port;
    }

    /**
     * @param database a database name
     * @param user     the user to connect as
     * @return its URL
     */
    public String url(String database, String user) {
        return "jdbc:postgresql://" + LOOPBACK + ":" + port + "/" + database + "?user=" + user;
    }

    /**
     * Creates an empty database, as IT staff would for ProfMonitor.
     *
     * @return its location, connecting as the superuser
     */
    public StoreLocation newDatabase() {
        String name = "pm_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        execute("CREATE DATABASE " + name);
        return StoreLocation.url(url(name, SUPERUSER));
    }

    /**
     * Runs a statement as the superuser in the maintenance database {@code postgres}.
     *
     * @param sql the statement
     */
    public void execute(String sql) {
        try {
            Class.forName("org.postgresql.Driver");
            try (Connection connection = DriverManager.getConnection(url("postgres", SUPERUSER));
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        } catch (SQLException | ClassNotFoundException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private void stop() {
        try {
            run("pg_ctl", "-D", data().toString(), "-m", "immediate", "-w", "stop");
            deleteTree(root);
        } catch (IOException e) {
            System.err.println("PostgreSQL of the tests did not stop: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(String program, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (isRoot()) {
            command.addAll(List.of("runuser", "-u", UNPRIVILEGED_USER, "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile("profmonitor-pg", ".out");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                    .directory(root.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(program + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed with " + process.exitValue() + ":\n"
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name").toLowerCase(Locale.ROOT));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
