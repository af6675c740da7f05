package org.profmonitor.cycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.profmonitor.core.analysis.AnalysisBuilder;
import org.profmonitor.core.analysis.AnalysisInput;
import org.profmonitor.core.analysis.ProblemRules;
import org.profmonitor.core.compute.DisaggregatedValue;
import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.cycle.internal.AnalysisMerge;
import org.profmonitor.model.Analysis;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;

/**
 * The analysis of a campaign from the data in the database: every indicator at every level with
 * ranks, the problems found by ProfMonitor's and the region's rules, and the recommendations
 * drafted from the region's templates. {@link #refresh} computes it anew from the current data
 * and stores it, keeping what users did with the recommendations (see {@code AnalysisMerge}), so
 * that an analysis is never older than the data it speaks of.
 */
public final class CampaignAnalysis {

	private final Store store;
	private final IndicatorSetRegistry registry;
	private final LocalDate today;
	private final List<String> warnings = new ArrayList<>();

	/**
	 * @param store    the open database
	 * @param registry the installed indicator sets
	 * @param today    the day of the analysis: deadlines in working days count from it
	 */
	public CampaignAnalysis(Store store, IndicatorSetRegistry registry, LocalDate today) {
		this.store = Objects.requireNonNull(store, "store"); //$NON-NLS-1$
		this.registry = Objects.requireNonNull(registry, "registry"); //$NON-NLS-1$
		this.today = Objects.requireNonNull(today, "today"); //$NON-NLS-1$
	}

	/**
	 * Computes the campaign's analysis from its current data and saves it.
	 *
	 * @param campaignId the campaign
	 * @param monitor    progress and cancellation; may be {@code null}
	 * @return the analysis as saved, with its problems and recommendations
	 * @throws CycleException             when the campaign or its set is unknown
	 * @throws StoreException             when the database fails; the stored analysis is then
	 *                                    unchanged
	 * @throws OperationCanceledException when cancelled; nothing is saved then
	 */
	public Analysis refresh(String campaignId, IProgressMonitor monitor) throws CycleException, StoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 5);
		CampaignContext campaign = CampaignContext.resolve(store, registry, campaignId);
		ResultCalculation calculation = new ResultCalculation(store, campaign);
		List<IndicatorValue> values = calculation.compute(List.of());
		progress.split(2);
		List<DisaggregatedValue> disaggregated = calculation.computeDisaggregated(List.of());
		progress.split(1);
		AnalysisInput input = new AnalysisInput(campaign.indicatorSet(), campaign.directory(),
				campaign.info().academicYear(), campaign.info().periodStart(), values, calculation.figures(), today);
		AnalysisBuilder builder = new AnalysisBuilder(
				ProblemRules.forSet(Set.of(campaign.contribution().id(), campaign.indicatorSet().getId())));
		Analysis fresh = builder.build(input, disaggregated);
		warnings.clear();
		warnings.addAll(builder.warnings());
		progress.split(1);
		Optional<Analysis> stored = store.analyses().load(campaignId);
		if (stored.isPresent()) {
			AnalysisMerge.merge(stored.get(), fresh, store.analyses().recommendationHistory(campaignId));
		}
		progress.split(1);
		store.analyses().save(campaignId, fresh);
		return store.analyses().load(campaignId).orElse(fresh);
	}

	/**
	 * @param campaignId the campaign
	 * @return its stored analysis, computed and saved first if it has none
	 * @throws CycleException when the campaign or its set is unknown
	 * @throws StoreException when the database fails
	 */
	public Analysis stored(String campaignId) throws CycleException, StoreException {
		Optional<Analysis> stored = store.analyses().load(campaignId);
		return stored.isPresent() ? stored.get() : refresh(campaignId, null);
	}

	/** @return the messages of region rules that failed in the last {@link #refresh} */
	public List<String> warnings() {
		return List.copyOf(warnings);
	}
}
