package org.profmonitor.ui.internal.recommendations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.cycle.CampaignAnalysis;
import org.profmonitor.cycle.CycleException;
import org.profmonitor.cycle.RecommendationDeadlines;
import org.profmonitor.cycle.RecommendationFollowUp;
import org.profmonitor.model.Analysis;
import org.profmonitor.model.Recommendation;
import org.profmonitor.store.CampaignInfo;
import org.profmonitor.store.RecommendationEdit;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;
import org.profmonitor.ui.internal.Messages;
import org.profmonitor.ui.internal.SerialRule;
import org.profmonitor.ui.internal.UiPlugin;
import org.profmonitor.ui.internal.store.StoreService;

/**
 * The addressed recommendations of one campaign's stored analysis, edited in place (every edit is
 * written at once, with the user, into the store's history), and on a second tab what became of
 * the previous campaign's recommendations. «Обновить анализ» computes the analysis again from the
 * current data; the store keeps what users did with the recommendations.
 */
public final class RecommendationsView extends ViewPart {

	/** The view's id in plugin.xml. */
	public static final String ID = "org.profmonitor.ui.recommendations"; //$NON-NLS-1$

	private Label title;
	private Label message;
	private CTabFolder tabs;
	private TableViewer recommendations;
	private TableViewer followUp;
	private Action refresh;
	private volatile String campaignId;
	private Job job;
	/* the view's jobs one at a time, so that a load never reads half of a user's edits */
	private final ISchedulingRule serial = new SerialRule();

	/** What one load produced, handed to the UI thread in one piece. */
	private record Loaded(String campaignId, String title, List<RecommendationRow> rows,
			List<RecommendationFollowUp.Row> followUp, List<String> warnings) {
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		title = new Label(body, SWT.NONE);
		title.setText(Messages.Recommendations_NoCampaign);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		tabs = new CTabFolder(body, SWT.BORDER | SWT.BOTTOM);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
		recommendations = table(tabs, Messages.Recommendations_Tab);
		RecommendationColumns.create(recommendations, this::change);
		followUp = table(tabs, Messages.Recommendations_FollowUpTab);
		FollowUpColumns.create(followUp);
		tabs.setSelection(0);
		message = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
		refresh = new Action(Messages.Recommendations_Refresh) {
			@Override
			public void run() {
				refreshAnalysis();
			}
		};
		refresh.setToolTipText(Messages.Recommendations_RefreshTip);
		refresh.setEnabled(false);
		getViewSite().getActionBars().getToolBarManager().add(refresh);
		getViewSite().getActionBars().getMenuManager().add(refresh);
	}

