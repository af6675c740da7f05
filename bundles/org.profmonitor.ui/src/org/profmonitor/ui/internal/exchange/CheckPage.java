package org.profmonitor.ui.internal.exchange;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.profmonitor.cycle.CycleException;
import org.profmonitor.cycle.ValueImport;
import org.profmonitor.exchange.ImportBatch;
import org.profmonitor.exchange.ImportProblem;
import org.profmonitor.store.ApplyResult;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;
import org.profmonitor.ui.internal.Messages;
import org.profmonitor.ui.internal.store.StoreService;

/**
 * The import's dry run: every file read and checked, and compared with the database, without
 * writing. With any problem the table lists them all (file, sheet, line, column, message) and
 * Finish stays disabled: the import is all or nothing.
 */
final class CheckPage extends WizardPage {

	private static final String DASH = "\u2014"; //$NON-NLS-1$

	private final ChooseFilesPage files;
	private Label summary;
	private Table problems;
	private ImportBatch batch;

	CheckPage(ChooseFilesPage files) {
		super("check"); //$NON-NLS-1$
		this.files = files;
		setTitle(Messages.Import_CheckTitle);
		setDescription(Messages.Import_CheckDescription);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		summary = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(summary);
		problems = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		problems.setHeaderVisible(true);
		problems.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(600, 240).applyTo(problems);
		column(Messages.Import_ColumnFile, 180);
		column(Messages.Import_ColumnSheet, 90);
		column(Messages.Import_ColumnLine, 70);
		column(Messages.Import_ColumnColumn, 80);
		column(Messages.Import_ColumnMessage, 420);
		setControl(body);
	}

	private void column(String title, int width) {
		TableColumn column = new TableColumn(problems, SWT.LEFT);
		column.setText(title);
		column.setWidth(width);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			check();
		}
	}

	/** Reads and checks the files with progress and cancel, then shows the outcome. */
	private void check() {
		batch = null;
		problems.removeAll();
		String campaignId = files.campaignId();
		List<Path> paths = files.paths();
		Object[] outcome = new Object[2];
		try {
			getContainer().run(true, true, monitor -> {
				SubMonitor progress = SubMonitor.convert(monitor, Messages.Import_Checking, 3);
				try {
					Store store = StoreService.getDefault().store(progress.split(1));
					ValueImport valueImport = ImportWizard.valueImport(store, campaignId);
					ImportBatch read = valueImport.read(paths);
					progress.split(1);
					outcome[0] = read;
					outcome[1] = read.isApplicable() ? valueImport.preview(read) : null;
					progress.split(1);
				} catch (StoreException | CycleException e) {
					throw new InvocationTargetException(e, e.getMessage());
				}
			});
		} catch (InvocationTargetException e) {
			show(null, null, e.getCause().getMessage());
			return;
		} catch (InterruptedException e) {
			show(null, null, Messages.Import_Cancelled);
			return;
		}
		show((ImportBatch) outcome[0], (ApplyResult) outcome[1], null);
	}

	private void show(ImportBatch read, ApplyResult wouldWrite, String failure) {
		batch = read;
		if (read == null) {
			summary.setText(failure);
			setErrorMessage(failure);
			setPageComplete(false);
			return;
		}
		for (ImportProblem problem : read.problems()) {
			TableItem item = new TableItem(problems, SWT.NONE);
			item.setText(new String[] { problem.file() == null ? DASH : String.valueOf(problem.file().getFileName()),
					problem.sheet() == null ? DASH : problem.sheet(),
					problem.row() > 0 ? Integer.toString(problem.row()) : DASH,
					problem.column() > 0 ? problem.columnLabel() : DASH, problem.message() });
		}
		String counts = NLS.bind(Messages.Import_Counts, new Object[] { read.files().size(),
				read.summary().valueCount(), read.summary().valuesByOrganisation().size(), read.problems().size() });
		if (read.isApplicable()) {
			summary.setText(counts + '\n' + NLS.bind(Messages.Import_WouldWrite,
					new Object[] { wouldWrite.inserted(), wouldWrite.updated(), wouldWrite.unchanged() }));
			setErrorMessage(null);
		} else {
			summary.setText(counts);
			setErrorMessage(NLS.bind(Messages.Import_Refused, read.problems().size()));
		}
		setPageComplete(read.isApplicable());
		summary.getParent().layout(true, true);
	}

	/** @return the batch of the last dry run, {@code null} when it failed or has not run */
	ImportBatch batch() {
		return batch;
	}

	/** @return the problems table */
	Table problems() {
		return problems;
	}

	/** @return the summary text */
	String summaryText() {
		return summary.getText();
	}

	/** Forgets the dry run when the files or the campaign change. */
	void invalidate() {
		batch = null;
		setPageComplete(false);
	}
}
