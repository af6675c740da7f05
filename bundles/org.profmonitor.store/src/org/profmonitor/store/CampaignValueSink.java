/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store;

/** Receives the values of several campaigns read in one scan; codes are shared as in {@link ValueSink}. */
@FunctionalInterface
public interface CampaignValueSink {

    /**
     * @param campaignId       the campaign the value belongs to
     * @param organisationCode the organisation's code
     * @param elementCode      the data element's code
     * @param disaggregation   the disaggregation's code, {@code ""} for the total
     * @param value            the value
     */
    void accept(String campaignId, String organisationCode, String elementCode, String disaggregation, double value);
}
