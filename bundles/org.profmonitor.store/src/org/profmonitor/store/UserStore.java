/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.store.internal.Database;
import org.profmonitor.store.internal.Dialect;
import org.profmonitor.store.internal.EntryGuard;
import org.profmonitor.store.internal.Jdbc;
import org.profmonitor.store.internal.Messages;
import org.profmonitor.store.internal.ServerRoles;

/**
 * The users of a shared database and their scopes, managed by its administrator (the owner who
 * migrated it). On PostgreSQL a user is a login role of the server, member of the group role of
 * its {@link UserRole}, whose grants and row-level security policies enforce the scope; on a Derby
 * network server only the scope is recorded and the store enforces it (Derby has no row-level
 * security). An embedded database has one user, its administrator. Obtained from
 * {@link Store#users()}.
 */
public final class UserStore {

    /* Lower case, so that PostgreSQL's folded name and ours are the same; no quoting needed. */
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}"); //$NON-NLS-1$

    private final Database database;

    UserStore(Database database) {
        this.database = database;
    }

    /**
     * @return the connected user's scope, or empty for the database's administrator (who may do
     *         everything, as the regional methodologist, and manages users)
     * @throws StoreException when the database fails
     */
    public Optional<UserScope> current() throws StoreException {
        return database.read(connection -> EntryGuard.currentScope(connection, database.dialect()));
    }

    /**
     * @return every managed user, by name
     * @throws StoreException when the database fails
     */
    public List<UserScope> list() throws StoreException {
        return database.read(connection -> {
            List<UserScope> users = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT DB_USER, ROLE_NAME, " //$NON-NLS-1$
                    + "MUNICIPALITY_CODE, ORGANISATION_CODE FROM USER_SCOPE ORDER BY DB_USER"); //$NON-NLS-1$
                    ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    users.add(new UserScope(rs.getString(1), UserRole.of(rs.getString(2)).orElse(UserRole.READONLY),
                            rs.getString(3), rs.getString(4)));
                }
            }
            return users;
        });
    }

    /**
     * Adds a user with a scope, all or nothing. On PostgreSQL the login role is created when the
     * server has none of that name yet (roles belong to the whole server) and given the password.
     *
     * @param name     the database user's name: lower-case letters, digits, {@code _}
     * @param role     the role
     * @param unitCode the municipality of a municipal user, the organisation of an organisation
     *                 user; {@code null} for the others
     * @param password the new user's password, or {@code null} to leave the role's as it is; it
     *                 reaches the server hashed (SCRAM), never as SQL text
     * @return the scope recorded
     * @throws StoreException when the connected user is not the administrator, the database is
     *                        embedded, the name is not valid or taken, or the unit is not in the
     *                        database's directory
     */
    public UserScope add(String name, UserRole role, String unitCode, char[] password) throws StoreException {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new StoreException(NLS.bind(Messages.Users_badName, name));
        }
        requireServer();
        UserScope scope = new UserScope(name, role, role == UserRole.MUNICIPAL ? unitCode : null,
                role == UserRole.ORGANISATION ? unitCode : null);
        return database.inTransaction(connection -> {
            String admin = requireAdministrator(connection);
            if (EntryGuard.scopeOf(connection, name).isPresent()) {
                throw new StoreException(NLS.bind(Messages.Users_exists, name));
            }
            requireKnownUnit(connection, scope);
            if (database.dialect() == Dialect.POSTGRESQL) {
                ServerRoles.createMember(connection, name, role.groupRole(), password);
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO USER_SCOPE (DB_USER, ROLE_NAME, " //$NON-NLS-1$
                    + "MUNICIPALITY_CODE, ORGANISATION_CODE, CREATED_BY, CREATED_AT) VALUES (?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
                insert.setString(1, name);
                insert.setString(2, role.id());
                insert.setString(3, scope.municipalityCode());
                insert.setString(4, scope.organisationCode());
                insert.setString(5, admin);
                insert.setTimestamp(6, Jdbc.timestampNow());
                insert.executeUpdate();
            }
            return scope;
        });
    }

    /**
     * Removes a user's scope and, on PostgreSQL, its login role, all or nothing. What the user
     * entered stays, with the name in the audit.
     *
     * @param name the database user's name
     * @return the scope removed
     * @throws StoreException when the connected user is not the administrator or there is no such user
     */
    public UserScope remove(String name) throws StoreException {
        requireServer();
        return database.inTransaction(connection -> {
            requireAdministrator(connection);
            UserScope scope = EntryGuard.scopeOf(connection, name)
                    .orElseThrow(() -> new StoreException(NLS.bind(Messages.Users_unknown, name)));
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM USER_SCOPE WHERE DB_USER = ?")) { //$NON-NLS-1$
                delete.setString(1, name);
                delete.executeUpdate();
            }
            if (database.dialect() == Dialect.POSTGRESQL) {
                ServerRoles.drop(connection, name);
            }
            return scope;
        });
    }

    private void requireServer() throws StoreException {
        if (database.location().isEmbedded()) {
            throw new StoreException(NLS.bind(Messages.Users_embedded, database.location().displayName()));
        }
    }

    private String requireAdministrator(Connection connection) throws SQLException, StoreException {
        String user = EntryGuard.currentUser(connection, database.dialect());
        Optional<UserScope> scope = EntryGuard.scopeOf(connection, user);
        if (scope.isPresent()) {
            throw new StoreException(NLS.bind(Messages.Users_adminOnly, user, scope.get().describe()));
        }
        return user;
    }

    private static void requireKnownUnit(Connection connection, UserScope scope) throws SQLException, StoreException {
        String column = scope.role() == UserRole.MUNICIPAL ? "MUNICIPALITY_CODE" //$NON-NLS-1$
                : scope.role() == UserRole.ORGANISATION ? "CODE" : null; //$NON-NLS-1$
        if (column == null) {
            return;
        }
        String code = scope.role() == UserRole.MUNICIPAL ? scope.municipalityCode() : scope.organisationCode();
        try (PreparedStatement select = connection
                .prepareStatement("SELECT 1 FROM ORGANISATION WHERE " + column + " = ? FETCH FIRST ROW ONLY")) { //$NON-NLS-1$ //$NON-NLS-2$
            select.setString(1, code);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException(NLS.bind(scope.role() == UserRole.MUNICIPAL ? Messages.Users_unknownMunicipality
                            : Messages.Users_unknownOrganisation, code));
                }
            }
        }
    }
}
