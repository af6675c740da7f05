package org.profmonitor.ui.internal.recommendations;

import org.profmonitor.model.RecommendationStatus;
import org.profmonitor.ui.internal.Messages;

/** The statuses as users read them, in the order of the model's enumeration. */
final class StatusNames {

	private StatusNames() {
	}

	static String[] all() {
		String[] names = new String[RecommendationStatus.VALUES.size()];
		for (RecommendationStatus status : RecommendationStatus.VALUES) {
			names[status.getValue()] = of(status);
		}
		return names;
	}

	static String of(RecommendationStatus status) {
		return switch (status) {
		case DRAFT -> Messages.Recommendations_StatusDraft;
		case ADOPTED -> Messages.Recommendations_StatusAdopted;
		case IN_PROGRESS -> Messages.Recommendations_StatusInProgress;
		case DONE -> Messages.Recommendations_StatusDone;
		case OVERDUE -> Messages.Recommendations_StatusOverdue;
		};
	}
}
