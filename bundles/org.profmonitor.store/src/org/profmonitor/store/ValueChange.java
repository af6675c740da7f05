/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store;

import java.util.Objects;

/**
 * A value to write: the value of one data element for one organisation, optionally for one
 * disaggregation (for example students with disabilities).
 *
 * @param organisationCode the organisation's code in the region's directory
 * @param elementCode      the data element's code in the indicator set
 * @param disaggregation   the disaggregation's code; {@code ""} (or {@code null}) for the total
 * @param value            the value; finite
 */
public record ValueChange(String organisationCode, String elementCode, String disaggregation, double value) {

    /** Normalises the total's disaggregation to {@code ""} and refuses NaN and infinities. */
    public ValueChange {
        Objects.requireNonNull(organisationCode, "organisationCode"); //$NON-NLS-1$
        Objects.requireNonNull(elementCode, "elementCode"); //$NON-NLS-1$
        disaggregation = disaggregation == null ? "" : disaggregation; //$NON-NLS-1$
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value " + value); //$NON-NLS-1$
        }
    }

    /**
     * @param organisationCode the organisation's code
     * @param elementCode      the data element's code
     * @param value            the value
     * @return the change of a total (no disaggregation)
     */
    public static ValueChange of(String organisationCode, String elementCode, double value) {
        return new ValueChange(organisationCode, elementCode, "", value); //$NON-NLS-1$
    }
}
