/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store;

/**
 * What {@link ValueStore#applyValues} wrote.
 *
 * @param inserted  values that were new
 * @param updated   values that existed with another value; their audit rows hold both values
 * @param unchanged values that existed with the same value; nothing was written for them
 */
public record ApplyResult(int inserted, int updated, int unchanged) {

    /** @return values written, each with one audit row */
    public int changed() {
        return inserted + updated;
    }
}
