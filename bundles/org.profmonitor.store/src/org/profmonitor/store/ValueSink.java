/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store;

/**
 * Receives a campaign's values one at a time, without a record per value: the bulk computation
 * reads tens of thousands of them.
 */
@FunctionalInterface
public interface ValueSink {

    /**
     * @param organisationCode the organisation's code; the same code is the same {@code String}
     *                         instance throughout one read, so sinks may use it as a map key cheaply
     * @param elementCode      the data element's code, shared the same way
     * @param disaggregation   the disaggregation's code, {@code ""} for the total
     * @param value            the value
     */
    void accept(String organisationCode, String elementCode, String disaggregation, double value);
}
