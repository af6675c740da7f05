package org.profmonitor.ui.internal.exchange;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.profmonitor.exchange.TemplateLayout;
import org.profmonitor.store.CampaignInfo;
import org.profmonitor.ui.internal.Messages;

/** The export's page: the campaign, the folder, and what to write there. */
final class ExportPage extends WizardPage {

	private final List<CampaignInfo> campaigns;
	private final String initialCampaign;
	private CampaignChoice campaign;
	private Text folder;
	private Button values;
	private Button valuesXlsx;
	private Button templates;
	private Button perMunicipality;

	ExportPage(List<CampaignInfo> campaigns, String initialCampaign) {
		super("export"); //$NON-NLS-1$
		this.campaigns = campaigns;
		this.initialCampaign = initialCampaign;
		setTitle(Messages.Export_PageTitle);
		setDescription(Messages.Export_PageDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(3, false));
		campaign = new CampaignChoice(body, campaigns, initialCampaign, this::update);
		new Label(body, SWT.NONE); // the third column of the campaign's line
		new Label(body, SWT.NONE).setText(Messages.Export_Folder);
		folder = new Text(body, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(folder);
		folder.addListener(SWT.Modify, event -> update());
		Button browse = new Button(body, SWT.PUSH);
		browse.setText(Messages.Export_Browse);
		browse.addListener(SWT.Selection, event -> {
			String chosen = new DirectoryDialog(getShell()).open();
			if (chosen != null) {
				folder.setText(chosen);
			}
		});
		values = check(body, Messages.Export_Values, true);
		valuesXlsx = check(body, Messages.Export_ValuesXlsx, false);
		templates = check(body, Messages.Export_Templates, false);
		perMunicipality = check(body, Messages.Export_PerMunicipality, false);
		templates.addListener(SWT.Selection, event -> perMunicipality.setEnabled(templates.getSelection()));
		perMunicipality.setEnabled(false);
		GridDataFactory.fillDefaults().indent(20, 0).span(3, 1).applyTo(perMunicipality);
		setControl(body);
		update();
	}

	private Button check(Composite parent, String text, boolean selected) {
		Button button = new Button(parent, SWT.CHECK);
		button.setText(text);
		button.setSelection(selected);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(button);
		button.addListener(SWT.Selection, event -> update());
		return button;
	}

	private void update() {
		String message = null;
		if (campaign.chosen() == null) {
			message = Messages.Import_NoCampaign;
		} else if (folder.getText().isBlank()) {
			message = Messages.Export_NoFolder;
		} else if (!values.getSelection() && !valuesXlsx.getSelection() && !templates.getSelection()) {
			message = Messages.Export_Nothing;
		}
		setErrorMessage(message);
		setPageComplete(message == null);
	}

	String campaignId() {
		return campaign.chosen();
	}

	Path folder() {
		return Path.of(folder.getText().strip());
	}

	boolean values() {
		return values.getSelection();
	}

	boolean valuesXlsx() {
		return valuesXlsx.getSelection();
	}

	/** @return the templates' layout, {@code null} for no templates */
	TemplateLayout templates() {
		if (!templates.getSelection()) {
			return null;
		}
		return perMunicipality.getSelection() ? TemplateLayout.PER_MUNICIPALITY : TemplateLayout.PER_ORGANISATION;
	}

	/** Fills the page as a user would: the folder, values as CSV, as XLSX, templates (and how) or not. */
	void choose(Path chosenFolder, boolean csv, boolean xlsx, TemplateLayout layout) {
		folder.setText(chosenFolder.toString());
		values.setSelection(csv);
		valuesXlsx.setSelection(xlsx);
		templates.setSelection(layout != null);
		perMunicipality.setEnabled(layout != null);
		perMunicipality.setSelection(layout == TemplateLayout.PER_MUNICIPALITY);
		update();
	}
}
