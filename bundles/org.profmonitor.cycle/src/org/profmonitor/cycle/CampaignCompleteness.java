package org.profmonitor.cycle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.profmonitor.model.DataElement;
import org.profmonitor.model.Municipality;
import org.profmonitor.model.Organisation;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;

/**
 * How complete a campaign's data is: per municipality, how many of its organisations sent any
 * value and how many of the values the indicator set asks for are filled, and who sent nothing.
 * Only totals count (a disaggregation is a detail of a value already counted); a value of an
 * element the set no longer has does not fill anything.
 */
public final class CampaignCompleteness {

	/**
	 * One organisation's share.
	 *
	 * @param organisation the organisation of the directory
	 * @param filled       the set's data elements it has a value for
	 * @param expected     the set's data elements
	 */
	public record OrganisationCompleteness(Organisation organisation, int filled, int expected) {

		/** @return {@code true} when it sent at least one value */
		public boolean reported() {
			return filled > 0;
		}
	}

	/**
	 * One municipality's figures.
	 *
	 * @param municipality  the municipality
	 * @param organisations its organisations in directory order
	 */
	public record MunicipalityCompleteness(Municipality municipality, List<OrganisationCompleteness> organisations) {

		/** @return how many of its organisations sent at least one value */
		public int reported() {
			return (int) organisations.stream().filter(OrganisationCompleteness::reported).count();
		}

		/** @return the number of its organisations */
		public int total() {
			return organisations.size();
		}

		/** @return values filled over values asked for, 0 to 1; 0 for a municipality without organisations */
		public double filledShare() {
			int expected = organisations.stream().mapToInt(OrganisationCompleteness::expected).sum();
			int filled = organisations.stream().mapToInt(OrganisationCompleteness::filled).sum();
			return expected == 0 ? 0 : (double) filled / expected;
		}

		/** @return the organisations that sent nothing, «не представлены данные» */
		public List<Organisation> silent() {
			return organisations.stream().filter(each -> !each.reported()).map(OrganisationCompleteness::organisation)
					.toList();
		}
	}

	private CampaignCompleteness() {
	}

	/**
	 * @param store    the open database
	 * @param campaign the campaign with its set and directory
	 * @return one line per municipality of the directory, in directory order
	 * @throws StoreException when the database fails
	 */
	public static List<MunicipalityCompleteness> of(Store store, CampaignContext campaign) throws StoreException {
		Set<String> elements = new HashSet<>();
		for (DataElement element : campaign.indicatorSet().getDataElements()) {
			elements.add(element.getCode());
		}
		Map<String, Set<String>> filled = new HashMap<>();
		store.values().forEachValue(campaign.id(), (organisation, element, disaggregation, value) -> {
			if ((disaggregation == null || disaggregation.isEmpty()) && elements.contains(element)) {
				filled.computeIfAbsent(organisation, code -> new HashSet<>()).add(element);
			}
		});
		List<MunicipalityCompleteness> lines = new ArrayList<>();
		for (Municipality municipality : campaign.directory().getMunicipalities()) {
			List<OrganisationCompleteness> organisations = new ArrayList<>();
			for (Organisation organisation : municipality.getOrganisations()) {
				int count = filled.getOrDefault(organisation.getCode(), Set.of()).size();
				organisations.add(new OrganisationCompleteness(organisation, count, elements.size()));
			}
			lines.add(new MunicipalityCompleteness(municipality, organisations));
		}
		return lines;
	}
}
