package org.profmonitor.core.indicators;

import java.net.URL;
import java.util.Objects;

import org.profmonitor.model.Campaign;

/**
 * A demo campaign of a region bundle: the campaign (period, opening order) and its raw figures.
 *
 * @param id the id of the {@code demoCampaign} element, e.g. {@code tver-2022-23}
 * @param campaign the loaded campaign
 * @param values the CSV of raw figures ({@code organisation;element;value}, UTF-8, with header),
 *            read with {@link org.profmonitor.core.compute.CampaignValues#read(URL)}
 */
public record DemoCampaign(String id, Campaign campaign, URL values) {

    /** Rejects missing parts. */
    public DemoCampaign {
        Objects.requireNonNull(id, "id"); //$NON-NLS-1$
        Objects.requireNonNull(campaign, "campaign"); //$NON-NLS-1$
        Objects.requireNonNull(values, "values"); //$NON-NLS-1$
    }
}
