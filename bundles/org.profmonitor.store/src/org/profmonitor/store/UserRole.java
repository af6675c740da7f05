/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store;

import java.util.Locale;
import java.util.Optional;

/**
 * What a user of a shared database may change. On PostgreSQL each role is a group role of the
 * server ({@code profmonitor_<name>}) whose grants and row-level security policies enforce it.
 */
public enum UserRole {
    /** The regional methodologist: every value, the campaigns, their analyses; reopens a campaign. */
    REGIONAL("regional"), //$NON-NLS-1$
    /** A municipal methodologist: the values of the organisations of one municipality. */
    MUNICIPAL("municipal"), //$NON-NLS-1$
    /** An educational organisation's staff: its own values. */
    ORGANISATION("organisation"), //$NON-NLS-1$
    /** Reads everything, changes nothing. */
    READONLY("readonly"); //$NON-NLS-1$

    private final String id;

    UserRole(String id) {
        this.id = id;
    }

    /** @return the name in USER_SCOPE and on the command line */
    public String id() {
        return id;
    }

    /** @return the server's group role whose members have this role */
    public String groupRole() {
        return "profmonitor_" + id; //$NON-NLS-1$
    }

    /**
     * @param id a role's name as {@link #id()} gives it, in any case
     * @return the role, or empty when there is none of that name
     */
    public static Optional<UserRole> of(String id) {
        String lower = id == null ? "" : id.toLowerCase(Locale.ROOT); //$NON-NLS-1$
        for (UserRole role : values()) {
            if (role.id.equals(lower)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
