package org.profmonitor.ui.internal.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.cycle.CampaignContext;
import org.profmonitor.cycle.CycleException;
import org.profmonitor.cycle.StoredResults;
import org.profmonitor.model.DecisionKind;
import org.profmonitor.model.Municipality;
import org.profmonitor.model.Organisation;
import org.profmonitor.reports.CampaignResults;
import org.profmonitor.reports.ReportDesigns;
import org.profmonitor.reports.ReportEngineService;
import org.profmonitor.reports.ReportException;
import org.profmonitor.reports.ReportFormat;
import org.profmonitor.reports.ReportKind;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;
import org.profmonitor.ui.internal.Messages;
import org.profmonitor.ui.internal.UiPlugin;
import org.profmonitor.ui.internal.navigator.NavigatorView;
import org.profmonitor.ui.internal.store.StoreService;

/**
 * A campaign's справка, the card of the organisation or municipality selected in the navigator, or
 * the draft decision, as BIRT renders it in HTML, inside the workbench, and
 * «Экспорт…» of the same report to PDF, DOCX, XLSX or HTML. Rendering runs in a Job that can be
 * cancelled. Where no browser engine can be created (no WebKitGTK), the view says so and export
 * still works.
 */
public final class ReportPreviewView extends ViewPart {

	/** The view's id in plugin.xml. */
	public static final String ID = "org.profmonitor.ui.reportPreview"; //$NON-NLS-1$

	private static final Locale RUSSIAN = Locale.forLanguageTag("ru-RU"); //$NON-NLS-1$
	private static final ReportKind[] KINDS = { ReportKind.SPRAVKA, ReportKind.CARD, ReportKind.DECISION };
	private static final ReportFormat[] EXPORTS = { ReportFormat.PDF, ReportFormat.DOCX, ReportFormat.XLSX,
			ReportFormat.HTML };

