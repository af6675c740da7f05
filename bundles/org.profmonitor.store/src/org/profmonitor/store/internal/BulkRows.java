/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.derby.vti.VTITemplate;
import org.profmonitor.store.ValueSink;

/**
 * A bulk load's values kept in memory and inserted into {@code DATA_VALUE} by one
 * {@code INSERT … SELECT} from the table function {@code PROFMONITOR_BULK_VALUES} (migration V5),
 * which reads them back from here. Derby runs an insert from a table function into an empty table
 * in its bulk-insert mode (rows written without logging each one, indexes built afterwards), as
 * its import procedure does, but: the campaign, the user and the time are parameters of the
 * statement, not text in a file parsed again for every row (the four columns the rows had in
 * common were half of the import's cost); no file is written nor read; and the insert is an
 * ordinary statement of the caller's transaction, which Derby's import would end.
 * <p>
 * Derby calls {@link #rows(int)} by name: the function's argument is the number under which the
 * load registered itself, so that concurrent loads each read their own values. Embedded Derby
 * only: the function runs in the database engine, which must run in this JVM.
 */
public final class BulkRows implements ValueSink, AutoCloseable {

    private static final Map<Integer, BulkRows> LOADS = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT_ID = new AtomicInteger();

    private static final String INSERT = "INSERT INTO DATA_VALUE (CAMPAIGN_ID, ORGANISATION_CODE, ELEMENT_CODE, " //$NON-NLS-1$
            + "DISAGGREGATION, VAL, CHANGED_BY, CHANGED_AT) SELECT CAST(? AS VARCHAR(100)), T.ORGANISATION_CODE, " //$NON-NLS-1$
            + "T.ELEMENT_CODE, T.DISAGGREGATION, T.VAL, CAST(? AS VARCHAR(128)), CAST(? AS TIMESTAMP) " //$NON-NLS-1$
            + "FROM TABLE (PROFMONITOR_BULK_VALUES(?)) T"; //$NON-NLS-1$

    private static final int FIRST_CAPACITY = 1 << 12;

    private final int id = NEXT_ID.incrementAndGet();
    private String[] organisations = new String[FIRST_CAPACITY];
    private String[] elements = new String[FIRST_CAPACITY];
    private String[] disaggregations = new String[FIRST_CAPACITY];
    private double[] values = new double[FIRST_CAPACITY];
    private int count;

    /** A load with no values yet, readable by the table function until {@link #close()}. */
    public BulkRows() {
        LOADS.put(id, this);
    }

    /**
     * Keeps the value. NaN and infinities are kept too: Derby refuses them on insert, and the load
     * fails as a whole, as it does for a row by row insert.
     */
    @Override
    public void accept(String organisationCode, String elementCode, String disaggregation, double value) {
        if (count == values.length) {
            int capacity = count * 2;
            organisations = Arrays.copyOf(organisations, capacity);
            elements = Arrays.copyOf(elements, capacity);
            disaggregations = Arrays.copyOf(disaggregations, capacity);
            values = Arrays.copyOf(values, capacity);
        }
        organisations[count] = organisationCode;
        elements[count] = elementCode;
        disaggregations[count] = disaggregation == null ? "" : disaggregation; //$NON-NLS-1$
        values[count] = value;
        count++;
    }

    /** @return the values kept */
    public int count() {
        return count;
    }

    /**
     * Inserts the values into {@code DATA_VALUE} in the connection's transaction, which stays open:
     * the caller commits or rolls back.
     *
     * @param connection the load's connection, embedded Derby
     * @param campaignId the campaign every row belongs to
     * @param user who loads, recorded in each row
     * @param now when, recorded in each row
     * @throws SQLException when Derby refuses a row (a duplicate key, NaN); the statement then
     *             writes nothing
     */
    public void insertInto(Connection connection, String campaignId, String user, Timestamp now)
            throws SQLException {
        // Derby loads the function's class through the thread's context class loader: in OSGi the
        // Derby bundle cannot see this bundle's classes otherwise.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(BulkRows.class.getClassLoader());
        try (Statement lock = connection.createStatement()) {
            // As Derby's import does: into an empty table the bulk insert swaps the table's storage
            // for a new one, and a statement already running when it commits (a second load
            // waiting for its locks) would look for the old one; waiting here, before the insert
            // runs, it sees the new one.
            lock.execute("LOCK TABLE DATA_VALUE IN EXCLUSIVE MODE"); //$NON-NLS-1$
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, campaignId);
            insert.setString(2, user);
            insert.setTimestamp(3, now);
            insert.setInt(4, id);
            int inserted = insert.executeUpdate();
            if (inserted != count) {
                // cannot happen unless the function read another load's values
                throw new SQLException("bulk load " + id + ": " + inserted + " rows inserted of " + count); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Forgets the values: the table function cannot read them any more. */
    @Override
    public void close() {
        LOADS.remove(id);
        organisations = elements = disaggregations = new String[0];
        values = new double[0];
        count = 0;
    }

    /**
     * The table function {@code PROFMONITOR_BULK_VALUES}: called by Derby, not by the program.
     *
     * @param loadId the number of a load in progress
     * @return its values as rows {@code (ORGANISATION_CODE, ELEMENT_CODE, DISAGGREGATION, VAL)}
     * @throws SQLException when no load has that number
     */
    public static ResultSet rows(int loadId) throws SQLException {
        BulkRows load = LOADS.get(loadId);
        if (load == null) {
            throw new SQLException("no bulk load " + loadId + " in progress"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new Cursor(load);
    }

    /* Forward only, the four columns in the function's order; Derby asks for nothing else. */
    private static final class Cursor extends VTITemplate {
        private final String[] organisations;
        private final String[] elements;
        private final String[] disaggregations;
        private final double[] values;
        private final int count;
        private int row = -1;
        private boolean closed;

        Cursor(BulkRows load) {
            organisations = load.organisations;
            elements = load.elements;
            disaggregations = load.disaggregations;
            values = load.values;
            count = load.count;
        }

        @Override
        public boolean next() {
            return ++row < count;
        }

        @Override
        public String getString(int column) throws SQLException {
            return switch (column) {
            case 1 -> organisations[row];
            case 2 -> elements[row];
            case 3 -> disaggregations[row];
            default -> throw new SQLException("column " + column + " is not text"); //$NON-NLS-1$ //$NON-NLS-2$
            };
        }

        @Override
        public double getDouble(int column) throws SQLException {
            if (column != 4) {
                throw new SQLException("column " + column + " is not a number"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return values[row];
        }

        @Override
        public boolean wasNull() {
            return false; // every value is there; codes are never null
        }

        @Override
        public void close() {
            closed = true;
        }

        @Override
        public boolean isClosed() {
            return closed;
        }
    }
}
