/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.profmonitor.store.ApplyResult;
import org.profmonitor.store.ValueChange;

/**
 * Writes a batch of values of one campaign on a connection whose transaction the caller owns:
 * new values are inserted, different values updated, equal values left alone, and every real
 * change gets one audit row with the old and the new value.
 */
public final class ValueWriter {

    private record Key(String organisation, String element, String disaggregation) {
    }

    private final Connection connection;
    private final String campaignId;
    private final String user;
    private final String source;
    private final Timestamp now = Timestamp.from(Instant.now());

    /**
     * @param connection a connection in a transaction
     * @param campaignId the campaign, which exists
     * @param user       who changes the values
     * @param source     where they come from, or {@code null}
     */
    public ValueWriter(Connection connection, String campaignId, String user, String source) {
        this.connection = connection;
        this.campaignId = campaignId;
        this.user = user;
        this.source = source;
    }

    /**
     * @param changes the values; when a value appears twice the later one wins, and both changes
     *                are audited
     * @return what was written
     * @throws SQLException as Derby reports it; the caller rolls back
     */
    public ApplyResult write(List<ValueChange> changes) throws SQLException {
        Map<Key, Double> current = currentValues();
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO DATA_VALUE (VAL, CHANGED_BY, " //$NON-NLS-1$
                + "CHANGED_AT, CAMPAIGN_ID, ORGANISATION_CODE, ELEMENT_CODE, DISAGGREGATION) VALUES (?, ?, ?, ?, ?, ?, ?)"); //$NON-NLS-1$
                PreparedStatement update = connection.prepareStatement("UPDATE DATA_VALUE SET VAL = ?, CHANGED_BY = ?, " //$NON-NLS-1$
                        + "CHANGED_AT = ? WHERE CAMPAIGN_ID = ? AND ORGANISATION_CODE = ? AND ELEMENT_CODE = ? " //$NON-NLS-1$
                        + "AND DISAGGREGATION = ?"); //$NON-NLS-1$
                PreparedStatement audit = connection.prepareStatement("INSERT INTO VALUE_AUDIT (CAMPAIGN_ID, " //$NON-NLS-1$
                        + "ORGANISATION_CODE, ELEMENT_CODE, DISAGGREGATION, OLD_VALUE, NEW_VALUE, CHANGED_BY, " //$NON-NLS-1$
                        + "CHANGED_AT, SOURCE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            for (ValueChange change : changes) {
                Key key = new Key(change.organisationCode(), change.elementCode(), change.disaggregation());
                Double old = current.get(key);
                if (old != null && Double.compare(old, change.value()) == 0) {
                    unchanged++;
                    continue;
                }
                // rows are written at once, not batched: the statement that fails then names the
                // row, and a later change of the same key sees the earlier one
                PreparedStatement write = old == null ? insert : update;
                bindValue(write, change);
                write.executeUpdate();
                bindAudit(audit, change, old);
                audit.executeUpdate();
                current.put(key, change.value());
                if (old == null) {
                    inserted++;
                } else {
                    updated++;
                }
            }
        }
        return new ApplyResult(inserted, updated, unchanged);
    }

    private Map<Key, Double> currentValues() throws SQLException {
        Map<Key, Double> values = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT ORGANISATION_CODE, ELEMENT_CODE, " //$NON-NLS-1$
                + "DISAGGREGATION, VAL FROM DATA_VALUE WHERE CAMPAIGN_ID = ?")) { //$NON-NLS-1$
            select.setString(1, campaignId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    values.put(new Key(rs.getString(1), rs.getString(2), rs.getString(3)), rs.getDouble(4));
                }
            }
        }
        return values;
    }

    private void bindValue(PreparedStatement statement, ValueChange change) throws SQLException {
        statement.setDouble(1, change.value());
        statement.setString(2, user);
        statement.setTimestamp(3, now);
        statement.setString(4, campaignId);
        statement.setString(5, change.organisationCode());
        statement.setString(6, change.elementCode());
        statement.setString(7, change.disaggregation());
    }

    private void bindAudit(PreparedStatement statement, ValueChange change, Double old) throws SQLException {
        statement.setString(1, campaignId);
        statement.setString(2, change.organisationCode());
        statement.setString(3, change.elementCode());
        statement.setString(4, change.disaggregation());
        Jdbc.setDouble(statement, 5, old);
        statement.setDouble(6, change.value());
        statement.setString(7, user);
        statement.setTimestamp(8, now);
        statement.setString(9, source);
    }
}
