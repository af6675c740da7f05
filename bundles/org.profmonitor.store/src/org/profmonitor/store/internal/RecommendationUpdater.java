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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.store.RecommendationChange;
import org.profmonitor.store.RecommendationEdit;
import org.profmonitor.store.StoreException;

/**
 * Applies a user's edit to one recommendation and writes each changed field into
 * {@code RECOMMENDATION_CHANGE}, on a connection whose transaction the caller owns.
 */
public final class RecommendationUpdater {

    private final Connection connection;
    private final String campaignId;

    /**
     * @param connection a connection in a transaction
     * @param campaignId the campaign
     */
    public RecommendationUpdater(Connection connection, String campaignId) {
        this.connection = connection;
        this.campaignId = campaignId;
    }

    /**
     * @return the changes made: none when every given field already had its value
     * @throws StoreException when there is no such recommendation
     * @throws SQLException   as Derby reports it; the caller rolls back
     */
    public List<RecommendationChange> apply(int number, RecommendationEdit edit, String user)
            throws StoreException, SQLException {
        String[] columns = { "STATUS", "ACTION_TEXT", "DEADLINE", "RESPONSIBLE" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        String[] fields = { "status", "action", "deadline", "responsible" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        String[] wanted = { edit.status() == null ? null : edit.status().getName(), edit.action(),
                edit.deadline() == null ? null : edit.deadline().toString(), edit.responsible() };
        String[] current = new String[columns.length];
        String addressee;
        String indicator;
        try (PreparedStatement select = connection.prepareStatement("SELECT STATUS, ACTION_TEXT, DEADLINE, " //$NON-NLS-1$
                + "RESPONSIBLE, ADDRESSEE, INDICATOR_CODE FROM RECOMMENDATION WHERE CAMPAIGN_ID = ? AND NUM = ?")) { //$NON-NLS-1$
            select.setString(1, campaignId);
            select.setInt(2, number);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException(NLS.bind(Messages.Store_recommendationUnknown, campaignId, number));
                }
                for (int i = 0; i < columns.length; i++) {
                    current[i] = rs.getString(i + 1);
                }
                addressee = rs.getString(5);
                indicator = rs.getString(6);
            }
        }
        Instant now = Jdbc.now();
        List<RecommendationChange> changes = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            if (wanted[i] == null || Objects.equals(wanted[i], current[i])) {
                continue;
            }
            update(columns[i], i == 2 ? java.sql.Date.valueOf(edit.deadline()) : wanted[i], number, user, now);
            changes.add(new RecommendationChange(number, addressee, indicator, fields[i], current[i], wanted[i], user,
                    now));
        }
        record(changes);
        return changes;
    }

    private void update(String column, Object value, int number, String user, Instant now) throws SQLException {
        // the column name comes from the fixed list above, never from input
        try (PreparedStatement update = connection.prepareStatement("UPDATE RECOMMENDATION SET " + column //$NON-NLS-1$
                + " = ?, STATUS_CHANGED_AT = ?, STATUS_CHANGED_BY = ? WHERE CAMPAIGN_ID = ? AND NUM = ?")) { //$NON-NLS-1$
            update.setObject(1, value);
            update.setTimestamp(2, Timestamp.from(now));
            update.setString(3, user);
            update.setString(4, campaignId);
            update.setInt(5, number);
            update.executeUpdate();
        }
    }

    private void record(List<RecommendationChange> changes) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO RECOMMENDATION_CHANGE (CAMPAIGN_ID, " //$NON-NLS-1$
                + "NUM, ADDRESSEE, INDICATOR_CODE, FIELD, OLD_VALUE, NEW_VALUE, CHANGED_BY, CHANGED_AT) " //$NON-NLS-1$
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            for (RecommendationChange change : changes) {
                insert.setString(1, campaignId);
                insert.setInt(2, change.number());
                insert.setString(3, change.addressee());
                insert.setString(4, change.indicatorCode());
                insert.setString(5, change.field());
                insert.setString(6, change.oldValue());
                insert.setString(7, change.newValue());
                insert.setString(8, change.changedBy());
                insert.setTimestamp(9, Timestamp.from(change.changedAt()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** @return the campaign's recommendation history, oldest first */
    public List<RecommendationChange> history() throws SQLException {
        List<RecommendationChange> changes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT NUM, ADDRESSEE, INDICATOR_CODE, FIELD, " //$NON-NLS-1$
                + "OLD_VALUE, NEW_VALUE, CHANGED_BY, CHANGED_AT FROM RECOMMENDATION_CHANGE WHERE CAMPAIGN_ID = ? " //$NON-NLS-1$
                + "ORDER BY ID")) { //$NON-NLS-1$
            select.setString(1, campaignId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    changes.add(new RecommendationChange(rs.getInt(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            rs.getTimestamp(8).toInstant()));
                }
            }
        }
        return changes;
    }
}
