package org.profmonitor.ui.update.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;

/**
 * «Региональные модули»: the region modules installed in the product with their versions, the
 * modules of the update site of the preferences, installing the checked ones and checking for
 * updates. Everything p2 does runs in a user Job (progress and cancel in the workbench's progress
 * dialog); the dialog stays usable and shows the outcome in its message line.
 */
public final class RegionModulesDialog extends Dialog {

	private static final int CHECK_ID = IDialogConstants.CLIENT_ID + 1;
	private static final int INSTALL_ID = IDialogConstants.CLIENT_ID + 2;
	private static final int RESTART_ID = IDialogConstants.CLIENT_ID + 3;

	private final RegionModules modules;
	private final URI site;
	private final String siteProblem;
	private final boolean checkOnOpen;
	private Table installed;
	private Table available;
	private Label message;
	private Job job;

	/**
	 * @param modules     the operations on the product's profile
	 * @param site        the update site, or {@code null} when none is configured or it is wrong
	 * @param siteProblem why there is no site, shown instead of the site's modules
	 * @param checkOnOpen whether to look for updates at once («Проверить обновления» in the Help menu)
	 */
	public RegionModulesDialog(Shell parent, RegionModules modules, URI site, String siteProblem, boolean checkOnOpen) {
		super(parent);
		this.modules = modules;
		this.site = site;
		this.siteProblem = siteProblem;
		this.checkOnOpen = checkOnOpen;
		setShellStyle(getShellStyle() | SWT.RESIZE);
		setBlockOnOpen(false);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Dialog_Title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(1, false));
		heading(area, Messages.Dialog_Installed);
		installed = table(area, false, Messages.Dialog_Module, Messages.Dialog_Version, Messages.Dialog_Id);
		heading(area, site == null ? NLS.bind(Messages.Dialog_SiteNone, siteProblem)
				: NLS.bind(Messages.Dialog_Site, site));
		available = table(area, true, Messages.Dialog_Module, Messages.Dialog_Version, Messages.Dialog_State);
		message = new Label(area, SWT.WRAP);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 640;
		message.setLayoutData(data);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, CHECK_ID, Messages.Dialog_Check, false);
		createButton(parent, INSTALL_ID, Messages.Dialog_Install, false);
		createButton(parent, RESTART_ID, Messages.Dialog_Restart, false).setEnabled(false);
		createButton(parent, IDialogConstants.CLOSE_ID, Messages.Dialog_Close, true); // JFace has no Russian labels
		getButton(CHECK_ID).setEnabled(site != null);
		getButton(INSTALL_ID).setEnabled(site != null);
	}

	@Override
	public void create() {
		super.create();
		refresh(checkOnOpen);
	}

	@Override
	protected void buttonPressed(int id) {
		switch (id) {
		case CHECK_ID -> schedule(Messages.Dialog_CheckJob, this::checkUpdates);
		case INSTALL_ID -> install();
		case RESTART_ID -> PlatformUI.getWorkbench().restart();
		case IDialogConstants.CLOSE_ID -> close();
		default -> super.buttonPressed(id);
		}
	}

	@Override
	public boolean close() {
		if (job != null) {
			job.cancel();
		}
		return super.close();
	}

	/** @return the installed modules' table: module, version, id */
	public Table installedTable() {
		return installed;
	}

	/** @return the site's modules' table: module, version, state; checked rows are installed */
	public Table availableTable() {
		return available;
	}

	/** @return the message line */
	public String messageText() {
		return message.getText();
	}

	/** @return the last Job the dialog started, for tests; {@code null} before the first */
	public Job job() {
		return job;
	}

	/** Presses a button, as tests do. */
	public void press(int buttonId) {
		buttonPressed(buttonId);
	}

	/** The button ids tests press. */
	public static int checkButton() {
		return CHECK_ID;
	}

	/** @see #checkButton() */
	public static int installButton() {
		return INSTALL_ID;
	}

	private void install() {
		List<String> ids = new ArrayList<>();
		for (TableItem item : available.getItems()) {
			if (item.getChecked()) {
				ids.add(((RegionModule) item.getData()).id());
			}
		}
		if (ids.isEmpty()) {
			message.setText(Messages.Dialog_NothingChecked);
			return;
		}
		schedule(Messages.Dialog_InstallJob, monitor -> {
			IStatus status = modules.install(site, ids, monitor);
			if (status.getSeverity() == IStatus.CANCEL) {
				throw new OperationCanceledException();
			}
			if (status.getSeverity() == IStatus.ERROR) {
				throw new ProvisionException(NLS.bind(Messages.Dialog_InstallFailed, Statuses.describe(status)));
			}
			Snapshot snapshot = read(monitor);
			return () -> {
				show(snapshot);
				message.setText(NLS.bind(Messages.Dialog_InstalledRestart, String.join(", ", ids))); //$NON-NLS-1$
				getButton(RESTART_ID).setEnabled(true);
			};
		});
	}

	private void refresh(boolean thenCheck) {
		schedule(Messages.Dialog_ReadJob, monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, 2);
			Snapshot snapshot = read(progress.split(1));
			Runnable updates = thenCheck && site != null && snapshot.siteError() == null ? checkUpdates(progress.split(1))
					: () -> {
						// show() has put the site's error, if any, into the message line
					};
			return () -> {
				show(snapshot);
				updates.run();
			};
		});
	}

	/** What the tables show, read in a Job. */
	private record Snapshot(List<RegionModule> installed, List<RegionModule> available, String siteError) {
	}

	private Snapshot read(IProgressMonitor monitor) throws ProvisionException {
		List<RegionModule> here = modules.installed();
		if (site == null) {
			return new Snapshot(here, List.of(), null);
		}
		try {
			return new Snapshot(here, modules.available(site, monitor), null);
		} catch (ProvisionException e) {
			// the installed modules are still worth showing when the site cannot be read
			return new Snapshot(here, List.of(), NLS.bind(Messages.Dialog_SiteUnreadable, site, e.getMessage()));
		}
	}

	private Runnable checkUpdates(IProgressMonitor monitor) throws ProvisionException {
		List<RegionModules.ModuleUpdate> updates = modules.updates(site, monitor);
		String text = updates.isEmpty() ? Messages.Dialog_NoUpdates
				: NLS.bind(Messages.Dialog_Updates, updates.stream()
						.map(u -> NLS.bind(Messages.Dialog_UpdateLine, new Object[] { u.installed().name(),
								u.installed().version(), u.replacement().version() }))
						.collect(Collectors.joining("; "))); //$NON-NLS-1$
		return () -> {
			message.setText(text);
			if (!updates.isEmpty()) {
				Map<String, RegionModule> byId = updates.stream().map(RegionModules.ModuleUpdate::replacement)
						.collect(Collectors.toMap(RegionModule::id, Function.identity()));
				for (TableItem item : available.getItems()) {
					item.setChecked(byId.containsKey(((RegionModule) item.getData()).id()));
				}
			}
		};
	}

	private void show(Snapshot snapshot) {
		installed.removeAll();
		Map<String, RegionModule> here = snapshot.installed().stream()
				.collect(Collectors.toMap(RegionModule::id, Function.identity()));
		for (RegionModule module : snapshot.installed()) {
			row(installed, module, module.id());
		}
		available.removeAll();
		for (RegionModule module : snapshot.available()) {
			RegionModule current = here.get(module.id());
			String state = current == null ? Messages.Dialog_NotInstalled
					: current.version().equals(module.version()) ? Messages.Dialog_IsInstalled
							: NLS.bind(Messages.Dialog_Newer, current.version());
			row(available, module, state);
		}
		for (Table table : new Table[] { installed, available }) {
			for (TableColumn column : table.getColumns()) {
				column.pack();
			}
		}
		message.setText(snapshot.siteError() == null ? "" : snapshot.siteError()); //$NON-NLS-1$
		message.getParent().layout(true, true);
	}

	private static void row(Table table, RegionModule module, String last) {
		TableItem item = new TableItem(table, SWT.NONE);
		item.setText(new String[] { module.name(), module.version(), last });
		item.setData(module);
	}

	/** The part of a Job's work that runs on the UI thread afterwards. */
	@FunctionalInterface
	private interface Work {
		Runnable run(IProgressMonitor monitor) throws ProvisionException;
	}

	private void schedule(String name, Work work) {
		if (job != null && job.getState() != Job.NONE) {
			return; // one p2 operation at a time
		}
		job = Job.create(name, (IJobFunction) monitor -> {
			Runnable then;
			try {
				then = work.run(monitor);
			} catch (OperationCanceledException e) {
				then = () -> message.setText(Messages.Dialog_Cancelled);
			} catch (ProvisionException | RuntimeException e) {
				String text = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
				then = () -> message.setText(text);
			}
			Runnable ui = then;
			Shell shell = getShell();
			if (shell != null && !shell.isDisposed()) {
				shell.getDisplay().asyncExec(() -> {
					if (!message.isDisposed()) {
						ui.run();
						message.getParent().layout(true, true);
					}
				});
			}
			return Status.OK_STATUS; // the outcome is in the dialog, not in an error dialog on top of it
		});
		job.setUser(true);
		job.schedule();
	}

	private static void heading(Composite parent, String text) {
		Label label = new Label(parent, SWT.WRAP);
		label.setText(text);
		label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
	}

	private static Table table(Composite parent, boolean check, String... columns) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | (check ? SWT.CHECK : 0));
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 6 * table.getItemHeight();
		table.setLayoutData(data);
		for (String title : columns) {
			new TableColumn(table, SWT.LEFT).setText(title);
		}
		return table;
	}
}
