package org.profmonitor.ui.internal.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.profmonitor.store.CampaignInfo;
import org.profmonitor.ui.internal.Messages;

/** The import's first page: the campaign, and the files or folders to read. */
final class ChooseFilesPage extends WizardPage {

	private final List<CampaignInfo> campaigns;
	private final String initialCampaign;
	private final List<Path> paths = new ArrayList<>();
	private CampaignChoice campaign;
	private org.eclipse.swt.widgets.List list;

	ChooseFilesPage(List<CampaignInfo> campaigns, String initialCampaign) {
		super("files"); //$NON-NLS-1$
		this.campaigns = campaigns;
		this.initialCampaign = initialCampaign;
		setTitle(Messages.Import_FilesTitle);
		setDescription(Messages.Import_FilesDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(2, false));
		campaign = new CampaignChoice(body, campaigns, initialCampaign, this::update);
		list = new org.eclipse.swt.widgets.List(body, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).span(1, 4).hint(420, 200).applyTo(list);
		Composite buttons = new Composite(body, SWT.NONE);
		buttons.setLayout(new GridLayout(1, true));
		button(buttons, Messages.Import_AddFiles, this::chooseFiles);
		button(buttons, Messages.Import_AddFolder, this::chooseFolder);
		button(buttons, Messages.Import_Remove, this::removeSelected);
		setControl(body);
		update();
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		GridDataFactory.fillDefaults().applyTo(button);
		button.addListener(SWT.Selection, event -> action.run());
	}

	private void chooseFiles() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setFilterExtensions(new String[] { "*.csv;*.xlsx", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		if (dialog.open() != null) {
			List<Path> chosen = new ArrayList<>();
			for (String name : dialog.getFileNames()) {
				chosen.add(Path.of(dialog.getFilterPath(), name));
			}
			addPaths(chosen);
		}
	}

	private void chooseFolder() {
		String folder = new DirectoryDialog(getShell()).open();
		if (folder != null) {
			addPaths(List.of(Path.of(folder)));
		}
	}

	private void removeSelected() {
		int[] selected = list.getSelectionIndices();
		for (int i = selected.length - 1; i >= 0; i--) {
			paths.remove(selected[i]);
			list.remove(selected[i]);
		}
		update();
	}

	/** Adds files or folders, as the two buttons do. */
	void addPaths(List<Path> added) {
		for (Path path : added) {
			if (!paths.contains(path)) {
				paths.add(path);
				list.add(path.toString());
			}
		}
		update();
	}

	private void update() {
		if (campaign.chosen() == null) {
			setErrorMessage(Messages.Import_NoCampaign);
		} else {
			setErrorMessage(null);
		}
		setPageComplete(campaign.chosen() != null && !paths.isEmpty());
		((ImportWizard) getWizard()).inputChanged();
	}

	List<Path> paths() {
		return List.copyOf(paths);
	}

	String campaignId() {
		return campaign.chosen();
	}

	void chooseCampaign(String id) {
		campaign.choose(id);
	}
}
