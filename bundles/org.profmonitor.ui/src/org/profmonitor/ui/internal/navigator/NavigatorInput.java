package org.profmonitor.ui.internal.navigator;

import java.util.List;

import org.profmonitor.core.indicators.IndicatorSetContribution;
import org.profmonitor.store.CampaignInfo;

/**
 * What the navigator shows, read in a Job: the installed indicator sets with their regions'
 * directories, and the campaigns of the database.
 *
 * @param contributions the installed indicator sets
 * @param campaigns     the campaigns, newest academic year first
 */
public record NavigatorInput(List<IndicatorSetContribution> contributions, List<CampaignInfo> campaigns) {

	/** Freezes the lists. */
	public NavigatorInput {
		contributions = List.copyOf(contributions);
		campaigns = List.copyOf(campaigns);
	}
}
