package org.profmonitor.cycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.model.Analysis;
import org.profmonitor.reports.CampaignResults;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;

/**
 * What a report of a stored campaign is made from: the indicators computed from the database for
 * every unit, the organisations that reported, and the stored analysis. The reports bundle knows no
 * database; this is where the two meet, for the command line and the workbench alike.
 */
public final class StoredResults {

	private StoredResults() {
	}

	/**
	 * @param store    the open database
	 * @param registry the installed indicator sets
	 * @param campaign the campaign
	 * @param monitor  progress and cancellation; may be {@code null}
	 * @return what the campaign's reports are made from; a campaign without a stored analysis is
	 *         analysed first
	 * @throws StoreException when the database fails
	 * @throws CycleException when the campaign's set is broken
	 */
	public static CampaignResults load(Store store, IndicatorSetRegistry registry, CampaignContext campaign,
			IProgressMonitor monitor) throws StoreException, CycleException {
		SubMonitor progress = SubMonitor.convert(monitor, 3);
		// all levels: the справка shows municipalities and the region, a card any one unit
		ResultCalculation calculation = new ResultCalculation(store, campaign);
		List<IndicatorValue> values = calculation.compute(List.of());
		progress.split(1);
		// the figures the calculation has read: no second read of the campaign
		Set<String> reporting = calculation.figures().organisations();
		progress.split(1);
		// a campaign nobody analysed yet is analysed now: a справка without its problems would mislead
		Analysis analysis = new CampaignAnalysis(store, registry, LocalDate.now()).stored(campaign.id());
		progress.split(1);
		return new CampaignResults(campaign.indicatorSet(), campaign.toCampaign(), campaign.directory(), reporting,
				values, analysis);
	}
}
