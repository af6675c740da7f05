package org.profmonitor.cycle;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.profmonitor.core.compute.CampaignValues;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;

/** Feeds the calculator from the database instead of a demo CSV. */
public final class StoredCampaignValues {

	private StoredCampaignValues() {
	}

	/**
	 * Reads a campaign's totals. Disaggregated values (students with disabilities...) are left
	 * out: the indicator formulas are computed on totals.
	 *
	 * @param store      the open database
	 * @param campaignId the campaign
	 * @return its figures, organisation × element
	 * @throws StoreException when the database fails
	 */
	public static CampaignValues read(Store store, String campaignId) throws StoreException {
		Map<String, Map<String, Double>> values = new LinkedHashMap<>();
		store.values().forEachValue(campaignId, (organisation, element, disaggregation, value) -> {
			if (disaggregation.isEmpty()) {
				values.computeIfAbsent(organisation, code -> new HashMap<>()).put(element, value);
			}
		});
		return CampaignValues.of(values);
	}
}
