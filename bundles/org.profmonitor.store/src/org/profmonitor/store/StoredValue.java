/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store;

import java.time.Instant;

/**
 * A value as the store holds it.
 *
 * @param organisationCode the organisation's code
 * @param elementCode      the data element's code
 * @param disaggregation   the disaggregation's code, {@code ""} for the total
 * @param value            the value
 * @param changedBy        who wrote the value last
 * @param changedAt        when
 */
public record StoredValue(String organisationCode, String elementCode, String disaggregation, double value,
        String changedBy, Instant changedAt) {
}
