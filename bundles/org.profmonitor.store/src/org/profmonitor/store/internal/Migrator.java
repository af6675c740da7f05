/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.store.StoreException;
import org.profmonitor.store.StoreLocation;

/**
 * Brings a database's schema up to the newest version this program knows. Each migration runs in
 * its own transaction together with the row that records it in {@code SCHEMA_VERSION}, so a
 * failed migration leaves the database at the previous version with all its data. The DDL of
 * Derby and of PostgreSQL is transactional, which is what makes this work.
 */
public final class Migrator {

    /** The table that records the applied migrations. */
    public static final String VERSION_TABLE = "SCHEMA_VERSION"; //$NON-NLS-1$

    private final StoreLocation location;
    private final List<Migration> migrations;
    private final Dialect dialect;

    /**
     * @param location   the database, for messages
     * @param migrations the migrations in version order, as {@link Migrations#load()} gives them
     */
    public Migrator(StoreLocation location, List<Migration> migrations) {
        this.location = location;
        this.migrations = List.copyOf(migrations);
        this.dialect = Dialect.of(location.jdbcUrl());
    }

    /** @return the newest version the migrations produce */
    public int latestVersion() {
        return migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
    }

    /**
     * @param connection a connection in auto-commit mode
     * @return the versions applied now, in order; empty when the schema was up to date
     * @throws StoreException when the database is newer than the program or a migration fails
     */
    public List<Integer> migrate(Connection connection) throws StoreException {
        return migrate(connection, latestVersion());
    }

    /**
     * Migrates up to a version only; tests build databases of older versions with it.
     *
     * @param connection a connection in auto-commit mode
     * @param upTo       the last version to apply
     * @return the versions applied now, in order
     * @throws StoreException when the database is newer than the program or a migration fails
     */
    public List<Integer> migrate(Connection connection, int upTo) throws StoreException {
        try {
            createVersionTable(connection);
            int current = currentVersion(connection);
            if (current > latestVersion()) {
                throw new StoreException(NLS.bind(Messages.Store_newerSchema,
                        new Object[] { location.displayName(), current, latestVersion() }));
            }
        } catch (SQLException e) {
            throw SqlErrors.onOpen(location, e);
        }
        List<Integer> applied = new ArrayList<>();
        for (Migration migration : migrations) {
            if (migration.version() <= upTo && apply(connection, migration)) {
                applied.add(migration.version());
            }
        }
        return applied;
    }

    /**
     * @param connection a connection
     * @return the schema version of the database, 0 when it has none yet
     * @throws SQLException as Derby reports it
     */
    public static int currentVersion(Connection connection) throws SQLException {
        if (!versionTableExists(connection)) {
            return 0;
        }
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT MAX(VERSION_NO) FROM " + VERSION_TABLE)) { //$NON-NLS-1$
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private boolean apply(Connection connection, Migration migration) throws StoreException {
        try {
            if (currentVersion(connection) >= migration.version()) {
                // applied already: no lock, which users who may only read could not take
                return false;
            }
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                // a second program migrating the same server database waits here, then sees
                // the version the first one recorded and skips the script
                statement.execute("LOCK TABLE " + VERSION_TABLE + " IN EXCLUSIVE MODE"); //$NON-NLS-1$ //$NON-NLS-2$
                if (currentVersion(connection) >= migration.version()) {
                    connection.rollback();
                    return false;
                }
                for (String sql : migration.statements(dialect == Dialect.POSTGRESQL)) {
                    statement.execute(dialect.translate(sql));
                }
            }
            record(connection, migration);
            connection.commit();
            return true;
        } catch (SQLException | IOException e) {
            rollbackQuietly(connection);
            String reason = e instanceof SQLException sql ? SqlErrors.reason(sql) : String.valueOf(e.getMessage());
            throw new StoreException(NLS.bind(Messages.Store_migrationFailed,
                    new Object[] { location.displayName(), migration.script(), reason }), e);
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                // the connection is broken; the caller's next use reports it
            }
        }
    }

    private static void record(Connection connection, Migration migration) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + VERSION_TABLE //$NON-NLS-1$
                + " (VERSION_NO, SCRIPT, APPLIED_AT) VALUES (?, ?, ?)")) { //$NON-NLS-1$
            insert.setInt(1, migration.version());
            insert.setString(2, migration.script());
            insert.setTimestamp(3, Jdbc.timestampNow());
            insert.executeUpdate();
        }
    }

    private void createVersionTable(Connection connection) throws SQLException {
        if (versionTableExists(connection)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + VERSION_TABLE + " (" //$NON-NLS-1$ //$NON-NLS-2$
                    + "VERSION_NO INTEGER NOT NULL PRIMARY KEY, " //$NON-NLS-1$
                    + "SCRIPT VARCHAR(200) NOT NULL, " //$NON-NLS-1$
                    + "APPLIED_AT TIMESTAMP NOT NULL)"); //$NON-NLS-1$
        } catch (SQLException e) {
            // another program created it between our look and our create: that is fine
            if (!dialect.tableExistsState().equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    private static boolean versionTableExists(Connection connection) throws SQLException {
        String name = Dialect.of(connection.getMetaData().getURL()).catalogName(VERSION_TABLE);
        try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), name,
                new String[] { "TABLE" })) { //$NON-NLS-1$
            return tables.next();
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // the original failure is the one to report
        }
    }
}
