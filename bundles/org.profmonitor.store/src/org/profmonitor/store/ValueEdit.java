/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store;

import java.util.Objects;

/**
 * A value a user changed in the data entry, with the value the user started from: the store
 * writes it only when the database still holds that value, so that two users editing the same
 * campaign never silently overwrite each other.
 *
 * @param change   the new value and where it goes
 * @param expected the value the user saw before the change, {@code null} when the cell was empty
 */
public record ValueEdit(ValueChange change, Double expected) {

    /** Checks the parts. */
    public ValueEdit {
        Objects.requireNonNull(change, "change"); //$NON-NLS-1$
    }
}
