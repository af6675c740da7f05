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
import org.profmonitor.core.compute.Unit;
import org.profmonitor.core.compute.Units;
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
import org.profmonitor.reports.ReportSignature;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;
import org.profmonitor.ui.internal.Messages;
import org.profmonitor.ui.internal.UiPlugin;
import org.profmonitor.ui.internal.navigator.NavigatorView;
import org.profmonitor.ui.internal.store.StoreService;
import org.profmonitor.ui.internal.store.UiPreferences;

/**
 * A campaign's справка, the card of the organisation or municipality selected in the navigator, or
 * the draft decision (an order or a protocol), as BIRT renders it in HTML, inside the workbench, and
 * «Экспорт…» of the same report to PDF, DOCX, XLSX or HTML. The card's unit is chosen in the
 * navigator or in the view's combo of the campaign's units, where a code may be typed. The reports
 * carry the author and the issuing body of the preferences ({@link UiPreferences#reportAuthor()},
 * {@link UiPreferences#reportAuthority()}). Rendering runs in a Job that can be cancelled. Where
 * no browser engine can be created (no WebKitGTK), the view says so and export still works.
 */
public final class ReportPreviewView extends ViewPart {

	/** The view's id in plugin.xml. */
	public static final String ID = "org.profmonitor.ui.reportPreview"; //$NON-NLS-1$

	private static final Locale RUSSIAN = Locale.forLanguageTag("ru-RU"); //$NON-NLS-1$
	private static final ReportKind[] KINDS = { ReportKind.SPRAVKA, ReportKind.CARD, ReportKind.DECISION };
	private static final ReportFormat[] EXPORTS = { ReportFormat.PDF, ReportFormat.DOCX, ReportFormat.XLSX,
			ReportFormat.HTML };
	private static final DecisionKind[] FORMS = { DecisionKind.ORDER, DecisionKind.PROTOCOL };

	/** Makes the view's browser; a test replaces it to play a machine without WebKitGTK. */
	public interface BrowserFactory {
		/**
		 * @param parent where the browser goes
		 * @return the browser
		 * @throws SWTError if no browser engine is available
		 */
		Browser create(Composite parent);
	}

	private static final BrowserFactory SWT_BROWSER = parent -> new Browser(parent, SWT.NONE);
	private static volatile BrowserFactory browserFactory = SWT_BROWSER;

	private Label title;
	private Combo kind;
	private Combo form;
	private UnitField unitField;
	private Browser browser;
	private Label noBrowser;
	private Action export;
	private volatile String campaignId;
	private volatile Path preview;
	private final ISelectionListener selectionListener = this::selectionChanged;
	private Job job;

