/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;

import org.profmonitor.store.ValueSink;

/**
 * A bulk load's values as a temporary file in the layout of Derby's import procedure, then loaded
 * with {@code SYSCS_UTIL.SYSCS_IMPORT_DATA}: into an empty table Derby writes the rows without
 * logging each one and builds the indexes afterwards, several times faster than inserting them.
 * <p>
 * Derby's import ends the caller's transaction: on success it commits everything the transaction
 * wrote before it, on failure it rolls all of it back. So it must be the transaction's last
 * statement, and the load stays all or nothing. Embedded Derby only: the file is read by the
 * database engine, which must run in this JVM.
 */
public final class BulkFile implements ValueSink, AutoCloseable {

    private static final String COLUMNS = "CAMPAIGN_ID,ORGANISATION_CODE,ELEMENT_CODE,DISAGGREGATION,VAL,CHANGED_BY,CHANGED_AT"; //$NON-NLS-1$

    private final Path file;
    private final BufferedWriter out;
    private final String prefix;
    private final String suffix;
    private long count;

    /**
     * @param campaignId the campaign every row belongs to
     * @param user who loads, recorded in each row
     * @param now when, recorded in each row
     * @throws IOException when the temporary file cannot be created
     */
    public BulkFile(String campaignId, String user, Timestamp now) throws IOException {
        file = Files.createTempFile("profmonitor-bulk-", ".csv"); //$NON-NLS-1$ //$NON-NLS-2$
        file.toFile().deleteOnExit(); // left behind only if the JVM is killed
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        prefix = quoted(campaignId) + ',';
        suffix = ',' + quoted(user) + ',' + now + '\n';
    }

    /**
     * @throws UncheckedIOException when the file cannot be written. NaN and infinities are written
     *             as Java spells them: Derby refuses them on import, as it refuses them in an insert.
     */
    @Override
    public void accept(String organisationCode, String elementCode, String disaggregation, double value) {
        try {
            out.write(prefix);
            out.write(quoted(organisationCode));
            out.write(',');
            out.write(quoted(elementCode));
            out.write(',');
            out.write(quoted(disaggregation == null ? "" : disaggregation)); //$NON-NLS-1$
            out.write(',');
            out.write(Double.toString(value));
            out.write(suffix);
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the rows written so far */
    public long count() {
        return count;
    }

    /**
     * Imports the rows into {@code DATA_VALUE}, ending the connection's transaction (see above).
     *
     * @param connection the load's connection, in a transaction
     * @throws SQLException when Derby refuses a row; then nothing of the transaction is written
     * @throws IOException when the file cannot be finished
     */
    public void importInto(Connection connection) throws SQLException, IOException {
        out.close();
        try (CallableStatement call = connection.prepareCall(
                "CALL SYSCS_UTIL.SYSCS_IMPORT_DATA(NULL, 'DATA_VALUE', '" + COLUMNS //$NON-NLS-1$
                        + "', NULL, ?, ',', '\"', 'UTF-8', 0)")) { //$NON-NLS-1$
            call.setString(1, file.toAbsolutePath().toString());
            call.execute();
        }
    }

    /** Deletes the file. */
    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /* Every text in double quotes, a quote doubled: codes may hold commas and quotes. */
    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
