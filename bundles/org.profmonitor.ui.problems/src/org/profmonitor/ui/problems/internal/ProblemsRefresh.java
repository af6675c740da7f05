package org.profmonitor.ui.problems.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.cycle.CycleException;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;
import org.profmonitor.ui.internal.store.StoreService;
import org.profmonitor.ui.problems.internal.scan.DataProblems;
import org.profmonitor.ui.problems.internal.scan.ModelProblems;
import org.profmonitor.ui.problems.internal.scan.Problem;

/**
 * The one Job that computes the problems of the models and the data and replaces the markers.
 * Requests while it runs make it run once more afterwards, so a burst of saves costs one scan.
 */
public final class ProblemsRefresh extends Job {

	private static final ProblemsRefresh INSTANCE = new ProblemsRefresh();
	/* a burst of saves (an import writes campaign after campaign) is scanned once */
	private static final long DELAY_MS = 300;

	private volatile List<Problem> last = List.of();
	/* what the next run checks: everything, or the data of these campaigns only (guarded by this) */
	private boolean everything = true;
	private final Set<String> campaigns = new HashSet<>();

	private ProblemsRefresh() {
		super(Messages.Refresh_Job);
	}

	/** @return the job, scheduled again (it runs once more if it is running) */
	public static ProblemsRefresh request() {
		synchronized (INSTANCE) {
			INSTANCE.everything = true;
		}
		INSTANCE.schedule(DELAY_MS);
		return INSTANCE;
	}

	/**
	 * Checks the models and the data of one campaign only: at country scale a campaign has a
	 * million values, so a save must not read every campaign again.
	 *
	 * @param campaignId the campaign whose values were saved
	 * @return the job, scheduled again
	 */
	public static ProblemsRefresh requestCampaign(String campaignId) {
		synchronized (INSTANCE) {
			INSTANCE.campaigns.add(campaignId);
		}
		INSTANCE.schedule(DELAY_MS);
		return INSTANCE;
	}

	/** @return the problems the last run wrote as markers */
	public List<Problem> last() {
		return last;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		boolean written = false;
		try {
			IStatus status = check(monitor);
			written = status.isOK();
			return status;
		} finally {
			if (!written) {
				// cancelled or failed: the markers are not known to be right, the next run checks everything
				synchronized (this) {
					everything = true;
				}
			}
		}
	}

	private IStatus check(IProgressMonitor monitor) {
		boolean all;
		Set<String> only;
		synchronized (this) {
			all = everything;
			only = Set.copyOf(campaigns);
			everything = false;
			campaigns.clear();
		}
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Refresh_Job, 4);
		IndicatorSetRegistry registry = IndicatorSetRegistry.getDefault();
		List<Problem> problems = new ArrayList<>(ModelProblems.scan(registry));
		progress.split(1);
		try {
			Store store = StoreService.getDefault().store(progress.split(1));
			if (all) {
				problems.addAll(DataProblems.scan(store, registry, progress.split(1)));
			} else {
				// the other campaigns' problems stand as the last run found them
				last.stream().filter(p -> p.campaign() != null && !only.contains(p.campaign())).forEach(problems::add);
				problems.addAll(DataProblems.scan(store, registry, only, progress.split(1)));
			}
		} catch (StoreException | CycleException e) {
			// the models are still worth showing when the database is held by another program
			problems.add(new Problem(true, NLS.bind(Messages.Refresh_NoData, e.getMessage()),
					StoreService.configuredLocation().displayName(), null, null, null, null, null, null));
		}
		try {
			new ProblemMarkers(registry.getWorkspaceFolder()).replace(problems, progress.split(1));
		} catch (CoreException e) {
			return Status.error(NLS.bind(Messages.Refresh_Failed, e.getMessage()), e);
		}
		last = List.copyOf(problems);
		return Status.OK_STATUS;
	}
}
