/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.store.internal.BulkBatches;
import org.profmonitor.store.internal.BulkRows;
import org.profmonitor.store.internal.Database;
import org.profmonitor.store.internal.Dialect;
import org.profmonitor.store.internal.EntryGuard;
import org.profmonitor.store.internal.Jdbc;
import org.profmonitor.store.internal.Messages;

/**
 * The first load of a campaign's values in bulk: millions of rows (a country's campaign) in one
 * transaction, all or nothing. {@link ValueStore#applyValues} compares every value with the stored
 * one and writes row by row with an audit row per value so that a failing row is named; a campaign
 * without values needs neither. On embedded Derby the values are kept in memory and inserted by one
 * statement from a table function, in Derby's bulk-insert mode ({@link BulkRows}); elsewhere in JDBC
 * batches. Each value row records who loaded it and when; the audit gets one row for the whole load
 * (empty organisation and element, the number of values as the new value, the source), not one per
 * value: writing a second row per value would double the load's work. Obtained from
 * {@link Store#bulk()}.
 */
public final class BulkValueLoader {

    /** Produces the values of a load; called once, inside the load's transaction. */
    @FunctionalInterface
    public interface Rows {
        /**
         * @param sink receives every value; a key given twice makes the load fail as a whole
         * @throws StoreException to abandon the load; nothing is written
         */
        void writeTo(ValueSink sink) throws StoreException;
    }

    private final Database database;

    BulkValueLoader(Database database) {
        this.database = database;
    }

    /**
     * Loads the values of a campaign that has none yet, all or nothing.
     *
     * @param campaignId the campaign, which exists and has no values
     * @param user       who loads them, recorded with each value and in the load's audit row
     * @param source     where they come from, or {@code null}
     * @param rows       the values
     * @return the number of values written
     * @throws StoreException when the campaign does not exist, already has values, or the database
     *                        refuses a row (a duplicate key, for instance); nothing is written then
     */
    public long load(String campaignId, String user, String source, Rows rows) throws StoreException {
        Objects.requireNonNull(user, "user"); //$NON-NLS-1$
        String who = EntryGuard.checkBulk(database, campaignId, user); // closed for entry, or not regional
        return database.inTransaction(connection -> {
            if (!CampaignStore.exists(connection, campaignId)) {
                throw new StoreException(NLS.bind(Messages.Store_campaignUnknown, campaignId));
            }
            if (hasValues(connection, campaignId)) {
                throw new StoreException(NLS.bind(Messages.Store_bulkNotEmpty, campaignId));
            }
            Timestamp now = Jdbc.timestampNow();
            return database.dialect() == Dialect.DERBY ? inOneInsert(connection, campaignId, who, source, now, rows)
                    : inBatches(connection, campaignId, who, source, now, rows);
        });
    }

    private static long inOneInsert(Connection connection, String campaignId, String user, String source,
            Timestamp now, Rows rows) throws SQLException, StoreException {
        try (BulkRows values = new BulkRows()) {
            rows.writeTo(values);
            if (values.count() == 0) {
                return 0;
            }
            values.insertInto(connection, campaignId, user, now);
            BulkBatches.audit(connection, campaignId, values.count(), user, now, source);
            return values.count();
        }
    }

    private static long inBatches(Connection connection, String campaignId, String user, String source,
            Timestamp now, Rows rows) throws SQLException, StoreException {
        try (BulkBatches batches = new BulkBatches(connection, campaignId, user, now)) {
            rows.writeTo(batches);
            long count = batches.finish();
            if (count > 0) {
                BulkBatches.audit(connection, campaignId, count, user, now, source);
            }
            return count;
        } catch (BulkBatches.Failure e) {
            throw e.getCause();
        }
    }

    private static boolean hasValues(Connection connection, String campaignId) throws SQLException {
        try (PreparedStatement select = connection
                .prepareStatement("SELECT 1 FROM DATA_VALUE WHERE CAMPAIGN_ID = ? FETCH FIRST ROW ONLY")) { //$NON-NLS-1$
            select.setString(1, campaignId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }
}
