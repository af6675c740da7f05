/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.HashSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.store.internal.Database;
import org.profmonitor.store.internal.EditWriter;
import org.profmonitor.store.internal.EntryGuard;
import org.profmonitor.store.internal.Jdbc;
import org.profmonitor.store.internal.Messages;
import org.profmonitor.store.internal.ValueWriter;

/** The values collected for campaigns, and the audit of their changes. Obtained from {@link Store#values()}. */
public final class ValueStore {

    /** Rows Derby fetches at a time for the bulk reader. */
    private static final int FETCH_SIZE = 1000;

    private final Database database;

    ValueStore(Database database) {
        this.database = database;
    }

    /**
     * Writes values of a campaign in one transaction: new values are inserted, changed values
     * updated, each with an audit row holding the old and the new value; a value equal to the
     * stored one writes nothing, so applying the same values twice changes nothing the second
     * time. When anything fails, nothing at all is written.
     *
     * @param campaignId the campaign
     * @param changes    the values
     * @param user       who changes them, recorded with each value and audit row
     * @param source     where they come from (an imported file's name, "ввод вручную"...), or {@code null}
     * @return what was written
     * @throws StoreException when the campaign does not exist or the database refuses a value;
     *                        the database is then exactly as before
     */
    public ApplyResult applyValues(String campaignId, List<ValueChange> changes, String user, String source)
            throws StoreException {
        Objects.requireNonNull(user, "user"); //$NON-NLS-1$
        List<ValueChange> batch = List.copyOf(changes);
        return database.inTransaction(connection -> {
            String who = EntryGuard.checkEntry(connection, database.dialect(), campaignId,
                    organisations(batch.stream().map(ValueChange::organisationCode)), user);
            return new ValueWriter(connection, campaignId, who, source).write(batch);
        });
    }

    /**
     * Writes a user's edits in one transaction with optimistic locking: an edit is written only
     * when the database still holds the value the user started from. When another user changed
     * any of the values in between, nothing is written and the exception names each place with
     * the other user's value, who wrote it and when.
     *
     * @param campaignId the campaign
     * @param edits      the edits, each with the value it started from
     * @param user       who edits, recorded with each value and audit row
     * @param source     where the edits come from ("ввод вручную"), or {@code null}
     * @return what was written
     * @throws EditConflictException when someone else changed one of the values; nothing written
     * @throws StoreException        when the campaign does not exist or the database refuses
     */
    public ApplyResult applyEdits(String campaignId, List<ValueEdit> edits, String user, String source)
            throws StoreException {
        Objects.requireNonNull(user, "user"); //$NON-NLS-1$
        List<ValueEdit> batch = List.copyOf(edits);
        try {
            return database.inTransaction(connection -> {
                String who = EntryGuard.checkEntry(connection, database.dialect(), campaignId,
                        organisations(batch.stream().map(edit -> edit.change().organisationCode())), user);
                try {
                    return new EditWriter(connection, campaignId, who, source).write(batch);
                } catch (EditWriter.LostRace e) {
                    throw new LostRaceSignal();
                }
            });
        } catch (LostRaceSignal e) {
            // the transaction is rolled back; what the other user committed is read afresh
            database.read(connection -> {
                new EditWriter(connection, campaignId, user, source).check(batch);
                return null;
            });
            // the other user's change was undone meanwhile: the user still has to look again
            throw new StoreException(NLS.bind(Messages.Store_editRetry, campaignId));
        }
    }

    private static Set<String> organisations(Stream<String> codes) {
        return codes.collect(Collectors.toCollection(HashSet::new));
    }

