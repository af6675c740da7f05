/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store;

import java.time.LocalDate;

import org.profmonitor.model.RecommendationStatus;

/**
 * What a user changes in one recommendation; a {@code null} part stays as it is.
 *
 * @param status      the new status
 * @param action      the new text of the action
 * @param deadline    the new deadline
 * @param responsible who answers for it now
 */
public record RecommendationEdit(RecommendationStatus status, String action, LocalDate deadline,
        String responsible) {

    /** @return whether nothing is changed */
    public boolean isEmpty() {
        return status == null && action == null && deadline == null && responsible == null;
    }
}
