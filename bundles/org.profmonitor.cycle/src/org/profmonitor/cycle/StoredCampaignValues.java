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
		return readAll(store, campaignId).getOrDefault("", CampaignValues.of(Map.of())); //$NON-NLS-1$
	}

	/**
	 * Reads a campaign's figures grouped by disaggregation in one pass.
	 *
	 * @param store      the open database
	 * @param campaignId the campaign
	 * @return disaggregation ({@code ""} for the totals) → its figures, organisation × element;
	 *         disaggregations in the order the database returns them
	 * @throws StoreException when the database fails
	 */
	public static Map<String, CampaignValues> readAll(Store store, String campaignId) throws StoreException {
		Map<String, Map<String, Map<String, Double>>> slices = new LinkedHashMap<>();
		store.values().forEachValue(campaignId, (organisation, element, disaggregation, value) -> slices
				.computeIfAbsent(disaggregation, key -> new LinkedHashMap<>())
				.computeIfAbsent(organisation, code -> new HashMap<>()).put(element, value));
		Map<String, CampaignValues> values = new LinkedHashMap<>();
		slices.forEach((disaggregation, figures) -> values.put(disaggregation, CampaignValues.of(figures)));
		return values;
	}
}
