/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store;

import java.time.Instant;
import java.util.List;

/**
 * Edits refused because someone else changed the same values since the user read them; nothing of
 * the edits was written. The message names every place and shows the other user's value.
 */
public final class EditConflictException extends StoreException {

    private static final long serialVersionUID = 1L;

    /**
     * One value changed by someone else.
     *
     * @param edit      the refused edit
     * @param current   the value in the database now, {@code null} when there is none
     * @param changedBy who wrote it
     * @param changedAt when
     */
    public record Conflict(ValueEdit edit, Double current, String changedBy, Instant changedAt) {
    }

    private final transient List<Conflict> conflicts;

    /**
     * @param message   for the user
     * @param conflicts every conflict found
     */
    public EditConflictException(String message, List<Conflict> conflicts) {
        super(message);
        this.conflicts = List.copyOf(conflicts);
    }

    /** @return the conflicts, at least one */
    public List<Conflict> conflicts() {
        return conflicts;
    }
}