	/**
	 * Sets how the views opened after this make their browser.
	 *
	 * @param factory the factory; {@code null} for SWT's own browser
	 */
	public static void setBrowserFactory(BrowserFactory factory) {
		browserFactory = factory == null ? SWT_BROWSER : factory;
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(7, false));
		title = new Label(body, SWT.NONE);
		title.setText(Messages.Report_NoCampaign);
		GridDataFactory.fillDefaults().grab(true, false).span(7, 1).applyTo(title);
		new Label(body, SWT.NONE).setText(Messages.Report_Kind);
		kind = new Combo(body, SWT.READ_ONLY);
		kind.setItems(Messages.Report_KindSpravka, Messages.Report_KindCard, Messages.Report_KindDecision);
		kind.select(0);
		kind.addListener(SWT.Selection, event -> render());
		new Label(body, SWT.NONE).setText(Messages.Report_Form);
		form = new Combo(body, SWT.READ_ONLY);
		form.setItems(Messages.Report_FormOrder, Messages.Report_FormProtocol);
		form.select(0);
		form.addListener(SWT.Selection, event -> render());
		new Label(body, SWT.NONE).setText(Messages.Report_Unit);
		unitField = new UnitField(body);
		GridDataFactory.fillDefaults().hint(360, SWT.DEFAULT).applyTo(unitField.combo());
		// a listed unit renders when picked; a typed code when Enter is pressed
		unitField.combo().addListener(SWT.Selection, event -> render());
		unitField.combo().addListener(SWT.DefaultSelection, event -> render());
		new Label(body, SWT.NONE); // the seventh column takes the rest of the row
		enableChoices();
		try {
			browser = browserFactory.create(body);
			GridDataFactory.fillDefaults().grab(true, true).span(7, 1).applyTo(browser);
		} catch (SWTError e) {
			// no WebKitGTK on this machine: say what is missing, the export does not need it
			noBrowser = new Label(body, SWT.WRAP);
			noBrowser.setText(NLS.bind(Messages.Report_NoBrowser, e.getMessage()));
			GridDataFactory.fillDefaults().grab(true, true).span(7, 1).hint(400, SWT.DEFAULT).applyTo(noBrowser);
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

	/* the form is the decision's, the unit the card's */
	private void enableChoices() {
		form.setEnabled(chosenKind() == ReportKind.DECISION);
		unitField.combo().setEnabled(chosenKind() == ReportKind.CARD);
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
		unitField.show(code);
		if (chosenKind() == ReportKind.CARD) {
			render();
		}
	}

	/**
	 * Chooses the card's unit as the combo does (picked or typed) and renders the card if it is shown.
	 *
	 * @param code a unit's code
	 */
	public void chooseUnit(String code) {
		unitField.show(code);
		render();
	}

	/**
	 * Chooses the decision's form as its combo does and renders it if it is shown.
	 *
	 * @param decisionKind {@link DecisionKind#ORDER} or {@link DecisionKind#PROTOCOL}
	 */
	public void chooseForm(DecisionKind decisionKind) {
		form.select(Math.max(0, List.of(FORMS).indexOf(decisionKind)));
		render();
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

	private DecisionKind chosenForm() {
		return FORMS[Math.max(0, form.getSelectionIndex())];
	}

	/* read when a render starts: a change in the preferences shows in the next render */
	private static ReportSignature signature() {
		return new ReportSignature(UiPreferences.reportAuthor(), UiPreferences.reportAuthority());
	}

	/**
	 * Renders the chosen report of a campaign in HTML, in a Job, and shows it.
	 *
	 * @param id the campaign's id
	 */
	public void showCampaign(String id) {
		if (!id.equals(campaignId)) {
			unitField.setUnits(List.of());
			loadUnits(id);
		}
		campaignId = id;
		render();
	}

	/* the campaign's region, municipalities and organisations for the unit combo */
	private void loadUnits(String id) {
		Job units = Job.create(NLS.bind(Messages.Report_UnitsJob, id), (IJobFunction) monitor -> {
			try {
				Store store = StoreService.getDefault().store(monitor);
				CampaignContext campaign = CampaignContext.resolve(store, IndicatorSetRegistry.getDefault(), id);
				List<Unit> all = UnitField.ordered(new Units(campaign.directory()));
				title.getDisplay().asyncExec(() -> {
					if (!unitField.combo().isDisposed() && id.equals(campaignId)) {
						unitField.setUnits(all);
					}
				});
				return Status.OK_STATUS;
			} catch (StoreException | CycleException e) {
				return UiPlugin.error(e.getMessage(), e);
			}
		});
		units.setSystem(true);
		units.schedule();
	}

	private void render() {
		enableChoices();
		String id = campaignId;
		if (id == null) {
			return;
		}
		ReportKind chosen = chosenKind();
		String unit = unitField.chosenCode();
		if (chosen == ReportKind.CARD && unit.isEmpty()) {
			title.setText(Messages.Report_ChooseUnit);
			return;
		}
		if (chosen == ReportKind.CARD && unitField.hasUnits() && unitField.chosen().isEmpty()) {
			title.setText(NLS.bind(Messages.Report_UnknownUnit, unit, id)); // a typed code of no unit here
			return;
		}
		DecisionKind decisionForm = chosenForm();
		ReportSignature signature = signature();
		Job previous = job;
		if (previous != null) {
			previous.cancel();
		}
		job = Job.create(NLS.bind(Messages.Report_RenderJob, id), (IJobFunction) monitor -> {
			try {
				Path file = Files.createTempFile("profmonitor-report", ".html"); //$NON-NLS-1$ //$NON-NLS-2$
				file.toFile().deleteOnExit();
				IStatus status = write(new Request(id, chosen, unit, decisionForm, signature), ReportFormat.HTML, file,
						monitor);
				if (status.isOK()) {
					title.getDisplay().asyncExec(() -> shown(id, file));
				} else if (status.getSeverity() == IStatus.ERROR) {
					title.getDisplay().asyncExec(() -> failed(id, status));
				}
				return status;
			} catch (IOException e) {
				return UiPlugin.error(e.getMessage(), e);
			}
		});
		job.schedule();
	}

	/** What a render or an export is of: taken from the view's choices on the UI thread. */
	private record Request(String campaignId, ReportKind kind, String unit, DecisionKind form,
			ReportSignature signature) {
	}

	private void failed(String id, IStatus status) {
		if (!title.isDisposed() && id.equals(campaignId)) {
			title.setText(status.getMessage());
		}
	}

	private void shown(String id, Path file) {
		if (title.isDisposed() || !id.equals(campaignId)) {
			return;
		}
		preview = file;
		String heading = NLS.bind(Messages.Report_Title, kind.getText(), id);
		String unitName = unitField.chosen().map(Unit::name).orElse(unitField.code());
		title.setText(switch (chosenKind()) {
			case CARD -> heading + " \u2014 " + unitName; //$NON-NLS-1$
			case DECISION -> heading + " \u2014 " + form.getText(); //$NON-NLS-1$
			default -> heading;
		});
		if (browser != null) {
			browser.setUrl(file.toUri().toString());
		}
		export.setEnabled(true);
		title.getParent().layout();
	}

	/* on the Job's thread: the store, the calculation and BIRT all take a while */
	private static IStatus write(Request request, ReportFormat format, Path file, IProgressMonitor monitor) {
		String id = request.campaignId();
		ReportKind kind = request.kind();
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		try {
			Store store = StoreService.getDefault().store(progress.split(1));
			IndicatorSetRegistry registry = IndicatorSetRegistry.getDefault();
			CampaignContext campaign = CampaignContext.resolve(store, registry, id);
			CampaignResults results = StoredResults.load(store, registry, campaign, progress.split(3));
			ReportEngineService.getDefault().render(ReportDesigns.design(kind, campaign.contribution().id()),
					kind.rows(results, request.unit(), request.form(), request.signature()), format, RUSSIAN, file,
					progress.split(6));
			return Status.OK_STATUS;
		} catch (NoSuchElementException e) {
			return UiPlugin.error(NLS.bind(Messages.Report_UnknownUnit, request.unit(), id), e); // another region's unit
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
		Request request = new Request(campaignId, chosenKind(),
				unitField.chosenCode(), chosenForm(),
				signature());
		job = Job.create(NLS.bind(Messages.Report_ExportJob, file.getFileName()),
				(IJobFunction) monitor -> write(request, format, file, monitor));
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

	/** @return the message shown in place of the browser, {@code null} where there is a browser */
	public String noBrowserMessage() {
		return noBrowser == null ? null : noBrowser.getText();
	}

	/** @return the items of the unit combo, «код — название» each; empty until the campaign's units are read */
	public List<String> unitItems() {
		return List.of(unitField.combo().getItems());
	}

	/** @return whether the export is offered */
	public boolean canExport() {
		return export.isEnabled();
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
