package org.profmonitor.ui.internal.exchange;

import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWizard;
import org.profmonitor.store.CampaignInfo;

/** A wizard on one of the database's campaigns, the one selected in the navigator at first. */
public abstract class CampaignWizard extends Wizard implements IWorkbenchWizard {

	private final List<CampaignInfo> campaigns;
	private String initialCampaign;

	/** @param campaigns the database's campaigns, to choose from */
	protected CampaignWizard(List<CampaignInfo> campaigns) {
		this.campaigns = List.copyOf(campaigns);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		if (selection != null && selection.getFirstElement() instanceof CampaignInfo campaign) {
			initialCampaign = campaign.id();
		}
	}

	/** @param campaignId the campaign chosen when the wizard opens */
	public void setInitialCampaign(String campaignId) {
		initialCampaign = campaignId;
	}

	/** @return the campaigns to choose from */
	protected List<CampaignInfo> campaigns() {
		return campaigns;
	}

	/** @return the campaign chosen at first, or {@code null} */
	protected String initialCampaign() {
		return initialCampaign;
	}
}
