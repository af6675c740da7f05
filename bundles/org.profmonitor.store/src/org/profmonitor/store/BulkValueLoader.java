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
import org.profmonitor.store.internal.Jdbc;
import org.profmonitor.store.internal.Database;
import org.profmonitor.store.internal.EntryGuard;
import org.profmonitor.store.internal.Messages;

/**
 * The first load of a campaign's values in bulk: millions of rows (a country's campaign) in one
 * transaction. {@link ValueStore#applyValues} compares every value with the stored one and writes
 * row by row so that a failing row is named; a campaign without values needs neither, so here rows
 * go to Derby in JDBC batches. Every value still gets its audit row (old value {@code NULL}: first
 * entered), so the audit stays complete whichever path wrote the values. Obtained from
 * {@link Store#bulk()}.
 */
public final class BulkValueLoader {

    /** Rows per JDBC batch: large enough to amortise the round trip, small enough to stay in cache. */
    private static final int BATCH = 5000;

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
     * @param user       who loads them, recorded with each value and audit row
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
            try (BatchSink sink = new BatchSink(connection, campaignId, who, source)) {
                rows.writeTo(sink);
                return sink.finish();
            } catch (BatchSink.Failure e) {
                throw e.getCause();
            }
        });
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

    /** Binds each value to the two batched inserts; a sink cannot throw checked exceptions. */
    private static final class BatchSink implements ValueSink, AutoCloseable {

        /** Carries an SQLException through {@link ValueSink#accept}, which cannot declare it. */
        static final class Failure extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Failure(SQLException cause) {
                super(cause);
            }

            @Override
            public synchronized SQLException getCause() {
                return (SQLException) super.getCause();
            }
        }

        private final PreparedStatement value;
        private final PreparedStatement audit;
        private final String campaignId;
        private final String user;
        private final String source;
        private final Timestamp now = Jdbc.timestampNow();
        private long count;
        private int pending;

        BatchSink(Connection connection, String campaignId, String user, String source) throws SQLException {
            this.campaignId = campaignId;
            this.user = user;
            this.source = source;
            value = connection.prepareStatement("INSERT INTO DATA_VALUE (CAMPAIGN_ID, ORGANISATION_CODE, " //$NON-NLS-1$
                    + "ELEMENT_CODE, DISAGGREGATION, VAL, CHANGED_BY, CHANGED_AT) VALUES (?, ?, ?, ?, ?, ?, ?)"); //$NON-NLS-1$
            audit = connection.prepareStatement("INSERT INTO VALUE_AUDIT (CAMPAIGN_ID, ORGANISATION_CODE, " //$NON-NLS-1$
                    + "ELEMENT_CODE, DISAGGREGATION, OLD_VALUE, NEW_VALUE, CHANGED_BY, CHANGED_AT, SOURCE) " //$NON-NLS-1$
                    + "VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?)"); //$NON-NLS-1$
        }

        @Override
        public void accept(String organisationCode, String elementCode, String disaggregation, double val) {
            String disaggregationCode = disaggregation == null ? "" : disaggregation; //$NON-NLS-1$
            try {
                value.setString(1, campaignId);
                value.setString(2, organisationCode);
                value.setString(3, elementCode);
                value.setString(4, disaggregationCode);
                value.setDouble(5, val);
                value.setString(6, user);
                value.setTimestamp(7, now);
                value.addBatch();
                audit.setString(1, campaignId);
                audit.setString(2, organisationCode);
                audit.setString(3, elementCode);
                audit.setString(4, disaggregationCode);
                audit.setDouble(5, val);
                audit.setString(6, user);
                audit.setTimestamp(7, now);
                audit.setString(8, source);
                audit.addBatch();
                count++;
                if (++pending == BATCH) {
                    flush();
                }
            } catch (SQLException e) {
                throw new Failure(e);
            }
        }

        long finish() throws SQLException {
            flush();
            return count;
        }

        private void flush() throws SQLException {
            if (pending > 0) {
                value.executeBatch();
                audit.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            try (PreparedStatement first = value; PreparedStatement second = audit) {
                // closes both, the second even when the first fails
            }
        }
    }
}
