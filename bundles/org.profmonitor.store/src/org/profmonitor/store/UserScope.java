/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store;

import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.store.internal.Messages;

/**
 * A database user's role and the unit it is limited to.
 *
 * @param dbUser           the database user's name, lower case
 * @param role             the role
 * @param municipalityCode the municipality of a {@link UserRole#MUNICIPAL} user, else {@code null}
 * @param organisationCode the organisation of an {@link UserRole#ORGANISATION} user, else {@code null}
 */
public record UserScope(String dbUser, UserRole role, String municipalityCode, String organisationCode) {

    /** Checks that the unit fits the role. */
    public UserScope {
        Objects.requireNonNull(dbUser, "dbUser"); //$NON-NLS-1$
        Objects.requireNonNull(role, "role"); //$NON-NLS-1$
        if ((role == UserRole.MUNICIPAL) != (municipalityCode != null)
                || (role == UserRole.ORGANISATION) != (organisationCode != null)) {
            throw new IllegalArgumentException(role + " " + municipalityCode + " " + organisationCode); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** @return the scope in words, for messages: «муниципальный методист, муниципалитет son» */
    public String describe() {
        return switch (role) {
        case REGIONAL -> Messages.Scope_regional;
        case MUNICIPAL -> NLS.bind(Messages.Scope_municipal, municipalityCode);
        case ORGANISATION -> NLS.bind(Messages.Scope_organisation, organisationCode);
        case READONLY -> Messages.Scope_readonly;
        };
    }
}
