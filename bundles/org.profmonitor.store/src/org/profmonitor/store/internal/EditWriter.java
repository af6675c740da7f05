/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.store.ApplyResult;
import org.profmonitor.store.EditConflictException;
import org.profmonitor.store.EditConflictException.Conflict;
import org.profmonitor.store.ValueChange;
import org.profmonitor.store.ValueEdit;

/**
 * Writes a user's edits with optimistic locking, on a connection whose transaction the caller
 * owns. Every edit first checks that the database still holds the value the user started from;
 * the write itself is conditional too ({@code UPDATE ... WHERE VAL = expected}, or an insert that
 * the primary key refuses), because another user may commit between the check and the write. The
 * database's row lock makes the second writer wait and then find the value changed.
 */
public final class EditWriter {

    /** A unique key refused an insert: someone entered the value first (Derby and PostgreSQL). */
    private static final String DUPLICATE_KEY = "23505"; //$NON-NLS-1$
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss") //$NON-NLS-1$
            .withZone(ZoneId.systemDefault());

    private record Key(String organisation, String element, String disaggregation) {
        static Key of(ValueChange change) {
            return new Key(change.organisationCode(), change.elementCode(), change.disaggregation());
        }
    }

    /**
     * @param at a time, or {@code null}
     * @return it as messages show times, in this computer's time zone
     */
    static String format(java.time.Instant at) {
        return at == null ? "\u2014" : TIME.format(at); //$NON-NLS-1$
    }

    private record Current(double value, String changedBy, Timestamp changedAt) {
    }

    /** The write found the value changed after the check: the caller rolls back and reports. */
    public static final class LostRace extends Exception {
        private static final long serialVersionUID = 1L;
    }

    private final Connection connection;
    private final String campaignId;
    private final String user;
    private final String source;
    private final Timestamp now = Jdbc.timestampNow();

    /**
     * @param connection a connection in a transaction
     * @param campaignId the campaign, which exists
     * @param user       who edits
     * @param source     where the edits come from, or {@code null}
     */
    public EditWriter(Connection connection, String campaignId, String user, String source) {
        this.connection = connection;
        this.campaignId = campaignId;
        this.user = user;
        this.source = source;
    }

    /**
     * @param edits the edits
     * @return what was written
     * @throws SQLException           as the database reports it
     * @throws EditConflictException  when values changed since the user read them; nothing written
     * @throws LostRace               when another user committed between check and write
     */
    public ApplyResult write(List<ValueEdit> edits) throws SQLException, EditConflictException, LostRace {
        check(edits);
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        try (PreparedStatement insert = connection.prepareStatement(ValueRows.INSERT_VALUE);
                PreparedStatement update = connection.prepareStatement(ValueRows.UPDATE_VALUE + " AND VAL = ?"); //$NON-NLS-1$
                PreparedStatement audit = connection.prepareStatement(ValueRows.INSERT_AUDIT)) {
            for (ValueEdit edit : edits) {
                ValueChange change = edit.change();
                Double expected = edit.expected();
                if (expected != null && Double.compare(expected, change.value()) == 0) {
                    unchanged++;
                    continue;
                }
                if (expected == null) {
                    ValueRows.bindValue(insert, campaignId, change, user, now);
                    try {
                        insert.executeUpdate();
                    } catch (SQLException e) {
                        if (SqlErrors.hasState(e, DUPLICATE_KEY)) {
                            throw new LostRace();
                        }
                        throw e;
                    }
                    inserted++;
                } else {
                    ValueRows.bindValue(update, campaignId, change, user, now);
                    update.setDouble(8, expected);
                    if (update.executeUpdate() != 1) {
                        throw new LostRace();
                    }
                    updated++;
                }
                ValueRows.bindAudit(audit, campaignId, change, expected, user, now, source);
                audit.executeUpdate();
            }
        }
        return new ApplyResult(inserted, updated, unchanged);
    }

    /**
     * Compares every edit with the database, reading on the caller's connection.
     *
     * @param edits the edits
     * @throws SQLException          as the database reports it
     * @throws EditConflictException naming every value someone else changed
     */
    public void check(List<ValueEdit> edits) throws SQLException, EditConflictException {
        Map<Key, Current> current = currentValues();
        List<Conflict> conflicts = new ArrayList<>();
        for (ValueEdit edit : edits) {
            Current now = current.get(Key.of(edit.change()));
            Double value = now == null ? null : now.value();
            if (!Objects.equals(value, edit.expected())) {
                conflicts.add(new Conflict(edit, value, now == null ? null : now.changedBy(),
                        now == null ? null : now.changedAt().toInstant()));
            }
        }
        if (!conflicts.isEmpty()) {
            throw new EditConflictException(message(conflicts), conflicts);
        }
    }

    private String message(List<Conflict> conflicts) {
        StringBuilder text = new StringBuilder(NLS.bind(Messages.Store_editConflict, campaignId, conflicts.size()));
        for (Conflict conflict : conflicts) {
            ValueChange change = conflict.edit().change();
            String place = change.disaggregation().isEmpty()
                    ? NLS.bind(Messages.Store_editPlace, change.organisationCode(), change.elementCode())
                    : NLS.bind(Messages.Store_editPlaceDisaggregated, new Object[] { change.organisationCode(),
                            change.elementCode(), change.disaggregation() });
            String theirs = conflict.current() == null ? Messages.Store_editDeleted
                    : NLS.bind(Messages.Store_editTheirs, new Object[] { number(conflict.current()),
                            conflict.changedBy(), TIME.format(conflict.changedAt()) });
            text.append(' ').append(NLS.bind(Messages.Store_editOne, new Object[] { place, theirs,
                    number(conflict.edit().expected()), number(change.value()) }));
        }
        return text.toString();
    }

    private static String number(Double value) {
        if (value == null) {
            return "\u2014"; //$NON-NLS-1$
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf(value.longValue())
                : String.valueOf(value);
    }

    private Map<Key, Current> currentValues() throws SQLException {
        Map<Key, Current> values = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT ORGANISATION_CODE, ELEMENT_CODE, " //$NON-NLS-1$
                + "DISAGGREGATION, VAL, CHANGED_BY, CHANGED_AT FROM DATA_VALUE WHERE CAMPAIGN_ID = ?")) { //$NON-NLS-1$
            select.setString(1, campaignId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    values.put(new Key(rs.getString(1), rs.getString(2), rs.getString(3)),
                            new Current(rs.getDouble(4), rs.getString(5), rs.getTimestamp(6)));
                }
            }
        }
        return values;
    }
}
