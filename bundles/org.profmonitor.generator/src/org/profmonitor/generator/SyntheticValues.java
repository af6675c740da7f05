/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.generator;

import java.util.List;

import org.profmonitor.model.DataElement;
import org.profmonitor.model.Directory;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.Municipality;
import org.profmonitor.model.Organisation;
import org.profmonitor.store.ValueSink;

/**
 * The figures of a synthetic country for an indicator set: every data element (totals, no
 * disaggregation) of every organisation, campaign by campaign, streamed to a sink so that three
 * million values never sit in memory at once.
 */
public final class SyntheticValues {

    private final SyntheticCountry country;
    private final ValueGenerator generator;

    /**
     * @param country the directories
     * @param set     the indicator set whose data elements are generated
     */
    public SyntheticValues(SyntheticCountry country, IndicatorSet set) {
        this.country = country;
        this.generator = new ValueGenerator(set, country.settings().seed());
    }

    /** @return the number of values of one campaign */
    public long valuesPerCampaign() {
        return (long) country.settings().organisations() * generator.elements().size();
    }

    /**
     * @param campaign the campaign's number, 0 for the oldest
     * @param sink     receives every value, organisation by organisation
     */
    public void forEachValue(int campaign, ValueSink sink) {
        for (Directory region : country.regions()) {
            forEachValue(region, campaign, sink);
        }
    }

    /**
     * @param region   one of the country's directories
     * @param campaign the campaign's number, 0 for the oldest
     * @param sink     receives the region's values, organisation by organisation
     */
    public void forEachValue(Directory region, int campaign, ValueSink sink) {
        List<DataElement> elements = generator.elements();
        for (Municipality municipality : region.getMunicipalities()) {
            for (Organisation organisation : municipality.getOrganisations()) {
                double[] values = generator.values(organisation.getCode(), organisation.getKind(), campaign);
                for (int i = 0; i < values.length; i++) {
                    sink.accept(organisation.getCode(), elements.get(i).getCode(), "", values[i]); //$NON-NLS-1$
                }
            }
        }
    }
}
