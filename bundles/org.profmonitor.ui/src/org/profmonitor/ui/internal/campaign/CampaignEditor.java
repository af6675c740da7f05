package org.profmonitor.ui.internal.campaign;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.cycle.CampaignCompleteness;
import org.profmonitor.cycle.CampaignCompleteness.MunicipalityCompleteness;
import org.profmonitor.cycle.CampaignContext;
import org.profmonitor.cycle.CycleException;
import org.profmonitor.store.CampaignInfo;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;
import org.profmonitor.ui.internal.Messages;
import org.profmonitor.ui.internal.UiPlugin;
import org.profmonitor.ui.internal.campaign.CampaignForm.WrongField;
import org.profmonitor.ui.internal.entry.DataEntryEditor;
import org.profmonitor.ui.internal.entry.DataEntryInput;
import org.profmonitor.ui.internal.store.SavedValues;
import org.profmonitor.ui.internal.store.StoreService;

/**
 * A campaign's editor: the campaign page (order, period, status, saved with Ctrl+S through
 * {@code CampaignStore.save}) and the completeness page (who has sent data). Reading and saving
 * run in Jobs; the completeness is read again whenever the campaign's values are saved.
 */
public final class CampaignEditor extends MultiPageEditorPart {

	/** The editor's id in plugin.xml. */
	public static final String ID = "org.profmonitor.ui.campaign"; //$NON-NLS-1$

	private final java.util.function.Consumer<SavedValues> valuesListener = saved -> valuesSaved(saved.campaignId());
	private Display display;
	private CampaignForm form;
	private CompletenessTree completeness;
	private volatile CampaignInfo campaign;
	private boolean dirty;
	private Job loadJob;
	private Job saveJob;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof CampaignEditorInput)) {
			throw new PartInitException(NLS.bind(Messages.Entry_WrongInput, input));
		}
		super.init(site, input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
	}

	private String campaignId() {
		return ((CampaignEditorInput) getEditorInput()).campaignId();
	}

	@Override
	protected void createPages() {
		display = getContainer().getDisplay(); // kept: the Jobs post to it after the editor may be gone
		form = new CampaignForm(getContainer(), this::changed);
		setPageText(addPage(form.control()), Messages.Campaign_PageCampaign);
		completeness = new CompletenessTree(getContainer(), this::openDataEntry);
		setPageText(addPage(completeness.viewer().getControl()), Messages.Campaign_PageCompleteness);
		StoreService.getDefault().addValuesListener(valuesListener);
		load();
	}

	private void load() {
		loadJob = Job.create(NLS.bind(Messages.Campaign_LoadJob, campaignId()), this::read);
		loadJob.schedule();
	}

	private IStatus read(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 3);
		try {
			Store store = StoreService.getDefault().store(progress.split(1));
			CampaignContext context = CampaignContext.resolve(store, IndicatorSetRegistry.getDefault(), campaignId());
			progress.split(1);
			List<MunicipalityCompleteness> lines = CampaignCompleteness.of(store, context);
			progress.split(1);
			display().asyncExec(() -> show(context.info(), lines));
			return Status.OK_STATUS;
		} catch (StoreException | CycleException e) {
			display().asyncExec(() -> {
				if (!form.control().isDisposed()) {
					form.showMessage(e.getMessage());
				}
			});
			return UiPlugin.error(e.getMessage(), e);
		}
	}

	private Display display() {
		return display;
	}

	private void show(CampaignInfo info, List<MunicipalityCompleteness> lines) {
		if (form.control().isDisposed()) {
			return;
		}
		if (!dirty) { // a values save reads again; what the user is typing stays
			campaign = info;
			form.fill(info);
		}
		completeness.setInput(lines);
	}

	private void changed() {
		if (campaign == null) {
			return;
		}
		try {
			form.edited(campaign);
			form.showMessage(null);
		} catch (WrongField e) {
			form.showMessage(e.getMessage());
		}
		if (!dirty) {
			dirty = true;
			firePropertyChange(PROP_DIRTY);
		}
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		CampaignInfo edited;
		try {
			edited = form.edited(campaign);
		} catch (WrongField e) {
			form.showMessage(NLS.bind(Messages.Campaign_NotSaved, e.getMessage()));
			monitor.setCanceled(true);
			return;
		}
		saveJob = Job.create(NLS.bind(Messages.Campaign_SaveJob, campaignId()), jobMonitor -> {
			try {
				StoreService.getDefault().store(jobMonitor).campaigns().save(edited);
				display().asyncExec(() -> saved(edited));
				return Status.OK_STATUS;
			} catch (StoreException | CycleException e) {
				display().asyncExec(() -> {
					if (!form.control().isDisposed()) {
						form.showMessage(NLS.bind(Messages.Campaign_NotSaved, e.getMessage()));
					}
				});
				return UiPlugin.error(e.getMessage(), e);
			}
		});
		saveJob.schedule();
	}

	private void saved(CampaignInfo edited) {
		if (form.control().isDisposed()) {
			return;
		}
		campaign = edited;
		dirty = false;
		form.showMessage(Messages.Campaign_Saved);
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public boolean isDirty() {
		return dirty;
	}

	@Override
	public void doSaveAs() {
		// not offered: a campaign is saved where it is
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	/* on the saving Job's thread */
	private void valuesSaved(String savedCampaignId) {
		if (savedCampaignId.equals(campaignId()) && !display.isDisposed()) {
			display.asyncExec(() -> {
				if (!form.control().isDisposed()) {
					load();
				}
			});
		}
	}

	/**
	 * Opens the data entry editor of the campaign on one municipality's organisations, as a double
	 * click on a completeness line does.
	 *
	 * @param municipalityCode the municipality
	 */
	public void openDataEntry(String municipalityCode) {
		try {
			DataEntryEditor editor = (DataEntryEditor) getSite().getPage()
					.openEditor(new DataEntryInput(campaignId(), campaign == null ? null : campaign.title()),
							DataEntryEditor.ID);
			editor.showMunicipality(municipalityCode); // applied when its load has shown the grid
		} catch (PartInitException e) {
			UiPlugin.log(e.getMessage(), e);
		}
	}

	@Override
	public void dispose() {
		StoreService.getDefault().removeValuesListener(valuesListener);
		super.dispose();
	}

	/** @return the campaign page, for tests */
	CampaignForm form() {
		return form;
	}

	/** @return the completeness page's tree */
	public CompletenessTree completeness() {
		return completeness;
	}

	/** @return the campaign as last read or saved, {@code null} before */
	public CampaignInfo campaign() {
		return campaign;
	}

	/** @return the reading job */
	public Job loadJob() {
		return loadJob;
	}

	/** @return the last save's job, {@code null} before the first */
	public Job saveJob() {
		return saveJob;
	}

	/** Chooses a status in the campaign page, as the user does. */
	public void chooseStatus(org.profmonitor.model.CampaignStatus status) {
		form.chooseStatus(status);
	}

	/** Types into the period's first day. */
	public void typePeriodStart(String text) {
		form.typePeriodStart(text);
	}

	/** @param index 0 for the campaign page, 1 for the completeness, as the tabs choose them */
	public void showPage(int index) {
		setActivePage(index);
	}

	/** @return the campaign page's message line */
	public String messageText() {
		return form.messageText();
	}
}
