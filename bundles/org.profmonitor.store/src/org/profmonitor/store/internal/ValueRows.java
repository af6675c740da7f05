/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;

import org.profmonitor.store.ValueChange;

/**
 * The statements that write one value and its audit row, shared by the import's writer and the
 * data entry's optimistic one so that both leave the same rows.
 */
final class ValueRows {

    /** Parameters: value, by, at, campaign, organisation, element, disaggregation. */
    static final String INSERT_VALUE = "INSERT INTO DATA_VALUE (VAL, CHANGED_BY, CHANGED_AT, CAMPAIGN_ID, " //$NON-NLS-1$
            + "ORGANISATION_CODE, ELEMENT_CODE, DISAGGREGATION) VALUES (?, ?, ?, ?, ?, ?, ?)"; //$NON-NLS-1$
    /** Parameters as {@link #INSERT_VALUE}. */
    static final String UPDATE_VALUE = "UPDATE DATA_VALUE SET VAL = ?, CHANGED_BY = ?, CHANGED_AT = ? " //$NON-NLS-1$
            + "WHERE CAMPAIGN_ID = ? AND ORGANISATION_CODE = ? AND ELEMENT_CODE = ? AND DISAGGREGATION = ?"; //$NON-NLS-1$
    /** Parameters: campaign, organisation, element, disaggregation, old, new, by, at, source. */
    static final String INSERT_AUDIT = "INSERT INTO VALUE_AUDIT (CAMPAIGN_ID, ORGANISATION_CODE, ELEMENT_CODE, " //$NON-NLS-1$
            + "DISAGGREGATION, OLD_VALUE, NEW_VALUE, CHANGED_BY, CHANGED_AT, SOURCE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"; //$NON-NLS-1$

    private ValueRows() {
    }

    static void bindValue(PreparedStatement statement, String campaignId, ValueChange change, String user,
            Timestamp now) throws SQLException {
        statement.setDouble(1, change.value());
        statement.setString(2, user);
        statement.setTimestamp(3, now);
        statement.setString(4, campaignId);
        statement.setString(5, change.organisationCode());
        statement.setString(6, change.elementCode());
        statement.setString(7, change.disaggregation());
    }

    static void bindAudit(PreparedStatement statement, String campaignId, ValueChange change, Double old,
            String user, Timestamp now, String source) throws SQLException {
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
