/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.profmonitor.store.StoreException;
import org.profmonitor.store.StoreLocation;

/**
 * One database (Derby embedded or on a server, PostgreSQL): hands out connections and shuts an embedded database down. Every unit of
 * work takes its own connection, so that background jobs and the window never share a
 * transaction; embedded Derby makes a connection to a booted database cheap.
 */
public final class Database {

    /** The environment variable that holds a server database's password; never a file or the URL. */
    public static final String PASSWORD_VARIABLE = "PROFMONITOR_DB_PASSWORD"; //$NON-NLS-1$
    private static final String PASSWORD_PROPERTY = "password"; //$NON-NLS-1$
    private static final String ERROR_FILE_PROPERTY = "derby.stream.error.file"; //$NON-NLS-1$
    private static final String SHUTDOWN_OK = "08006"; //$NON-NLS-1$
    private static final String DERBY_SCHEMA = "APP"; //$NON-NLS-1$

    private final StoreLocation location;
    private final Dialect dialect;
    private final String password;
    /* server connections are reused; an embedded database's are cheap */
    private final ConnectionPool pool;

    private Database(StoreLocation location, String password) {
        this.location = location;
        this.dialect = Dialect.of(location.jdbcUrl());
        this.password = password;
        this.pool = location.isEmbedded() ? null : new ConnectionPool(this::open);
    }

    /**
     * Loads the driver and connects once, which boots an embedded database (and takes its lock).
     *
     * @param location the database
     * @return the database, booted
     * @throws StoreException when the driver is missing or the database cannot be opened,
     *                        notably when another program holds it
     */
    public static Database open(StoreLocation location) throws StoreException {
        return open(location, location.password() != null ? location.password() : System.getenv(PASSWORD_VARIABLE));
    }

    /**
     * As {@link #open(StoreLocation)}, with the password given (a prompt's answer, a test's).
     *
     * @param location the database
     * @param password the password of the URL's user, or {@code null} for none
     * @return the database, connected once
     * @throws StoreException as {@link #open(StoreLocation)}
     */
    public static Database open(StoreLocation location, String password) throws StoreException {
        if (location.hasPasswordInUrl()) {
            throw new StoreException(NLS.bind(Messages.Store_passwordInUrl, location.displayName(), PASSWORD_VARIABLE));
        }
        loadDriver(Dialect.of(location.jdbcUrl()));
        if (location.folder() != null) {
            prepareFolder(location.folder());
        }
        Database database = new Database(location, password);
        try (Connection probe = database.connect()) {
            // connecting is the test: Derby boots the database and locks its folder here
            probe.getMetaData();
        } catch (SQLException e) {
            throw SqlErrors.onOpen(location, e);
        }
        return database;
    }

    /** @return where the database is */
    public StoreLocation location() {
        return location;
    }

    /**
     * @return a connection in auto-commit mode, of its own for the caller until closed (a server's
     *         may have served an earlier unit of work); the caller closes it
     * @throws SQLException as Derby reports it
     */
    public Connection connect() throws SQLException {
        return pool == null ? open() : pool.lease();
    }

    private Connection open() throws SQLException {
        Connection connection;
        if (password == null || dialect == Dialect.DERBY) {
            connection = DriverManager.getConnection(location.jdbcUrl());
        } else {
            Properties properties = new Properties();
            properties.setProperty(PASSWORD_PROPERTY, password);
            connection = DriverManager.getConnection(location.jdbcUrl(), properties);
        }
        if (dialect == Dialect.DERBY_CLIENT) {
            // Derby's default schema is the user's own: every user of a Derby server would get
            // tables of its own. The program's live in APP, as in an embedded database.
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET SCHEMA " + DERBY_SCHEMA); //$NON-NLS-1$
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
        }
        return connection;
    }

    /** @return the database system, for the few statements that differ */
    public Dialect dialect() {
        return dialect;
    }

    /**
     * Work on one connection.
     *
     * @param <T> the result
     */
    @FunctionalInterface
    public interface Work<T> {
        /**
         * @param connection the connection, in the mode the caller chose
         * @return the result
         * @throws SQLException   as Derby reports it
         * @throws StoreException for a failure the work recognises itself
         */
        T run(Connection connection) throws SQLException, StoreException;
    }

    /**
     * Runs work in one transaction: it is committed when the work returns and rolled back,
     * completely, when it throws.
     *
     * @param <T>  the result
     * @param work the work
     * @return its result
     * @throws StoreException when the work fails; nothing of it is written
     */
    public <T> T inTransaction(Work<T> work) throws StoreException {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | StoreException | RuntimeException e) {
                rollback(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /*
     * A write the server refused for want of rights (PostgreSQL's row-level security or grants):
     * the message says who the server took the user for and what the user's scope is.
     */
    private StoreException failure(SQLException e) {
        if (!SqlErrors.hasState(e, SqlErrors.INSUFFICIENT_PRIVILEGE)) {
            return SqlErrors.onWrite(location, e);
        }
        String user = "?"; //$NON-NLS-1$
        String scope = "?"; //$NON-NLS-1$
        try (Connection connection = connect()) {
            user = EntryGuard.currentUser(connection, dialect);
            scope = EntryGuard.describe(EntryGuard.scopeOf(connection, user));
        } catch (SQLException lookup) {
            e.addSuppressed(lookup);
        }
        return new StoreException(NLS.bind(Messages.Store_refusedByServer,
                new Object[] { location.displayName(), user, scope, SqlErrors.reason(e) }), e);
    }

    /**
     * Runs reading work on a connection of its own.
     *
     * @param <T>  the result
     * @param work the work
     * @return its result
     * @throws StoreException when the database fails
     */
    public <T> T read(Work<T> work) throws StoreException {
        try (Connection connection = connect()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static void rollback(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // the connection is gone, and with it the transaction; report the first failure
            failure.addSuppressed(e);
        }
    }

    /**
     * Shuts an embedded database down so that its files are consistent and its lock is released;
     * a network server's database stays up for its other clients, and only the idle connections
     * this program kept are closed.
     */
    public void shutdown() {
        String name = location.embeddedName();
        if (name == null) {
            pool.closeIdle();
            return;
        }
        try {
            // Derby answers a successful shutdown with an exception, never with a connection
            DriverManager.getConnection("jdbc:derby:" + name + ";shutdown=true").close(); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (SQLException e) {
            if (!SHUTDOWN_OK.equals(e.getSQLState())) {
                ILog.of(Database.class).warn(NLS.bind(Messages.Store_shutdownFailed, location.displayName(),
                        SqlErrors.reason(e)), e);
            }
        }
    }

    private static void loadDriver(Dialect dialect) throws StoreException {
        // explicit loading: the java.sql.Driver service file is invisible from a bundle class loader
        String driver = dialect.driverClass();
        try {
            Class.forName(driver);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new StoreException(NLS.bind(Messages.Store_driverMissing, driver), e);
        }
    }

    private static void prepareFolder(Path folder) throws StoreException {
        Path parent = folder.getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException(NLS.bind(Messages.Store_cannotOpen, folder, e.getMessage()), e);
        }
        // derby.log would otherwise land in whatever the current directory is; Derby reads the
        // property once, when the engine boots, so the first database opened decides
        if (parent != null && System.getProperty(ERROR_FILE_PROPERTY) == null) {
            System.setProperty(ERROR_FILE_PROPERTY, parent.resolve("derby.log").toString()); //$NON-NLS-1$
        }
    }
}
