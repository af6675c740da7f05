/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.model.CampaignStatus;
import org.profmonitor.model.LegalAct;
import org.profmonitor.model.ProfmonitorFactory;
import org.profmonitor.store.internal.Database;
import org.profmonitor.store.internal.EntryGuard;
import org.profmonitor.store.internal.Jdbc;
import org.profmonitor.store.internal.Messages;

/** Campaigns' metadata. Obtained from {@link Store#campaigns()}. */
public final class CampaignStore {

    private static final String COLUMNS = "ID, INDICATOR_SET_ID, TITLE, ACADEMIC_YEAR, PERIOD_START, PERIOD_END, " //$NON-NLS-1$
            + "SCHEDULE, STATUS, ORDER_TITLE, ORDER_ISSUER, ORDER_NUMBER, ORDER_DATE, ORDER_NOTE, PREVIOUS_ID, NOTE"; //$NON-NLS-1$

    private final Database database;

    CampaignStore(Database database) {
        this.database = database;
    }

    /**
     * Saves a campaign: inserts a new one or replaces the metadata of an existing one (its
     * values and analysis stay).
     *
     * @param campaign the campaign
     * @throws StoreException when the database refuses it
     */
    public void save(CampaignInfo campaign) throws StoreException {
        database.inTransaction(connection -> {
            Timestamp now = Jdbc.timestampNow();
            boolean update = exists(connection, campaign.id());
            String sql = update
                    ? "UPDATE CAMPAIGN SET INDICATOR_SET_ID = ?, TITLE = ?, ACADEMIC_YEAR = ?, PERIOD_START = ?, " //$NON-NLS-1$
                            + "PERIOD_END = ?, SCHEDULE = ?, STATUS = ?, ORDER_TITLE = ?, ORDER_ISSUER = ?, " //$NON-NLS-1$
                            + "ORDER_NUMBER = ?, ORDER_DATE = ?, ORDER_NOTE = ?, PREVIOUS_ID = ?, NOTE = ?, " //$NON-NLS-1$
                            + "UPDATED_AT = ? WHERE ID = ?" //$NON-NLS-1$
                    : "INSERT INTO CAMPAIGN (INDICATOR_SET_ID, TITLE, ACADEMIC_YEAR, PERIOD_START, PERIOD_END, " //$NON-NLS-1$
                            + "SCHEDULE, STATUS, ORDER_TITLE, ORDER_ISSUER, ORDER_NUMBER, ORDER_DATE, ORDER_NOTE, " //$NON-NLS-1$
                            + "PREVIOUS_ID, NOTE, UPDATED_AT, ID, CREATED_AT) " //$NON-NLS-1$
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"; //$NON-NLS-1$
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, campaign);
                statement.setTimestamp(15, now);
                statement.setString(16, campaign.id());
                if (!update) {
                    statement.setTimestamp(17, now);
                }
                statement.executeUpdate();
            }
            return null;
        });
    }

    /**
     * @param id       a campaign's id
     * @param status   its new status
     * @throws StoreException when there is no such campaign
     */
    public void setStatus(String id, CampaignStatus status) throws StoreException {
        database.inTransaction(connection -> {
            try (PreparedStatement statement = connection
                    .prepareStatement("UPDATE CAMPAIGN SET STATUS = ?, UPDATED_AT = ? WHERE ID = ?")) { //$NON-NLS-1$
                Jdbc.setEnum(statement, 1, status);
                statement.setTimestamp(2, Jdbc.timestampNow());
                statement.setString(3, id);
                if (statement.executeUpdate() == 0) {
                    throw new StoreException(NLS.bind(Messages.Store_campaignUnknown, id));
                }
            }
            return null;
        });
    }

    /**
     * Closes a campaign for entry: from now on no value of it is written, by any path (data
     * entry, import, bulk load), until the regional methodologist reopens it. Not tied to the
     * campaign's status. Closing a closed campaign changes nothing.
     *
     * @param id   a campaign's id
     * @param user who closes it; on a server the database user of a managed user is recorded
     * @return the lock, the existing one when it was closed already
     * @throws StoreException when there is no such campaign or the user may not close it (only the
     *                        regional and municipal methodologists may)
     */
    public EntryLock lockEntry(String id, String user) throws StoreException {
        return database.inTransaction(connection -> {
            Optional<EntryLock> existing = EntryGuard.lockOf(connection, id);
            if (existing.isPresent()) {
                return existing.get();
            }
            Optional<UserScope> scope = EntryGuard.currentScope(connection, database.dialect());
            if (scope.isPresent() && scope.get().role() != UserRole.REGIONAL && scope.get().role() != UserRole.MUNICIPAL) {
                throw new StoreException(NLS.bind(Messages.Store_lockNotAllowed,
                        new Object[] { id, scope.get().dbUser(), scope.get().describe() }));
            }
            String who = scope.map(UserScope::dbUser).orElse(user);
            Timestamp now = Jdbc.timestampNow();
            setLock(connection, id, true, who, now);
            return new EntryLock(id, who, now.toInstant());
        });
    }

    /**
     * Opens a campaign closed by {@link #lockEntry} for entry again. Only the regional
     * methodologist (or the database's administrator) may.
     *
     * @param id   a campaign's id
     * @param user who opens it, for the caller's records
     * @return {@code true} when it was closed
     * @throws StoreException when there is no such campaign or the user is not regional
     */
    public boolean unlockEntry(String id, String user) throws StoreException {
        Objects.requireNonNull(user, "user"); //$NON-NLS-1$
        return database.inTransaction(connection -> {
            Optional<UserScope> scope = EntryGuard.currentScope(connection, database.dialect());
            if (scope.isPresent() && scope.get().role() != UserRole.REGIONAL) {
                throw new StoreException(NLS.bind(Messages.Store_unlockRegionalOnly,
                        new Object[] { id, scope.get().dbUser(), scope.get().describe() }));
            }
            if (EntryGuard.lockOf(connection, id).isEmpty()) {
                return Boolean.FALSE;
            }
            setLock(connection, id, false, null, null);
            return Boolean.TRUE;
        }).booleanValue();
    }

    /**
     * @param id a campaign's id
     * @return its entry lock, or empty when it is open for entry
     * @throws StoreException when there is no such campaign
     */
    public Optional<EntryLock> entryLock(String id) throws StoreException {
        return database.read(connection -> EntryGuard.lockOf(connection, id));
    }

    /**
     * Refuses at once what would be refused at the end: an import into a closed campaign is
     * stopped before its files are read.
     *
     * @param id a campaign's id
     * @throws StoreException when there is no such campaign or it is closed for entry, naming it
     */
    public void requireOpenForEntry(String id) throws StoreException {
        database.read(connection -> {
            EntryGuard.requireOpen(connection, id);
            return null;
        });
    }

    private static void setLock(Connection connection, String id, boolean locked, String who, Timestamp at)
            throws SQLException {
        try (PreparedStatement update = connection
                .prepareStatement("UPDATE CAMPAIGN SET ENTRY_LOCKED = ?, LOCKED_BY = ?, LOCKED_AT = ? WHERE ID = ?")) { //$NON-NLS-1$
            update.setBoolean(1, locked);
            update.setString(2, who);
            update.setTimestamp(3, at);
            update.setString(4, id);
            update.executeUpdate();
        }
    }

    /**
     * @param id a campaign's id
     * @return the campaign, or empty when the store has none with that id
     * @throws StoreException when the database fails
     */
    public Optional<CampaignInfo> find(String id) throws StoreException {
        return database.read(connection -> {
            try (PreparedStatement statement = connection
                    .prepareStatement("SELECT " + COLUMNS + " FROM CAMPAIGN WHERE ID = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
                statement.setString(1, id);
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.<CampaignInfo>empty();
                }
            }
        });
    }

    /**
     * @return every campaign, the newest academic year first, then by id
     * @throws StoreException when the database fails
     */
    public List<CampaignInfo> list() throws StoreException {
        return database.read(connection -> {
            List<CampaignInfo> campaigns = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM CAMPAIGN ORDER BY ACADEMIC_YEAR DESC, ID"); //$NON-NLS-1$ //$NON-NLS-2$
                    ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    campaigns.add(read(rs));
                }
            }
            return campaigns;
        });
    }

    /**
     * @param connection a connection
     * @param id         a campaign's id
     * @return {@code true} when the campaign exists
     * @throws SQLException as Derby reports it
     */
    static boolean exists(Connection connection, String id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM CAMPAIGN WHERE ID = ?")) { //$NON-NLS-1$
            statement.setString(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Binds parameters 1..14, the same order in both statements of {@link #save}. */
    private static void bind(PreparedStatement statement, CampaignInfo campaign) throws SQLException {
        LegalAct order = campaign.openingOrder();
        statement.setString(1, campaign.indicatorSetId());
        statement.setString(2, campaign.title());
        statement.setString(3, campaign.academicYear());
        Jdbc.setDate(statement, 4, campaign.periodStart());
        Jdbc.setDate(statement, 5, campaign.periodEnd());
        statement.setString(6, campaign.schedule());
        Jdbc.setEnum(statement, 7, campaign.status());
        statement.setString(8, order == null ? null : order.getTitle());
        statement.setString(9, order == null ? null : order.getIssuer());
        statement.setString(10, order == null ? null : order.getNumber());
        Jdbc.setDate(statement, 11, order == null ? null : order.getDate());
        statement.setString(12, order == null ? null : order.getNote());
        statement.setString(13, campaign.previousId());
        statement.setString(14, campaign.note());
    }

    private static CampaignInfo read(ResultSet rs) throws SQLException {
        LegalAct order = ProfmonitorFactory.eINSTANCE.createLegalAct();
        order.setTitle(rs.getString("ORDER_TITLE")); //$NON-NLS-1$
        order.setIssuer(rs.getString("ORDER_ISSUER")); //$NON-NLS-1$
        order.setNumber(rs.getString("ORDER_NUMBER")); //$NON-NLS-1$
        order.setDate(Jdbc.getDate(rs, "ORDER_DATE")); //$NON-NLS-1$
        order.setNote(rs.getString("ORDER_NOTE")); //$NON-NLS-1$
        if (order.getTitle() == null && order.getIssuer() == null && order.getNumber() == null
                && order.getDate() == null && order.getNote() == null) {
            order = null;
        }
        return new CampaignInfo(rs.getString("ID"), rs.getString("INDICATOR_SET_ID"), rs.getString("TITLE"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                rs.getString("ACADEMIC_YEAR"), Jdbc.getDate(rs, "PERIOD_START"), Jdbc.getDate(rs, "PERIOD_END"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                rs.getString("SCHEDULE"), Jdbc.getEnum(rs, "STATUS", CampaignStatus::getByName), order, //$NON-NLS-1$ //$NON-NLS-2$
                rs.getString("PREVIOUS_ID"), rs.getString("NOTE")); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
