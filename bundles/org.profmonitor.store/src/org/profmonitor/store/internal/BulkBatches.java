/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;

import org.profmonitor.store.ValueSink;

/**
 * A bulk load's values inserted in JDBC batches, for the databases where {@link BulkRows}' table
 * function cannot be used (PostgreSQL, Derby through its network server). A sink cannot throw checked
 * exceptions: an {@link SQLException} travels as {@link Failure}.
 */
public final class BulkBatches implements ValueSink, AutoCloseable {

    /** Rows per JDBC batch: large enough to amortise the round trip, small enough to stay in cache. */
    private static final int BATCH = 5000;

    /** Carries an SQLException through {@link ValueSink#accept}, which cannot declare it. */
    public static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    private final PreparedStatement insert;
    private final String campaignId;
    private final String user;
    private final Timestamp now;
    private long count;
    private int pending;

    /**
     * @param connection the load's connection
     * @param campaignId the campaign every row belongs to
     * @param user who loads, recorded in each row
     * @param now when, recorded in each row
     * @throws SQLException when the statement cannot be prepared
     */
    public BulkBatches(Connection connection, String campaignId, String user, Timestamp now) throws SQLException {
        this.campaignId = campaignId;
        this.user = user;
        this.now = now;
        insert = connection.prepareStatement(ValueRows.INSERT_VALUE);
    }

    @Override
    public void accept(String organisationCode, String elementCode, String disaggregation, double value) {
        try {
            insert.setDouble(1, value);
            insert.setString(2, user);
            insert.setTimestamp(3, now);
            insert.setString(4, campaignId);
            insert.setString(5, organisationCode);
            insert.setString(6, elementCode);
            insert.setString(7, disaggregation == null ? "" : disaggregation); //$NON-NLS-1$
            insert.addBatch();
            count++;
            if (++pending == BATCH) {
                flush();
            }
        } catch (SQLException e) {
            throw new Failure(e);
        }
    }

    /**
     * @return the rows written
     * @throws SQLException when the database refuses a row of the last batch
     */
    public long finish() throws SQLException {
        flush();
        return count;
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }

    /**
     * Writes the load's one audit row: who loaded how many values into the campaign, when and from
     * where. Organisation and element are empty: the row stands for the whole load, where an edit or
     * an import writes one row per value changed.
     *
     * @param connection the load's connection
     * @param campaignId the campaign
     * @param values how many values the load wrote
     * @param user who
     * @param now when
     * @param source where from, or {@code null}
     * @throws SQLException when the row cannot be written
     */
    public static void audit(Connection connection, String campaignId, long values, String user, Timestamp now,
            String source) throws SQLException {
        try (PreparedStatement audit = connection.prepareStatement(ValueRows.INSERT_AUDIT)) {
            audit.setString(1, campaignId);
            audit.setString(2, ""); //$NON-NLS-1$
            audit.setString(3, ""); //$NON-NLS-1$
            audit.setString(4, ""); //$NON-NLS-1$
            Jdbc.setDouble(audit, 5, null);
            audit.setDouble(6, values);
            audit.setString(7, user);
            audit.setTimestamp(8, now);
            audit.setString(9, source);
            audit.executeUpdate();
        }
    }
}
