/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.store.internal.Database;
import org.profmonitor.store.internal.Messages;
import org.profmonitor.store.internal.Migrations;
import org.profmonitor.store.internal.Migrator;
import org.profmonitor.store.internal.SqlErrors;
import org.profmonitor.store.internal.TableCopier;

/**
 * What IT staff do to a database rather than with it: look at its schema version without
 * changing it, migrate it, and copy a whole database to another (an embedded one to the server,
 * or back), all or nothing.
 */
public final class DatabaseAdmin {

    /**
     * A database's schema against this program's.
     *
     * @param current the version of the database, 0 when it has no schema yet
     * @param latest  the newest version this program knows
     * @param campaigns the campaigns it holds (0 without a schema)
     */
    public record SchemaStatus(int current, int latest, int campaigns) {
        /** @return {@code true} when a migration would change nothing */
        public boolean upToDate() {
            return current == latest;
        }
    }

    private DatabaseAdmin() {
    }

    /**
     * @param location a database; an embedded one that does not exist is created empty
     * @return its schema version, read without migrating
     * @throws StoreException when it cannot be opened
     */
    public static SchemaStatus status(StoreLocation location) throws StoreException {
        Database database = Database.open(location);
        try (Connection connection = database.connect()) {
            int current = Migrator.currentVersion(connection);
            int latest = new Migrator(location, Migrations.load()).latestVersion();
            return new SchemaStatus(current, latest, current == 0 ? 0 : campaigns(connection));
        } catch (SQLException e) {
            throw SqlErrors.onOpen(location, e);
        } finally {
            database.shutdown();
        }
    }

    /**
     * Copies every row of one database into another that holds no campaign yet. Both are migrated
     * to the newest schema first; the rows are written in one transaction, so a failure leaves
     * the target as empty as it was.
     *
     * @param from the database to copy
     * @param to   the database to fill
     * @return the rows copied
     * @throws StoreException when either cannot be opened, the target has data, or the copy fails
     */
    public static long copy(StoreLocation from, StoreLocation to) throws StoreException {
        if (from.folder() != null && !Files.isDirectory(from.folder())) {
            // opening would create an empty database and copy nothing, silently
            throw new StoreException(NLS.bind(Messages.Store_copySourceMissing, from.displayName()));
        }
        try (Store source = Store.open(from); Store target = Store.open(to)) {
            Database targetDatabase = target.database();
            return targetDatabase.inTransaction(writing -> {
                if (campaigns(writing) > 0) {
                    throw new StoreException(NLS.bind(Messages.Store_copyTargetNotEmpty, to.displayName()));
                }
                try (Connection reading = source.database().connect()) {
                    reading.setAutoCommit(false);
                    reading.setReadOnly(true);
                    try {
                        return TableCopier.copy(reading, writing);
                    } finally {
                        reading.rollback();
                    }
                }
            });
        }
    }

    private static int campaigns(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM CAMPAIGN")) { //$NON-NLS-1$
            rs.next();
            return rs.getInt(1);
        }
    }
}
