package org.profmonitor.cycle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.profmonitor.core.compute.CampaignValues;
import org.profmonitor.cycle.internal.HandOffSink;
import org.profmonitor.store.CampaignValueSink;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;

/**
 * Feeds the calculator from the database instead of a demo CSV: one unordered scan of the values
 * table straight into the calculator's columns ({@link CampaignValues.Builder}), no ORDER BY and
 * no per-organisation maps, the rows filed into the columns on a second thread while the scan goes on
 * ({@link HandOffSink}). The figures come out as an ordered read would give them:
 * organisations in code order, disaggregations in the order of their first value.
 */
public final class StoredCampaignValues {

	private static final String TOTAL = ""; //$NON-NLS-1$
	private static final String FILING_THREAD = "ProfMonitor: values into columns"; //$NON-NLS-1$

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
		return readAll(store, campaignId).getOrDefault(TOTAL, CampaignValues.of(Map.of()));
	}

	/**
	 * Reads a campaign's figures grouped by disaggregation in one pass.
	 *
	 * @param store      the open database
	 * @param campaignId the campaign
	 * @return disaggregation ({@code ""} for the totals) → its figures, organisation × element;
	 *         disaggregations in the order a read ordered by organisation, element and
	 *         disaggregation meets them
	 * @throws StoreException when the database fails
	 */
	public static Map<String, CampaignValues> readAll(Store store, String campaignId) throws StoreException {
		return readCampaigns(store, List.of(campaignId)).get(campaignId);
	}

	/**
	 * Reads several campaigns (a campaign and its previous one) in one scan of the table.
	 *
	 * @param store       the open database
	 * @param campaignIds the campaigns, at least one
	 * @return campaign → (disaggregation → figures) as {@link #readAll} gives them; a campaign
	 *         without values maps to an empty map
	 * @throws StoreException when the database fails
	 */
	public static Map<String, Map<String, CampaignValues>> readCampaigns(Store store, List<String> campaignIds)
			throws StoreException {
		Map<String, Map<String, CampaignValues.Builder>> builders = new LinkedHashMap<>();
		for (String id : campaignIds) {
			builders.put(id, new HashMap<>());
		}
		Slicer slicer = new Slicer(builders);
		// the scan decodes rows on this thread while another shares their codes and files them
		try (HandOffSink handOff = new HandOffSink(CampaignValueSink.sharingCodes(slicer::accept), FILING_THREAD)) {
			store.values().scanValuesAsRead(campaignIds, handOff);
		}
		Map<String, Map<String, CampaignValues>> campaigns = new LinkedHashMap<>();
		builders.forEach((id, slices) -> campaigns.put(id, inReadOrder(slices)));
		return campaigns;
	}

	/* The order ORDER BY ORGANISATION_CODE, ELEMENT_CODE, DISAGGREGATION first meets each slice in. */
	private static Map<String, CampaignValues> inReadOrder(Map<String, CampaignValues.Builder> slices) {
		record Slice(String disaggregation, String organisation, String element, CampaignValues values) {
		}
		List<Slice> ordered = new ArrayList<>();
		slices.forEach((disaggregation, builder) -> {
			CampaignValues values = builder.build();
			String organisation = values.organisations().iterator().next();
			String element = values.elements(organisation).stream().min(Comparator.naturalOrder()).orElseThrow();
			ordered.add(new Slice(disaggregation, organisation, element, values));
		});
		ordered.sort(Comparator.comparing(Slice::organisation).thenComparing(Slice::element)
				.thenComparing(Slice::disaggregation));
		Map<String, CampaignValues> values = new LinkedHashMap<>();
		ordered.forEach(slice -> values.put(slice.disaggregation(), slice.values()));
		return values;
	}

	/** Sends each scanned value to its campaign's and disaggregation's builder. */
	private static final class Slicer {
		private final Map<String, Map<String, CampaignValues.Builder>> builders;
		/* the scan gives one String per distinct code: rows of the same slice follow each other */
		private String lastCampaign;
		private String lastDisaggregation;
		private CampaignValues.Builder last;

		Slicer(Map<String, Map<String, CampaignValues.Builder>> builders) {
			this.builders = builders;
		}

		void accept(String campaign, String organisation, String element, String disaggregation, double value) {
			if (!campaign.equals(lastCampaign) || !disaggregation.equals(lastDisaggregation)) {
				last = builders.get(campaign).computeIfAbsent(disaggregation,
						key -> CampaignValues.builder().organisationsInCodeOrder());
				lastCampaign = campaign;
				lastDisaggregation = disaggregation;
			}
			last.put(organisation, element, value);
		}
	}
}
