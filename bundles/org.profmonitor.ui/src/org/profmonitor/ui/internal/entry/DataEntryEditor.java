package org.profmonitor.ui.internal.entry;

import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.operations.UndoRedoActionGroup;
import org.eclipse.ui.part.EditorPart;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.cycle.CampaignContext;
import org.profmonitor.cycle.CycleException;
import org.profmonitor.model.Organisation;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;
import org.profmonitor.store.ValueChange;
import org.profmonitor.store.ValueEdit;
import org.profmonitor.ui.internal.Messages;
import org.profmonitor.ui.internal.UiPlugin;
import org.profmonitor.ui.internal.store.StoreService;

/**
 * Data entry for one campaign: organisations × data elements. The grid is read and written in
 * Jobs; typing is checked with the import's rules as the user types; every edited cell is an
 * operation of the workbench's history (undo/redo); saving writes the changed cells through
 * {@code applyEdits} (optimistic: refused when another user saved a value meanwhile), with an audit
 * row each, and tells the results view.
 */
public final class DataEntryEditor extends EditorPart {

	/** The editor's id in plugin.xml. */
	public static final String ID = "org.profmonitor.ui.dataEntry"; //$NON-NLS-1$

	private final IUndoContext undoContext = new ObjectUndoContext(this);
	private Composite body;
	private Label message;
	private TableViewer viewer;
	private EntryGrid grid;
	private MunicipalityChoice municipalities;
	/** The municipality choice's row above the grid, replaced with the grid on a reload. */
	private Composite choices;
	private Job loadJob;
	/** A municipality asked for before the grid was shown, or {@code null}. UI thread only. */
	private String pendingMunicipality;
	private Job saveJob;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof DataEntryInput)) {
			throw new PartInitException(NLS.bind(Messages.Entry_WrongInput, input));
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
	}

	private String campaignId() {
		return ((DataEntryInput) getEditorInput()).campaignId();
	}

	@Override
	public void createPartControl(Composite parent) {
		body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		message = new Label(body, SWT.WRAP);
		message.setText(Messages.Entry_Loading);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
		new UndoRedoActionGroup(getSite(), undoContext, true).fillActionBars(getEditorSite().getActionBars());
		loadJob = Job.create(NLS.bind(Messages.Entry_LoadJob, campaignId()), this::load);
		loadJob.schedule();
	}

	private IStatus load(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 3);
		try {
			Store store = StoreService.getDefault().store(progress.split(1));
			CampaignContext campaign = CampaignContext.resolve(store, IndicatorSetRegistry.getDefault(), campaignId());
			progress.split(1);
			EntryGrid loaded = new EntryGrid(campaign, store.values().values(campaignId()));
			progress.split(1);
			body.getDisplay().asyncExec(() -> show(loaded));
			return Status.OK_STATUS;
		} catch (StoreException | CycleException e) {
			body.getDisplay().asyncExec(() -> showMessage(e.getMessage(), true));
			return UiPlugin.error(e.getMessage(), e);
		}
	}

	private void show(EntryGrid loaded) {
		if (body.isDisposed()) {
			return;
		}
		grid = loaded;
		choices = new Composite(body, SWT.NONE);
		choices.setLayout(new GridLayout(2, false));
		viewer = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		municipalities = new MunicipalityChoice(choices, grid, viewer);
		viewer.addFilter(municipalities);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		createOrganisationColumn();
		for (int column = 0; column < grid.elements().size(); column++) {
			createElementColumn(column);
		}
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.setInput(IntStream.range(0, grid.organisations().size()).boxed().toList());
		grid.addListener(this::gridChanged);
		if (pendingMunicipality != null) {
			municipalities.choose(pendingMunicipality);
			pendingMunicipality = null;
		}
		body.layout(true, true);
		updateMessage();
	}

	private void createOrganisationColumn() {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(Messages.Entry_Organisation);
		column.getColumn().setWidth(280);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return organisation(element).getName();
			}

			@Override
			public String getToolTipText(Object element) {
				Organisation organisation = organisation(element);
				return NLS.bind(Messages.Entry_OrganisationTip, organisation.getCode(),
						organisation.getMunicipality() == null ? "" : organisation.getMunicipality().getName()); //$NON-NLS-1$
			}
		});
	}

	private Organisation organisation(Object row) {
		return grid.organisations().get((Integer) row);
	}

	private void createElementColumn(int index) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.RIGHT);
		column.getColumn().setText(ElementHeader.title(grid.elements().get(index)));
		column.getColumn().setToolTipText(ElementHeader.tooltip(grid.elements().get(index)));
		column.getColumn().setWidth(110);
		column.setLabelProvider(new CellLabels(grid, index));
		column.setEditingSupport(new CellEditing(viewer, this, index));
	}

	/**
	 * Sets a cell's text as an undoable operation. The cell editor calls this on commit; tests
	 * call it as a user's commit.
	 *
	 * @param row    the organisation's row
	 * @param column the data element's column
	 * @param text   the typed text; empty clears the cell
	 */
	public void enter(int row, int column, String text) {
		SetCellOperation operation = new SetCellOperation(grid, undoContext, row, column, text);
		if (!operation.changes()) {
			return;
		}
		try {
			operationHistory().execute(operation, null, null);
		} catch (ExecutionException e) {
			UiPlugin.log(e.getMessage(), e);
		}
	}

	private static IOperationHistory operationHistory() {
		return PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
	}

	/**
	 * Shows the problem a half-typed text would have, before the user commits it.
	 *
	 * @return the problem, or {@code null}
	 */
	String typing(int row, int column, String text) {
		String problem = grid.problemIfTyped(row, column, text);
		if (problem != null) {
			showMessage(problem, true);
		} else {
			updateMessage();
		}
		return problem;
	}

	private void gridChanged() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		viewer.refresh();
		updateMessage();
		firePropertyChange(PROP_DIRTY);
	}

	private void updateMessage() {
		int problems = grid.problems().size();
		if (problems > 0) {
			String first = grid.problems().values().iterator().next();
			showMessage(NLS.bind(Messages.Entry_Problems, problems, first), true);
		} else {
			showMessage(NLS.bind(Messages.Entry_Status, grid.changes().size()), false);
		}
	}

	private void showMessage(String text, boolean error) {
		if (message.isDisposed()) {
			return;
		}
		message.setText(text);
		message.setForeground(error ? message.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
		message.getParent().layout();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (grid == null) {
			return;
		}
		if (!grid.problems().isEmpty()) {
			// all or nothing, like the import: a grid with an error is not written at all
			showMessage(NLS.bind(Messages.Entry_NotSaved, grid.problems().size()), true);
			if (monitor != null) {
				monitor.setCanceled(true);
			}
			return;
		}
		List<ValueEdit> edits = grid.edits();
		List<ValueChange> changes = edits.stream().map(ValueEdit::change).toList();
		String campaignId = campaignId();
		saveJob = Job.create(NLS.bind(Messages.Entry_SaveJob, campaignId), jobMonitor -> {
			SubMonitor progress = SubMonitor.convert(jobMonitor, 2);
			try {
				Store store = StoreService.getDefault().store(progress.split(1));
				// optimistic: refused, naming each value, when another user saved it meanwhile
				store.values().applyEdits(campaignId, edits, System.getProperty("user.name"), //$NON-NLS-1$
						Messages.Entry_Source);
				progress.split(1);
				body.getDisplay().asyncExec(() -> {
					if (!body.isDisposed()) {
						grid.markSaved(changes);
					}
				});
				StoreService.getDefault().fireValuesEdited(campaignId, changes);
				return Status.OK_STATUS;
			} catch (StoreException | CycleException e) {
				body.getDisplay().asyncExec(() -> showMessage(e.getMessage(), true));
				return UiPlugin.error(e.getMessage(), e);
			}
		});
		saveJob.schedule();
	}

	@Override
	public void doSaveAs() {
		// a campaign's data has one place: the database
	}

	@Override
	public boolean isDirty() {
		return grid != null && grid.isDirty();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		(viewer != null ? viewer.getControl() : body).setFocus();
	}

	@Override
	public void dispose() {
		operationHistory().dispose(undoContext, true, true, true);
		super.dispose();
	}

	/** @return the grid once loaded, else {@code null} */
	public EntryGrid grid() {
		return grid;
	}

	/**
	 * Shows one municipality's organisations only, as the combo above the grid does.
	 *
	 * @param municipalityCode a municipality's code, or {@code null} for all
	 */
	public void showMunicipality(String municipalityCode) {
		if (municipalities == null) {
			pendingMunicipality = municipalityCode; // chosen once the load has shown the grid
			return;
		}
		municipalities.choose(municipalityCode);
	}

	/**
	 * Reads the campaign's values again from the database, to show what other users have saved
	 * since this editor read them (F5 / Файл → «Обновить данные»). Refused while the editor holds
	 * unsaved changes, which the new grid would lose; the chosen municipality is kept.
	 *
	 * @return the load Job, or {@code null} when refused
	 */
	public Job reload() {
		if (isDirty()) {
			showMessage(Messages.Entry_ReloadDirty, true);
			return null;
		}
		if (loadJob != null && loadJob.getState() != Job.NONE) {
			return loadJob;
		}
		if (municipalities != null) {
			pendingMunicipality = municipalities.chosen();
		}
		if (choices != null) {
			choices.dispose();
			viewer.getControl().dispose();
		}
		grid = null;
		viewer = null;
		municipalities = null;
		choices = null;
		operationHistory().dispose(undoContext, true, true, true); // the cells' operations were on the old grid
		showMessage(Messages.Entry_Loading, false);
		loadJob = Job.create(NLS.bind(Messages.Entry_LoadJob, campaignId()), this::load);
		loadJob.schedule();
		return loadJob;
	}

	/** @return the table once loaded, else {@code null} */
	public TableViewer viewer() {
		return viewer;
	}

	/** @return the message line's text: the problems, or the number of changed cells */
	public String messageText() {
		return message.getText();
	}

	/** @return the undo context of this editor's operations */
	public IUndoContext undoContext() {
		return undoContext;
	}

	/** @return the job that reads the grid */
	public Job loadJob() {
		return loadJob;
	}

	/** @return the last save's job, or {@code null} before the first save */
	public Job saveJob() {
		return saveJob;
	}
}
