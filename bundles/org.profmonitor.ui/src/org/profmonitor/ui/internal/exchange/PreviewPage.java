package org.profmonitor.ui.internal.exchange;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.profmonitor.exchange.DataImporter;
import org.profmonitor.exchange.FilePreview;
import org.profmonitor.ui.internal.Messages;

/**
 * The import's second page: the first rows of each file as the import will read them, with the
 * encoding and separator detected. Reading a few rows is quick, so it runs on the UI thread.
 */
final class PreviewPage extends WizardPage {

	private static final int ROWS = 12;

	private final ChooseFilesPage files;
	private List<Path> shown = List.of();
	private Combo file;
	private Label format;
	private Table table;

	PreviewPage(ChooseFilesPage files) {
		super("preview"); //$NON-NLS-1$
		this.files = files;
		setTitle(Messages.Import_PreviewTitle);
		setDescription(Messages.Import_PreviewDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(2, false));
		new Label(body, SWT.NONE).setText(Messages.Import_File);
		file = new Combo(body, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
		file.addListener(SWT.Selection, event -> showFile());
		format = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(format);
		table = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		table.setHeaderVisible(false);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(600, 260).applyTo(table);
		setControl(body);
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			shown = DataImporter.dataFiles(files.paths());
			file.removeAll();
			for (Path each : shown) {
				file.add(each.toString());
			}
			file.select(0);
			showFile();
		}
		super.setVisible(visible);
	}

	private void showFile() {
		table.removeAll();
		for (TableColumn column : table.getColumns()) {
			column.dispose();
		}
		int index = file.getSelectionIndex();
		if (index < 0) {
			format.setText(Messages.Import_NoFiles);
			return;
		}
		FilePreview preview = FilePreview.of(shown.get(index), ROWS);
		format.setText(describe(preview));
		int columns = preview.rows().stream().mapToInt(List::size).max().orElse(0);
		for (int i = 0; i < columns; i++) {
			new TableColumn(table, SWT.LEFT).setWidth(120);
		}
		for (List<String> row : preview.rows()) {
			new TableItem(table, SWT.NONE).setText(row.toArray(String[]::new));
		}
		format.getParent().layout(true, true);
	}

	/** @return «Кодировка: windows-1251, разделитель: ;» or the sheet, or why the file is unreadable */
	static String describe(FilePreview preview) {
		if (preview.error() != null) {
			return NLS.bind(Messages.Import_Unreadable, preview.error());
		}
		if (preview.sheet() != null) {
			return NLS.bind(Messages.Import_Sheet, preview.sheet());
		}
		return NLS.bind(Messages.Import_Encoding, preview.encoding().name(), preview.delimiterName());
	}

	/** @return the description line of the file shown */
	String formatText() {
		return format.getText();
	}

	/** @return the rows shown */
	Table table() {
		return table;
	}
}
