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

    /**
     * A sink that passes one String per distinct code on to another: what {@link
     * ValueStore#scanValues} gives its sink. Rows of one campaign, organisation and disaggregation
     * follow each other in the table, so comparing with the previous row's code saves most
     * lookups. Not thread-safe.
     *
     * @param target receives the values with shared codes
     * @return the sharing sink
     */
    static CampaignValueSink sharingCodes(CampaignValueSink target) {
        return new CampaignValueSink() {
            private final java.util.Map<String, String> codes = new java.util.HashMap<>();
            private String campaign;
            private String organisation;
            private String disaggregation;

            @Override
            public void accept(String campaignId, String organisationCode, String elementCode, String disaggregationCode,
                    double value) {
                campaign = same(campaignId, campaign);
                organisation = same(organisationCode, organisation);
                disaggregation = same(disaggregationCode, disaggregation);
                target.accept(campaign, organisation, codes.computeIfAbsent(elementCode, code -> code), disaggregation,
                        value);
            }

            private String same(String read, String previous) {
                return read.equals(previous) ? previous : codes.computeIfAbsent(read, code -> code);
            }
        };
    }
}
