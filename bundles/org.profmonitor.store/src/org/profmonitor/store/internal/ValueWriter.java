/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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
    private final Timestamp now = Jdbc.timestampNow();

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
        try (PreparedStatement insert = connection.prepareStatement(ValueRows.INSERT_VALUE);
                PreparedStatement update = connection.prepareStatement(ValueRows.UPDATE_VALUE);
                PreparedStatement audit = connection.prepareStatement(ValueRows.INSERT_AUDIT)) {
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
                ValueRows.bindValue(write, campaignId, change, user, now);
                write.executeUpdate();
                ValueRows.bindAudit(audit, campaignId, change, old, user, now, source);
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
}