	private Label title;
	private Combo kind;
	private Browser browser;
	private Label noBrowser;
	private Action export;
	private volatile String campaignId;
	private volatile Path preview;
	/* the organisation or municipality selected last in the navigator: the card's unit */
	private volatile String unitCode;
	private String unitName;
	private final ISelectionListener selectionListener = this::selectionChanged;
	private Job job;

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(3, false));
		title = new Label(body, SWT.NONE);
		title.setText(Messages.Report_NoCampaign);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		new Label(body, SWT.NONE).setText(Messages.Report_Kind);
		kind = new Combo(body, SWT.READ_ONLY);
		kind.setItems(Messages.Report_KindSpravka, Messages.Report_KindCard, Messages.Report_KindDecision);
		kind.select(0);
		kind.addListener(SWT.Selection, event -> render());
		try {
			browser = new Browser(body, SWT.NONE);
			GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(browser);
		} catch (SWTError e) {
			// no WebKitGTK on this machine: say what is missing, the export does not need it
			noBrowser = new Label(body, SWT.WRAP);
			noBrowser.setText(NLS.bind(Messages.Report_NoBrowser, e.getMessage()));
			GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(noBrowser);
		}
		export = new Action(Messages.Report_Export) {
			@Override
			public void run() {
				askAndExport();
			}
		};
		export.setEnabled(false);
		getViewSite().getActionBars().getToolBarManager().add(export);
		getSite().getPage().addSelectionListener(NavigatorView.ID, selectionListener);
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		Object first = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : null;
		if (first instanceof Municipality municipality) {
			unit(municipality.getCode(), municipality.getName());
		} else if (first instanceof Organisation organisation) {
			unit(organisation.getCode(), organisation.getName());
		}
	}

	private void unit(String code, String name) {
		unitCode = code;
		unitName = name;
		if (chosenKind() == ReportKind.CARD) {
			render();
		}
	}

	/**
	 * Chooses the document as the combo does and renders it.
	 *
	 * @param reportKind one of справка, card, decision
	 */
	public void choose(ReportKind reportKind) {
		kind.select(List.of(KINDS).indexOf(reportKind));
		render();
	}

	private ReportKind chosenKind() {
		return KINDS[Math.max(0, kind.getSelectionIndex())];
	}

	/**
	 * Renders the chosen report of a campaign in HTML, in a Job, and shows it.
	 *
	 * @param id the campaign's id
	 */
	public void showCampaign(String id) {
		campaignId = id;
		render();
	}

	private void render() {
		String id = campaignId;
		if (id == null) {
			return;
		}
		ReportKind chosen = chosenKind();
		String unit = unitCode;
		if (chosen == ReportKind.CARD && unit == null) {
			title.setText(Messages.Report_ChooseUnit);
			return;
		}
		Job previous = job;
		if (previous != null) {
			previous.cancel();
		}
		job = Job.create(NLS.bind(Messages.Report_RenderJob, id), (IJobFunction) monitor -> {
			try {
				Path file = Files.createTempFile("profmonitor-report", ".html"); //$NON-NLS-1$ //$NON-NLS-2$
				file.toFile().deleteOnExit();
				IStatus status = write(id, chosen, unit, ReportFormat.HTML, file, monitor);
				if (status.isOK()) {
					title.getDisplay().asyncExec(() -> shown(id, file));
				}
				return status;
			} catch (IOException e) {
				return UiPlugin.error(e.getMessage(), e);
			}
		});
		job.schedule();
	}

	private void shown(String id, Path file) {
		if (title.isDisposed() || !id.equals(campaignId)) {
			return;
		}
		preview = file;
		String heading = NLS.bind(Messages.Report_Title, kind.getText(), id);
		title.setText(chosenKind() == ReportKind.CARD ? heading + " \u2014 " + unitName : heading); //$NON-NLS-1$
		if (browser != null) {
			browser.setUrl(file.toUri().toString());
		}
		export.setEnabled(true);
		title.getParent().layout();
	}

	/* on the Job's thread: the store, the calculation and BIRT all take a while */
	private static IStatus write(String id, ReportKind kind, String unit, ReportFormat format, Path file,
			IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		try {
			Store store = StoreService.getDefault().store(progress.split(1));
			IndicatorSetRegistry registry = IndicatorSetRegistry.getDefault();
			CampaignContext campaign = CampaignContext.resolve(store, registry, id);
			CampaignResults results = StoredResults.load(store, registry, campaign, progress.split(3));
			ReportEngineService.getDefault().render(ReportDesigns.design(kind, campaign.contribution().id()),
					kind.rows(results, unit, DecisionKind.ORDER), format, RUSSIAN, file, progress.split(6));
			return Status.OK_STATUS;
		} catch (NoSuchElementException e) {
			return UiPlugin.error(NLS.bind(Messages.Report_UnknownUnit, unit, id), e); // another region's unit
		} catch (StoreException | CycleException | ReportException | IOException e) {
			return UiPlugin.error(e.getMessage(), e);
		}
	}

	private void askAndExport() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setOverwrite(true);
		dialog.setFilterNames(new String[] { "PDF", "DOCX", "XLSX", "HTML" }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		dialog.setFilterExtensions(new String[] { "*.pdf", "*.docx", "*.xlsx", "*.html" }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		dialog.setFileName(campaignId + ".pdf"); //$NON-NLS-1$
		String chosen = dialog.open();
		if (chosen != null) {
			int filter = Math.max(0, dialog.getFilterIndex());
			exportTo(Path.of(chosen), EXPORTS[filter]);
		}
	}

	/**
	 * Renders the chosen report of the campaign shown into a file, in a Job, as «Экспорт…» does
	 * after its file dialog.
	 *
	 * @param file   the document to write
	 * @param format its format
	 */
	public void exportTo(Path file, ReportFormat format) {
		String id = campaignId;
		ReportKind chosen = chosenKind();
		String unit = unitCode;
		job = Job.create(NLS.bind(Messages.Report_ExportJob, file.getFileName()),
				(IJobFunction) monitor -> write(id, chosen, unit, format, file, monitor));
		job.setUser(true);
		job.schedule();
	}

	/** @return the HTML file shown last, {@code null} before the first render */
	public Path preview() {
		return preview;
	}

	/** @return the browser, or {@code null} where none could be created */
	public Browser browser() {
		return browser;
	}

	/** @return the heading */
	public String title() {
		return title.getText();
	}

	/** @return the last render or export, {@code null} before the first */
	public Job job() {
		return job;
	}

	@Override
	public void setFocus() {
		kind.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(NavigatorView.ID, selectionListener);
		super.dispose();
	}
}
