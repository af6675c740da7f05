package org.profmonitor.ui.internal.campaign;

import java.util.List;

import org.profmonitor.model.CampaignStatus;
import org.profmonitor.ui.internal.Messages;

/** A campaign's status in the users' words, in the order a campaign goes through them. */
final class StatusLabels {

	static final List<CampaignStatus> ORDER = List.of(CampaignStatus.PLANNED, CampaignStatus.COLLECTING,
			CampaignStatus.CLOSED, CampaignStatus.ARCHIVED);

	private StatusLabels() {
	}

	static String of(CampaignStatus status) {
		return switch (status) {
		case PLANNED -> Messages.Campaign_StatusPlanned;
		case COLLECTING -> Messages.Campaign_StatusCollecting;
		case CLOSED -> Messages.Campaign_StatusClosed;
		case ARCHIVED -> Messages.Campaign_StatusArchived;
		};
	}

	static String[] all() {
		return ORDER.stream().map(StatusLabels::of).toArray(String[]::new);
	}
}
