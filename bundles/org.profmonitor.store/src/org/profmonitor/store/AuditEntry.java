/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store;

import java.time.Instant;

/**
 * One change of a data value.
 *
 * @param id               the entry's number; later changes have larger numbers
 * @param organisationCode the organisation's code
 * @param elementCode      the data element's code
 * @param disaggregation   the disaggregation's code, {@code ""} for the total
 * @param oldValue         the value before, {@code null} when the value was first entered
 * @param newValue         the value after
 * @param changedBy        who changed it
 * @param changedAt        when
 * @param source           where the value came from, e.g. the imported file's name; may be {@code null}
 */
public record AuditEntry(long id, String organisationCode, String elementCode, String disaggregation,
        Double oldValue, Double newValue, String changedBy, Instant changedAt, String source) {
}