	private static TableViewer table(CTabFolder folder, String name) {
		TableViewer viewer = new TableViewer(folder, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		CTabItem item = new CTabItem(folder, SWT.NONE);
		item.setText(name);
		item.setControl(viewer.getControl());
		return viewer;
	}

	/**
	 * Reads a campaign's stored analysis (computing it first when it has none) and its follow-up in
	 * a Job and shows them.
	 *
	 * @param campaign the campaign
	 */
	public void showCampaign(CampaignInfo campaign) {
		campaignId = campaign.id();
		schedule(NLS.bind(Messages.Recommendations_LoadJob, campaign.id()), false);
	}

	/** Computes the shown campaign's analysis again from its current data, in a Job. */
	public void refreshAnalysis() {
		if (campaignId != null) {
			schedule(NLS.bind(Messages.Recommendations_RefreshJob, campaignId), true);
		}
	}

	private void schedule(String name, boolean fresh) {
		String id = campaignId;
		Job previous = job;
		if (previous != null) {
			previous.cancel();
		}
		job = Job.create(name, (IJobFunction) monitor -> load(id, fresh, monitor));
		job.setUser(fresh); // a refresh is asked for: show its progress dialog
		job.setRule(serial);
		job.schedule();
	}

	private IStatus load(String id, boolean fresh, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, fresh ? 10 : 4);
		try {
			Store store = StoreService.getDefault().store(progress.split(1));
			LocalDate today = LocalDate.now();
			CampaignAnalysis analyses = new CampaignAnalysis(store, IndicatorSetRegistry.getDefault(), today);
			Analysis analysis = fresh ? analyses.refresh(id, progress.split(7)) : analyses.stored(id);
			progress.setWorkRemaining(2);
			List<RecommendationRow> rows = new ArrayList<>();
			int number = 0;
			for (Recommendation recommendation : analysis.getRecommendations()) {
				number++;
				rows.add(new RecommendationRow(number, recommendation,
						RecommendationDeadlines.overdue(recommendation, today)));
			}
			progress.split(1);
			List<RecommendationFollowUp.Row> followed = new RecommendationFollowUp(store,
					IndicatorSetRegistry.getDefault(), today).rows(id);
			progress.split(1);
			CampaignInfo info = store.campaigns().find(id).orElseThrow();
			String heading = NLS.bind(Messages.Recommendations_Title,
					info.title() == null ? info.id() : info.title(), Integer.valueOf(rows.size()));
			show(new Loaded(id, heading, rows, followed, fresh ? analyses.warnings() : List.of()));
			return Status.OK_STATUS;
		} catch (StoreException | CycleException e) {
			return UiPlugin.error(e.getMessage(), e);
		}
	}

	private void show(Loaded loaded) {
		if (title.isDisposed()) {
			return;
		}
		title.getDisplay().asyncExec(() -> {
			if (title.isDisposed() || !loaded.campaignId().equals(campaignId)) {
				return; // another campaign was chosen meanwhile
			}
			title.setText(loaded.title());
			recommendations.setInput(loaded.rows());
			followUp.setInput(loaded.followUp());
			message.setText(loaded.followUp().isEmpty() ? Messages.Recommendations_NoFollowUp
					: String.join("\n", loaded.warnings())); //$NON-NLS-1$
			refresh.setEnabled(true);
			title.getParent().layout();
		});
	}

	/**
	 * Writes one user edit of a recommendation into the store, in a Job, and reads the analysis
	 * again so that the table shows what was stored.
	 *
	 * @param row  the recommendation
	 * @param edit what changes
	 */
	public void change(RecommendationRow row, RecommendationEdit edit) {
		String id = campaignId;
		String user = System.getProperty("user.name"); //$NON-NLS-1$
		// an edit is never cancelled by the next one: the jobs run one after another instead
		job = Job.create(NLS.bind(Messages.Recommendations_SaveJob, Integer.valueOf(row.number())),
				(IJobFunction) monitor -> {
					SubMonitor progress = SubMonitor.convert(monitor, 2);
					try {
						StoreService.getDefault().store(progress.split(1)).analyses().updateRecommendation(id,
								row.number(), edit, user);
					} catch (StoreException | CycleException e) {
						return UiPlugin.error(e.getMessage(), e);
					}
					return load(id, false, progress.split(1));
				});
		job.setRule(serial);
		job.schedule();
	}

	/** @return the id of the campaign chosen last (it may still be loading) */
	public String campaignId() {
		return campaignId;
	}

	/** @return the heading: the campaign shown and its count of recommendations */
	public String title() {
		return title.getText();
	}

	/** @return the table of recommendations */
	public TableViewer recommendations() {
		return recommendations;
	}

	/** @return the follow-up table */
	public TableViewer followUp() {
		return followUp;
	}

	/** @return the tabs: recommendations, follow-up */
	public CTabFolder tabs() {
		return tabs;
	}

	/** @return the «Обновить анализ» action */
	public Action refreshAction() {
		return refresh;
	}

	/** @return the last load, save or refresh, {@code null} before the first */
	public Job job() {
		return job;
	}

	@Override
	public void setFocus() {
		recommendations.getControl().setFocus();
	}
}
