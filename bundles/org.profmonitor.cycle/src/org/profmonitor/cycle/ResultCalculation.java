package org.profmonitor.cycle;

import java.util.ArrayList;
import java.util.List;

import org.profmonitor.core.compute.CampaignValues;
import org.profmonitor.core.compute.IndicatorCalculator;
import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.core.compute.Unit;
import org.profmonitor.core.compute.Units;
import org.profmonitor.model.UnitLevel;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;

/**
 * Computes a campaign's indicators from the values in the database, compared with the stored
 * previous campaign (when the database has it) for {@code prev()} and "not below last year".
 */
public final class ResultCalculation {

	private final Store store;
	private final CampaignContext campaign;

	/**
	 * @param store    the open database
	 * @param campaign the campaign computed
	 */
	public ResultCalculation(Store store, CampaignContext campaign) {
		this.store = store;
		this.campaign = campaign;
	}

	/**
	 * @param levels the unit levels to compute, in output order; empty for all three
	 * @return every indicator of the set for every unit of the levels, indicators in set order
	 * @throws StoreException when the database fails
	 */
	public List<IndicatorValue> compute(List<UnitLevel> levels) throws StoreException {
		CampaignValues current = StoredCampaignValues.read(store, campaign.id());
		CampaignValues previous = null;
		String previousId = campaign.info().previousId();
		if (previousId != null && store.campaigns().find(previousId).isPresent()) {
			previous = StoredCampaignValues.read(store, previousId);
		}
		IndicatorCalculator calculator = new IndicatorCalculator(campaign.indicatorSet(),
				campaign.info().academicYear(), current, previous);
		Units units = new Units(campaign.directory());
		List<Unit> selected = new ArrayList<>();
		for (UnitLevel level : levels.isEmpty() ? List.of(UnitLevel.ORGANISATION, UnitLevel.MUNICIPALITY,
				UnitLevel.REGION) : levels) {
			selected.addAll(units.of(level));
		}
		return calculator.computeAll(selected);
	}
}
