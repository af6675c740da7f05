package org.profmonitor.ui.internal.entry;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.ui.internal.CampaignInput;
import org.profmonitor.ui.internal.Messages;

/** The data entry editor's input: a campaign of the database, by id. */
public final class DataEntryInput extends CampaignInput {

	/**
	 * @param campaignId the campaign's id
	 * @param title      its title, for the tab; {@code null} shows the id
	 */
	public DataEntryInput(String campaignId, String title) {
		super(campaignId, title);
	}

	@Override
	public String getName() {
		return NLS.bind(Messages.Entry_Title, title());
	}
}
