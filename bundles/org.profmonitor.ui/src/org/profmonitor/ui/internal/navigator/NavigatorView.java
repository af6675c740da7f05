package org.profmonitor.ui.internal.navigator;

import java.util.function.BiConsumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.cycle.CycleException;
import org.profmonitor.store.CampaignInfo;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;
import org.profmonitor.ui.internal.Messages;
import org.profmonitor.ui.internal.UiPlugin;
import org.profmonitor.ui.internal.campaign.CampaignEditor;
import org.profmonitor.ui.internal.campaign.CampaignEditorInput;
import org.profmonitor.ui.internal.entry.DataEntryEditor;
import org.profmonitor.ui.internal.entry.DataEntryInput;
import org.profmonitor.ui.internal.exchange.ExportWizard;
import org.profmonitor.ui.internal.exchange.ImportWizard;
import org.profmonitor.ui.internal.exchange.OpenWizardHandler;
import org.profmonitor.ui.internal.recommendations.RecommendationsView;
import org.profmonitor.ui.internal.reports.ReportPreviewView;
import org.profmonitor.ui.internal.store.StoreService;

/**
 * The navigator of the «Мониторинг» perspective. Its tree is read in a Job (the first read opens
 * the database and may load the demo campaigns); the selection goes to the workbench, so the
 * results and Properties views follow it. A campaign opens in the data entry editor. The tree is
 * read again when the indicator sets change (a workspace copy saved or deleted).
 */
public final class NavigatorView extends ViewPart {

	/** The view's id in plugin.xml. */
	public static final String ID = "org.profmonitor.ui.navigator"; //$NON-NLS-1$

	private TreeViewer viewer;
	private Job loadJob;
	private volatile Display display;
	/* the registry reloads on a Job's thread: the tree is read again from the UI thread */
	private final Runnable setsChanged = () -> {
		Display display = this.display;
		if (display != null && !display.isDisposed()) {
			display.asyncExec(() -> {
				if (!viewer.getControl().isDisposed()) {
					reload();
				}
			});
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.setComparer(new NavigatorComparer());
		viewer.setContentProvider(new NavigatorContentProvider());
		viewer.setLabelProvider(new NavigatorLabelProvider());
		viewer.addDoubleClickListener(event -> openSelectedCampaign());
		getSite().setSelectionProvider(viewer);
		createContextMenu();
		display = parent.getDisplay();
		IndicatorSetRegistry.getDefault().addListener(setsChanged);
		reload();
	}

	private void createContextMenu() {
		Action enterData = new Action(Messages.Navigator_EnterData) {
			@Override
			public void run() {
				openSelectedCampaign();
			}
		};
		Action recommendations = new Action(Messages.Navigator_Recommendations) {
			@Override
			public void run() {
				showRecommendations();
			}
		};
		Action report = new Action(Messages.Navigator_Report) {
			@Override
			public void run() {
				showReport();
			}
		};
		Action campaignEditor = new Action(Messages.Navigator_Campaign) {
			@Override
			public void run() {
				openCampaignEditor();
			}
		};
		Action importData = new Action(Messages.Navigator_Import) {
			@Override
			public void run() {
				OpenWizardHandler.open(getSite().getWorkbenchWindow(), ImportWizard::new);
			}
		};
		Action exportData = new Action(Messages.Navigator_Export) {
			@Override
			public void run() {
				OpenWizardHandler.open(getSite().getWorkbenchWindow(), ExportWizard::new);
			}
		};
		Action refresh = new Action(Messages.Navigator_Refresh) {
			@Override
			public void run() {
				reload();
			}
		};
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(manager -> {
			enterData.setEnabled(selectedCampaign() != null);
			manager.add(enterData);
			recommendations.setEnabled(selectedCampaign() != null);
			manager.add(recommendations);
			report.setEnabled(selectedCampaign() != null);
			manager.add(report);
			campaignEditor.setEnabled(selectedCampaign() != null);
			manager.add(campaignEditor);
			manager.add(importData);
			manager.add(exportData);
			manager.add(refresh); // campaigns created by the command line meanwhile
			// other bundles add commands through popup:org.profmonitor.ui.navigator (the indicator-set editor)
			manager.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		});
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);
	}

	/** Reads the sets and campaigns again, in a Job. */
	public void reload() {
		if (loadJob != null) {
			loadJob.cancel();
		}
		loadJob = Job.create(Messages.Navigator_Loading, this::load);
		loadJob.schedule();
	}

	/** @return the job that reads the tree, for tests that wait for it; {@code null} before the first */
	public Job loadJob() {
		return loadJob;
	}

	private IStatus load(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 3);
		try {
			Store store = StoreService.getDefault().store(progress.split(2));
			NavigatorInput input = new NavigatorInput(IndicatorSetRegistry.getDefault().contributions(),
					store.campaigns().list());
			progress.split(1);
			viewer.getControl().getDisplay().asyncExec(() -> {
				if (!viewer.getControl().isDisposed()) {
					viewer.setInput(input);
					// the campaigns are what a methodologist opens first
					TreeItem[] folders = viewer.getTree().getItems();
					viewer.setExpandedState(folders[folders.length - 1].getData(), true);
				}
			});
			return Status.OK_STATUS;
		} catch (StoreException | CycleException e) {
			return UiPlugin.error(e.getMessage(), e);
		}
	}

	/** @return the tree, for tests */
	public TreeViewer viewer() {
		return viewer;
	}

	private CampaignInfo selectedCampaign() {
		Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		return first instanceof CampaignInfo campaign ? campaign : null;
	}

	private void openSelectedCampaign() {
		CampaignInfo campaign = selectedCampaign();
		if (campaign == null) {
			return;
		}
		try {
			getSite().getPage().openEditor(new DataEntryInput(campaign.id(), campaign.title()), DataEntryEditor.ID);
		} catch (PartInitException e) {
			UiPlugin.log(e.getMessage(), e);
		}
	}

	/** Opens the campaign editor (order, period, status, completeness) on the campaign selected. */
	public void openCampaignEditor() {
		CampaignInfo campaign = selectedCampaign();
		if (campaign == null) {
			return;
		}
		try {
			getSite().getPage().openEditor(new CampaignEditorInput(campaign.id(), campaign.title()), CampaignEditor.ID);
		} catch (PartInitException e) {
			UiPlugin.log(e.getMessage(), e);
		}
	}

	/** Opens the recommendations view on the campaign selected, as its menu item does. */
	public void showRecommendations() {
		showForCampaign(RecommendationsView.ID, RecommendationsView.class,
				(view, campaign) -> view.showCampaign(campaign));
	}

	/** Opens the report preview on the campaign selected, as its menu item does. */
	public void showReport() {
		showForCampaign(ReportPreviewView.ID, ReportPreviewView.class, (view, campaign) -> view.showCampaign(campaign.id()));
	}

	private <T extends IViewPart> void showForCampaign(String viewId, Class<T> type, BiConsumer<T, CampaignInfo> show) {
		CampaignInfo campaign = selectedCampaign();
		if (campaign == null) {
			return;
		}
		try {
			show.accept(type.cast(getSite().getPage().showView(viewId)), campaign);
		} catch (PartInitException e) {
			UiPlugin.log(e.getMessage(), e);
		}
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		IndicatorSetRegistry.getDefault().removeListener(setsChanged);
		super.dispose();
	}
}