    /* Carries a lost race out of the transaction, which rolls back on any exception. */
    private static final class LostRaceSignal extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /**
     * Streams a campaign's values to a sink, ordered by organisation, element and disaggregation,
     * without building a list: the fast path of the computation.
     *
     * @param campaignId the campaign
     * @param sink       receives each value
     * @return the number of values read
     * @throws StoreException when the database fails
     */
    public int forEachValue(String campaignId, ValueSink sink) throws StoreException {
        return database.read(connection -> {
            Map<String, String> codes = new HashMap<>();
            int count = 0;
            try (PreparedStatement select = connection.prepareStatement("SELECT ORGANISATION_CODE, ELEMENT_CODE, " //$NON-NLS-1$
                    + "DISAGGREGATION, VAL FROM DATA_VALUE WHERE CAMPAIGN_ID = ? " //$NON-NLS-1$
                    + "ORDER BY ORGANISATION_CODE, ELEMENT_CODE, DISAGGREGATION")) { //$NON-NLS-1$
                select.setFetchSize(FETCH_SIZE);
                select.setString(1, campaignId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        // one String per distinct code, not one per row
                        String organisation = codes.computeIfAbsent(rs.getString(1), code -> code);
                        String element = codes.computeIfAbsent(rs.getString(2), code -> code);
                        String disaggregation = codes.computeIfAbsent(rs.getString(3), code -> code);
                        sink.accept(organisation, element, disaggregation, rs.getDouble(4));
                        count++;
                    }
                }
            }
            return count;
        });
    }

    /**
     * Streams the values of several campaigns (a campaign and its previous one) in one scan of the
     * whole table, in no particular order: the country-wide recompute reads most of the table, and
     * a table scan reads each page once where the ordered read of {@link #forEachValue} follows
     * the key index and fetches rows one by one.
     *
     * @param campaignIds the campaigns, at least one
     * @param sink        receives each value with its campaign, one String per distinct code
     *                    ({@link CampaignValueSink#sharingCodes})
     * @return the number of values read
     * @throws StoreException when the database fails
     */
    public long scanValues(java.util.Collection<String> campaignIds, CampaignValueSink sink) throws StoreException {
        return scanValuesAsRead(campaignIds, CampaignValueSink.sharingCodes(sink));
    }

    /**
     * The same scan as {@link #scanValues}, the codes as the driver gives them (a new String per
     * row and column): for a sink that shares them itself, on another thread than the scan's.
     *
     * @param campaignIds the campaigns, at least one
     * @param sink        receives each value with its campaign
     * @return the number of values read
     * @throws StoreException when the database fails
     */
    public long scanValuesAsRead(java.util.Collection<String> campaignIds, CampaignValueSink sink)
            throws StoreException {
        List<String> ids = List.copyOf(campaignIds);
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no campaign"); //$NON-NLS-1$
        }
        return database.read(connection -> {
            // Reading every campaign the database has (a country's two), the scan needs no WHERE:
            // Derby then reads rows as its bare scan does, where the IN list is checked row by
            // row above the store. Rows of a campaign created meanwhile are left out here.
            Set<String> wanted = everyCampaign(connection, ids) ? new HashSet<>(ids) : null;
            String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?")); //$NON-NLS-1$ //$NON-NLS-2$
            long count = 0;
            // the optimizer override must end its line; it makes Derby read the table, not the index
            try (PreparedStatement select = connection.prepareStatement("SELECT CAMPAIGN_ID, ORGANISATION_CODE, " //$NON-NLS-1$
                    + "ELEMENT_CODE, DISAGGREGATION, VAL FROM DATA_VALUE" //$NON-NLS-1$
                    + (wanted != null ? "" : " --DERBY-PROPERTIES index=NULL\nWHERE CAMPAIGN_ID IN (" + marks + ")"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                select.setFetchSize(FETCH_SIZE);
                for (int i = 0; wanted == null && i < ids.size(); i++) {
                    select.setString(i + 1, ids.get(i));
                }
                try (ResultSet rs = select.executeQuery()) {
                    String known = null; // the last campaign found wanted: rows of a campaign follow each other
                    while (rs.next()) {
                        String campaign = rs.getString(1);
                        if (wanted != null && !campaign.equals(known)) {
                            if (!wanted.contains(campaign)) {
                                continue;
                            }
                            known = campaign;
                        }
                        sink.accept(campaign, rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5));
                        count++;
                    }
                }
            }
            return count;
        });
    }

    private static boolean everyCampaign(Connection connection, List<String> ids) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT ID FROM CAMPAIGN")) { //$NON-NLS-1$
            while (rs.next()) {
                if (!ids.contains(rs.getString(1))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * @param campaignId the campaign
     * @return its values with who changed them last, ordered as {@link #forEachValue} orders them
     * @throws StoreException when the database fails
     */
    public List<StoredValue> values(String campaignId) throws StoreException {
        return database.read(connection -> {
            List<StoredValue> values = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT ORGANISATION_CODE, ELEMENT_CODE, " //$NON-NLS-1$
                    + "DISAGGREGATION, VAL, CHANGED_BY, CHANGED_AT FROM DATA_VALUE WHERE CAMPAIGN_ID = ? " //$NON-NLS-1$
                    + "ORDER BY ORGANISATION_CODE, ELEMENT_CODE, DISAGGREGATION")) { //$NON-NLS-1$
                select.setString(1, campaignId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        values.add(new StoredValue(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                                rs.getString(5), Jdbc.getInstant(rs, "CHANGED_AT"))); //$NON-NLS-1$
                    }
                }
            }
            return values;
        });
    }

    /**
     * @param campaignId the campaign
     * @return every change of its values, oldest first
     * @throws StoreException when the database fails
     */
    public List<AuditEntry> audit(String campaignId) throws StoreException {
        return database.read(connection -> {
            List<AuditEntry> entries = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT ID, ORGANISATION_CODE, ELEMENT_CODE, " //$NON-NLS-1$
                    + "DISAGGREGATION, OLD_VALUE, NEW_VALUE, CHANGED_BY, CHANGED_AT, SOURCE FROM VALUE_AUDIT " //$NON-NLS-1$
                    + "WHERE CAMPAIGN_ID = ? ORDER BY ID")) { //$NON-NLS-1$
                select.setString(1, campaignId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        entries.add(new AuditEntry(rs.getLong("ID"), rs.getString("ORGANISATION_CODE"), //$NON-NLS-1$ //$NON-NLS-2$
                                rs.getString("ELEMENT_CODE"), rs.getString("DISAGGREGATION"), //$NON-NLS-1$ //$NON-NLS-2$
                                Jdbc.getDouble(rs, "OLD_VALUE"), Jdbc.getDouble(rs, "NEW_VALUE"), //$NON-NLS-1$ //$NON-NLS-2$
                                rs.getString("CHANGED_BY"), Jdbc.getInstant(rs, "CHANGED_AT"), rs.getString("SOURCE"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    }
                }
            }
            return entries;
        });
    }
}
