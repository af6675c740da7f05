/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store;

import java.time.Instant;

/**
 * One change a user made to a recommendation, as the history keeps it.
 *
 * @param number        the recommendation's number when it was changed
 * @param addressee     its addressee
 * @param indicatorCode the indicator it targets, or {@code null}
 * @param field         what changed: {@code status}, {@code action}, {@code deadline} or
 *                      {@code responsible}
 * @param oldValue      the value before, or {@code null}
 * @param newValue      the value after, or {@code null}
 * @param changedBy     who changed it
 * @param changedAt     when
 */
public record RecommendationChange(int number, String addressee, String indicatorCode, String field,
        String oldValue, String newValue, String changedBy, Instant changedAt) {
}
