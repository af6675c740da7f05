package org.profmonitor.ui.problems.internal.scan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.cycle.CampaignContext;
import org.profmonitor.cycle.CycleException;
import org.profmonitor.exchange.ImportProblem;
import org.profmonitor.exchange.Location;
import org.profmonitor.exchange.internal.ConsistencyChecker;
import org.profmonitor.exchange.internal.ImportCollector;
import org.profmonitor.exchange.internal.ReferenceData;
import org.profmonitor.model.DataElement;
import org.profmonitor.model.Organisation;
import org.profmonitor.store.CampaignInfo;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;

/**
 * The problems of the stored values of every campaign, checked with exactly the rules of the import
 * and of the data entry grid (range, whole counts, part not above its whole, part groups not above
 * it): what was written before a rule existed, or through another program, shows up here.
 */
public final class DataProblems {

	/* where a stored value was read: its index in the read order, so a problem comes back to it */
	private record Read(String organisation, String element) {
	}

	private DataProblems() {
	}

	/**
	 * @param store    the open database
	 * @param registry the installed indicator sets
	 * @param monitor  progress, one step per campaign; cancellable
	 * @return the problems of all campaigns, campaign by campaign
	 * @throws StoreException when the database fails
	 */
	public static List<Problem> scan(Store store, IndicatorSetRegistry registry, IProgressMonitor monitor)
			throws StoreException {
		return scan(store, registry, store.campaigns().list().stream().map(CampaignInfo::id).toList(), monitor);
	}

	/**
	 * @param store       the open database
	 * @param registry    the installed indicator sets
	 * @param campaignIds the campaigns to check; those no longer in the database are passed over
	 * @param monitor     progress, one step per campaign; cancellable
	 * @return the problems of those campaigns, campaign by campaign
	 * @throws StoreException when the database fails
	 */
	public static List<Problem> scan(Store store, IndicatorSetRegistry registry, Collection<String> campaignIds,
			IProgressMonitor monitor) throws StoreException {
		SubMonitor progress = SubMonitor.convert(monitor, campaignIds.size());
		List<Problem> problems = new ArrayList<>();
		for (String id : campaignIds) {
			progress.split(1);
			if (store.campaigns().find(id).isEmpty()) {
				continue;
			}
			try {
				problems.addAll(scan(store, CampaignContext.resolve(store, registry, id)));
			} catch (CycleException e) {
				// the set is not installed: the values cannot be checked, which is itself worth seeing
				problems.add(Problem.ofData(false, e.getMessage(), id, id, null, null));
			}
		}
		return problems;
	}

	/** @return the problems of one campaign's stored values */
	public static List<Problem> scan(Store store, CampaignContext campaign) throws StoreException {
		ImportCollector collector = new ImportCollector(
				ReferenceData.of(campaign.indicatorSet(), campaign.directory(), campaign.id()));
		List<Read> reads = new ArrayList<>();
		store.values().forEachValue(campaign.id(), (organisationCode, elementCode, disaggregation, value) -> {
			reads.add(new Read(organisationCode, elementCode));
			Location at = new Location(null, null, reads.size(), 0);
			Organisation organisation = collector.organisation(organisationCode, at);
			DataElement element = collector.element(elementCode, at);
			if (organisation != null && element != null) {
				collector.number(organisation, element, disaggregation, value, at);
			}
		});
		new ConsistencyChecker(collector).run();
		List<Problem> problems = new ArrayList<>();
		for (ImportProblem problem : collector.problems()) {
			Read read = reads.get(problem.row() - 1);
			String location = NLS.bind(Messages.Location_Value,
					new Object[] { campaign.id(), read.organisation(), read.element() });
			problems.add(Problem.ofData(true, problem.message(), location, campaign.id(), read.organisation(),
					read.element()));
		}
		return problems;
	}
}
