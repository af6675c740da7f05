/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.PGConnection;

/**
 * PostgreSQL's login roles for the users of {@code db user add}. Names are checked by the caller
 * (lower-case letters, digits, {@code _}), so they need no quoting; the password goes to the server
 * already hashed, so it appears in no statement text and no server log.
 */
public final class ServerRoles {

    private static final String SCRAM = "scram-sha-256"; //$NON-NLS-1$

    private ServerRoles() {
    }

    /**
     * @param connection a connection of a user allowed to create roles, in a transaction
     * @param name       the login role, created when missing
     * @param group      the group role it joins
     * @param password   its new password, or {@code null} to leave it
     * @throws SQLException as the server reports it
     */
    public static void createMember(Connection connection, String name, String group, char[] password)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (!exists(connection, name)) {
                statement.execute("CREATE ROLE " + name + " LOGIN"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            statement.execute("GRANT " + group + " TO " + name); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (password != null) {
            connection.unwrap(PGConnection.class).alterUserPassword(name, password, SCRAM);
        }
    }

    /**
     * @param connection a connection of a user allowed to drop roles, in a transaction
     * @param name       the login role
     * @throws SQLException as the server reports it, e.g. when the role still owns objects
     */
    public static void drop(Connection connection, String name) throws SQLException {
        if (exists(connection, name)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP ROLE " + name); //$NON-NLS-1$
            }
        }
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) { //$NON-NLS-1$
            select.setString(1, name);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }
}
