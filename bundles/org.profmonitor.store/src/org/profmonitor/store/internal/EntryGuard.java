/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.store.EntryLock;
import org.profmonitor.store.StoreException;
import org.profmonitor.store.UserRole;
import org.profmonitor.store.UserScope;

/**
 * The store's own check of who may write what, before it writes, inside the write's transaction:
 * the campaign is open for entry and every organisation written lies in the user's scope. It gives
 * the user a message naming the campaign or the organisation; on PostgreSQL the server enforces
 * the same rules again with row-level security, so a client that skips this check gains nothing.
 */
public final class EntryGuard {

    private EntryGuard() {
    }

    /**
     * @param connection a connection
     * @param dialect    its system
     * @return the name the database knows the connection's user by, lower case
     * @throws SQLException as the database reports it
     */
    public static String currentUser(Connection connection, Dialect dialect) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(dialect == Dialect.POSTGRESQL ? "SELECT current_user" //$NON-NLS-1$
                        : "VALUES CURRENT_USER")) { //$NON-NLS-1$
            rs.next();
            return rs.getString(1).toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param connection a connection
     * @param dbUser     a database user's name, lower case
     * @return the user's scope, or empty for a user ProfMonitor does not manage: the administrator
     * @throws SQLException as the database reports it
     */
    public static Optional<UserScope> scopeOf(Connection connection, String dbUser) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT ROLE_NAME, MUNICIPALITY_CODE, " //$NON-NLS-1$
                + "ORGANISATION_CODE FROM USER_SCOPE WHERE DB_USER = ?")) { //$NON-NLS-1$
            select.setString(1, dbUser);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                UserRole role = UserRole.of(rs.getString(1)).orElse(UserRole.READONLY);
                return Optional.of(new UserScope(dbUser, role, rs.getString(2), rs.getString(3)));
            }
        }
    }

    /**
     * @param connection a connection
     * @param dialect    its system
     * @return the connection's user's scope, or empty for the administrator
     * @throws SQLException as the database reports it
     */
    public static Optional<UserScope> currentScope(Connection connection, Dialect dialect) throws SQLException {
        return scopeOf(connection, currentUser(connection, dialect));
    }

    /**
     * @param scope a scope, or empty for the administrator
     * @return the scope in words
     */
    public static String describe(Optional<UserScope> scope) {
        return scope.map(UserScope::describe).orElse(Messages.Scope_admin);
    }

    /**
     * @param connection a connection
     * @param campaignId a campaign
     * @return its entry lock, or empty when it is open for entry
     * @throws SQLException   as the database reports it
     * @throws StoreException when there is no such campaign
     */
    public static Optional<EntryLock> lockOf(Connection connection, String campaignId) throws SQLException, StoreException {
        try (PreparedStatement select = connection
                .prepareStatement("SELECT ENTRY_LOCKED, LOCKED_BY, LOCKED_AT FROM CAMPAIGN WHERE ID = ?")) { //$NON-NLS-1$
            select.setString(1, campaignId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException(NLS.bind(Messages.Store_campaignUnknown, campaignId));
                }
                return rs.getBoolean(1)
                        ? Optional.of(new EntryLock(campaignId, rs.getString(2), Jdbc.getInstant(rs, "LOCKED_AT"))) //$NON-NLS-1$
                        : Optional.empty();
            }
        }
    }

    /**
     * Refuses a write into a campaign that does not exist or is closed for entry.
     *
     * @param connection a connection
     * @param campaignId the campaign
     * @throws SQLException   as the database reports it
     * @throws StoreException naming the campaign, who closed it and when
     */
    public static void requireOpen(Connection connection, String campaignId) throws SQLException, StoreException {
        Optional<EntryLock> lock = lockOf(connection, campaignId);
        if (lock.isPresent()) {
            throw new StoreException(NLS.bind(Messages.Store_entryLocked,
                    new Object[] { campaignId, lock.get().lockedBy(), EditWriter.format(lock.get().lockedAt()) }));
        }
    }

    /**
     * Checks a write of values before it is made, in its transaction.
     *
     * @param connection    a connection in the write's transaction
     * @param dialect       its system
     * @param campaignId    the campaign written to
     * @param organisations the organisations whose values are written
     * @param given         who the caller says writes
     * @return who the audit records: the database user for a user ProfMonitor manages (the server
     *         checks it is the connection's own), else the caller's name
     * @throws SQLException   as the database reports it
     * @throws StoreException when the campaign is closed or an organisation is out of scope
     */
    public static String checkEntry(Connection connection, Dialect dialect, String campaignId,
            Collection<String> organisations, String given) throws SQLException, StoreException {
        requireOpen(connection, campaignId);
        Optional<UserScope> scope = currentScope(connection, dialect);
        if (scope.isEmpty()) {
            return given;
        }
        UserScope user = scope.get();
        if (user.role() == UserRole.READONLY) {
            throw new StoreException(NLS.bind(Messages.Store_readOnly, user.dbUser()));
        }
        if (user.role() == UserRole.REGIONAL || organisations.isEmpty()) {
            return user.dbUser();
        }
        Map<String, String> municipalities = municipalities(connection, organisations);
        for (String organisation : new TreeSet<>(organisations)) {
            boolean inScope = user.role() == UserRole.ORGANISATION ? organisation.equals(user.organisationCode())
                    : user.municipalityCode().equals(municipalities.get(organisation));
            if (!inScope) {
                throw new StoreException(NLS.bind(Messages.Store_outOfScope,
                        new Object[] { user.dbUser(), organisation, user.describe() }));
            }
        }
        return user.dbUser();
    }

    /**
     * The check of a bulk load, which does not know its organisations before it writes: only the
     * administrator and the regional methodologist load a whole campaign.
     *
     * @param database   the database
     * @param campaignId the campaign
     * @param given      who the caller says loads
     * @return who the audit records, as {@link #checkEntry} says
     * @throws StoreException when the campaign is closed or the user is not regional
     */
    public static String checkBulk(Database database, String campaignId, String given) throws StoreException {
        return database.read(connection -> {
            requireOpen(connection, campaignId);
            Optional<UserScope> scope = currentScope(connection, database.dialect());
            if (scope.isEmpty()) {
                return given;
            }
            if (scope.get().role() != UserRole.REGIONAL) {
                throw new StoreException(NLS.bind(Messages.Store_bulkRegionalOnly, scope.get().dbUser(),
                        scope.get().describe()));
            }
            return scope.get().dbUser();
        });
    }

    private static Map<String, String> municipalities(Connection connection, Collection<String> organisations)
            throws SQLException {
        Map<String, String> municipalities = new HashMap<>();
        try (PreparedStatement select = connection
                .prepareStatement("SELECT MUNICIPALITY_CODE FROM ORGANISATION WHERE CODE = ?")) { //$NON-NLS-1$
            for (String organisation : new TreeSet<>(organisations)) {
                select.setString(1, organisation);
                try (ResultSet rs = select.executeQuery()) {
                    if (rs.next()) {
                        municipalities.put(organisation, rs.getString(1));
                    }
                }
            }
        }
        return municipalities;
    }
}
