package org.profmonitor.ui.internal.campaign;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.ui.internal.CampaignInput;
import org.profmonitor.ui.internal.Messages;

/** The campaign editor's input: a campaign by id. */
public final class CampaignEditorInput extends CampaignInput {

	/**
	 * @param campaignId the campaign's id
	 * @param title      its title, for the tab; {@code null} shows the id
	 */
	public CampaignEditorInput(String campaignId, String title) {
		super(campaignId, title);
	}

	@Override
	public String getName() {
		return NLS.bind(Messages.Campaign_Title, title());
	}
}
