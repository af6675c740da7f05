package org.profmonitor.ui.internal.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.profmonitor.core.analysis.Rankings;
import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.core.formula.FormulaFormat;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.cycle.CampaignContext;
import org.profmonitor.cycle.CycleException;
import org.profmonitor.cycle.ResultCalculation;
import org.profmonitor.model.Criterion;
import org.profmonitor.model.Municipality;
import org.profmonitor.model.UnitLevel;
import org.profmonitor.store.CampaignInfo;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;
import org.profmonitor.ui.internal.Messages;
import org.profmonitor.ui.internal.SerialRule;
import org.profmonitor.ui.internal.UiPlugin;
import org.profmonitor.ui.internal.navigator.NavigatorView;
import org.profmonitor.ui.internal.store.SavedValues;
import org.profmonitor.ui.internal.store.StoreService;

/**
 * The results of the campaign selected in the navigator: every indicator per organisation,
 * municipality or region with value, plan, reached, last year and change. The calculation runs in
 * a Job, again whenever the campaign's values are saved; level, criterion and municipality only
 * filter what was computed. After an edit in the data entry the figures are not read again: the
 * calculation shown is edited in memory ({@link ResultCalculation#edited}), which for a country's
 * database is the difference between a second and a few milliseconds; after an import, or before
 * the first calculation has been shown, the campaign is read again.
 */
public final class ResultsView extends ViewPart {

	/** The view's id in plugin.xml. */
	public static final String ID = "org.profmonitor.ui.results"; //$NON-NLS-1$

	private static final int COMBO_WIDTH = 260;

	private static final UnitLevel[] LEVELS = { UnitLevel.ORGANISATION, UnitLevel.MUNICIPALITY, UnitLevel.REGION };

	private final ResultFilter filter = new ResultFilter();
	private final ISelectionListener selectionListener = this::selectionChanged;
	private final Consumer<SavedValues> valuesListener = this::valuesSaved;
	private Label title;
	private Combo level;
	private Combo criterion;
	private Combo municipality;
	private TableViewer viewer;
	private ResultChart chart;
	private List<ResultRow> allRows = List.of();
	private final List<String> criterionCodes = new ArrayList<>();
	private final List<String> municipalityCodes = new ArrayList<>();
	private volatile String campaignId;
	private volatile Job job;
	private final ISchedulingRule serial = new SerialRule();
	/* UI thread only: the calculation shown, with every edit saved since; null while one is read */
	private ResultCalculation calculation;
	private boolean inMemory;

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(6, false));
		title = new Label(body, SWT.NONE);
		title.setText(Messages.Results_NoCampaign);
		GridDataFactory.fillDefaults().grab(true, false).span(6, 1).applyTo(title);
		level = combo(body, Messages.Results_Level);
		for (UnitLevel each : LEVELS) {
			level.add(levelName(each));
		}
		level.select(1);
		criterion = combo(body, Messages.Results_Criterion);
		municipality = combo(body, Messages.Results_Municipality);
		SashForm split = new SashForm(body, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).span(6, 1).applyTo(split);
		viewer = new TableViewer(split, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		chart = new ResultChart(split);
		split.setWeights(3, 2);
		viewer.addSelectionChangedListener(event -> updateChart());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addFilter(filter);
		ResultColumns.create(viewer);
		ColumnViewerToolTipSupport.enableFor(viewer);
		// the navigator's own selection, whether or not it is the active part: the results stay on the
		// campaign chosen there while the user types in the data entry editor
		getSite().getPage().addSelectionListener(NavigatorView.ID, selectionListener);
		StoreService.getDefault().addValuesListener(valuesListener);
	}

	private Combo combo(Composite parent, String label) {
		new Label(parent, SWT.NONE).setText(label);
		Combo combo = new Combo(parent, SWT.READ_ONLY);
		// criteria have sentence-long names: a fixed width keeps all three choices on one line
		GridDataFactory.fillDefaults().hint(COMBO_WIDTH, SWT.DEFAULT).applyTo(combo);
		combo.addListener(SWT.Selection, event -> applyFilter());
		return combo;
	}

	private static String levelName(UnitLevel unitLevel) {
		if (unitLevel == UnitLevel.ORGANISATION) {
			return Messages.Results_LevelOrganisation;
		}
		return unitLevel == UnitLevel.MUNICIPALITY ? Messages.Results_LevelMunicipality : Messages.Results_LevelRegion;
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (selection instanceof IStructuredSelection structured
				&& structured.getFirstElement() instanceof CampaignInfo campaign
				&& !campaign.id().equals(campaignId)) {
			showCampaign(campaign.id());
		}
	}

	/* called on the saving Job's thread: the new calculation is started from the UI thread */
	private void valuesSaved(SavedValues saved) {
		if (saved.campaignId().equals(campaignId) && !viewer.getControl().isDisposed()) {
			viewer.getControl().getDisplay().asyncExec(() -> {
				if (!viewer.getControl().isDisposed() && saved.campaignId().equals(campaignId)) {
					recompute(saved);
				}
			});
		}
	}

	/*
	 * The edits are applied here, on the UI thread, in the order they were saved, so that a Job
	 * cancelled by the next save loses nothing; the Job only computes.
	 */
	private void recompute(SavedValues saved) {
		ResultCalculation shown = calculation;
		if (saved.bulk() || shown == null || !shown.campaign().id().equals(saved.campaignId())) {
			showCampaign(saved.campaignId());
			return;
		}
		try {
			calculation = shown.edited(saved.changes());
		} catch (StoreException e) {
			showCampaign(saved.campaignId()); // not reached: the calculation shown has read its figures
			return;
		}
		schedule(NLS.bind(Messages.Results_Job, saved.campaignId()), calculation);
	}

	/**
	 * Computes a campaign's results in a Job and shows them.
	 *
	 * @param id the campaign's id
	 */
	public void showCampaign(String id) {
		campaignId = id;
		calculation = null;
		schedule(NLS.bind(Messages.Results_Job, id), null);
	}

	/* edited: the calculation to compute in memory; null to read the campaign from the database */
	private void schedule(String name, ResultCalculation edited) {
		Job previous = job;
		if (previous != null) {
			previous.cancel();
		}
		String id = campaignId;
		Job created = Job.create(name, (IJobFunction) monitor -> compute(id, edited, monitor));
		// one at a time: a calculation cancelled while computing finishes before the next starts,
		// and the calculations of one campaign share the calculator's remembered indices
		created.setRule(serial);
		job = created;
		created.schedule();
	}

	private IStatus compute(String id, ResultCalculation edited, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 4);
		try {
			ResultCalculation computed = edited;
			if (computed == null) {
				Store store = StoreService.getDefault().store(progress.split(1));
				computed = new ResultCalculation(store,
						CampaignContext.resolve(store, IndicatorSetRegistry.getDefault(), id));
			}
			progress.setWorkRemaining(3);
			List<IndicatorValue> values = computed.compute(List.of(LEVELS));
			progress.split(1);
			FormulaFormat format = FormulaFormat.russian();
			Map<IndicatorValue, Integer> ranks = Rankings.rank(values);
			List<ResultRow> rows = values.stream().map(value -> ResultRow.of(value, format, ranks.get(value))).toList();
			progress.split(1);
			Job self = Job.getJobManager().currentJob();
			ResultCalculation shown = computed;
			viewer.getControl().getDisplay().asyncExec(() -> show(self, shown, edited != null, rows));
			return Status.OK_STATUS;
		} catch (StoreException | CycleException e) {
			return UiPlugin.error(e.getMessage(), e);
		}
	}

	private void show(Job computing, ResultCalculation computed, boolean fromMemory, List<ResultRow> rows) {
		CampaignContext campaign = computed.campaign();
		if (viewer.getControl().isDisposed() || computing != job) {
			return; // another campaign was chosen, or another save made, meanwhile
		}
		calculation = computed;
		inMemory = fromMemory;
		CampaignInfo info = campaign.info();
		title.setText(info.title() == null ? NLS.bind(Messages.Results_Title, info.id(), info.academicYear())
				: info.title());
		allRows = rows;
		fillChoices(campaign);
		viewer.setInput(rows);
		updateChart();
		title.getParent().layout();
	}

	private void fillChoices(CampaignContext campaign) {
		String chosenCriterion = choice(criterion, criterionCodes);
		String chosenMunicipality = choice(municipality, municipalityCodes);
		criterion.removeAll();
		criterionCodes.clear();
		criterion.add(Messages.Results_All);
		criterionCodes.add(null);
		for (Criterion each : campaign.indicatorSet().getCriteria()) {
			criterion.add(each.getCode() + ' ' + each.getName());
			criterionCodes.add(each.getCode());
		}
		municipality.removeAll();
		municipalityCodes.clear();
		municipality.add(Messages.Results_All);
		municipalityCodes.add(null);
		for (Municipality each : campaign.directory().getMunicipalities()) {
			municipality.add(each.getName());
			municipalityCodes.add(each.getCode());
		}
		criterion.select(Math.max(0, criterionCodes.indexOf(chosenCriterion)));
		municipality.select(Math.max(0, municipalityCodes.indexOf(chosenMunicipality)));
		applyFilter();
	}

	private static String choice(Combo combo, List<String> codes) {
		int index = combo.getSelectionIndex();
		return index < 0 || index >= codes.size() ? null : codes.get(index);
	}

	private void applyFilter() {
		filter.set(LEVELS[Math.max(0, level.getSelectionIndex())], choice(criterion, criterionCodes),
				choice(municipality, municipalityCodes));
		viewer.refresh();
		if (chart != null) {
			updateChart();
		}
	}

	/**
	 * Chooses what is shown, as the three combos do.
	 *
	 * @param unitLevel        the level
	 * @param criterionCode    a criterion's code, or {@code null} for all
	 * @param municipalityCode a municipality's code, or {@code null} for all
	 */
	public void choose(UnitLevel unitLevel, String criterionCode, String municipalityCode) {
		level.select(List.of(LEVELS).indexOf(unitLevel));
		criterion.select(Math.max(0, criterionCodes.indexOf(criterionCode)));
		municipality.select(Math.max(0, municipalityCodes.indexOf(municipalityCode)));
		applyFilter();
	}

	/*
	 * The chart shows the indicator of the line selected, else the first line shown, across every
	 * municipality: the municipality filter narrows the table, the chart keeps the comparison.
	 */
	private void updateChart() {
		Object selected = viewer.getStructuredSelection().getFirstElement();
		ResultRow chosen = selected instanceof ResultRow row ? row : (ResultRow) viewer.getElementAt(0);
		if (chosen == null) {
			chart.show("", List.of()); //$NON-NLS-1$
			return;
		}
		List<ResultRow> bars = allRows.stream().filter(row -> row.level() == UnitLevel.MUNICIPALITY
				&& row.indicatorCode().equals(chosen.indicatorCode())).toList();
		chart.show(chosen.indicatorCode() + ' ' + chosen.indicatorName(), bars);
	}

	/** @return the lines the chart draws, for tests */
	public List<ResultRow> chartRows() {
		return chart.bars();
	}

	/** @return the chart's canvas, for screenshots */
	public Control chartControl() {
		return chart.control();
	}

	/** @return the id of the campaign chosen last (its results may still be computing) */
	public String campaignId() {
		return campaignId;
	}

	/** @return the heading: the campaign shown */
	public String title() {
		return title.getText();
	}

	/** @return the table */
	public TableViewer viewer() {
		return viewer;
	}

	/** @return whether the results shown were computed in memory after an edit, for tests */
	public boolean computedInMemory() {
		return inMemory;
	}

	/** @return the last calculation's job, {@code null} before the first */
	public Job job() {
		return job;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(NavigatorView.ID, selectionListener);
		StoreService.getDefault().removeValuesListener(valuesListener);
		super.dispose();
	}
}
