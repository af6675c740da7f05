package org.profmonitor.cycle;

import java.time.LocalDate;

import org.profmonitor.model.Recommendation;
import org.profmonitor.model.RecommendationStatus;

/**
 * When a recommendation counts as overdue: one rule for the command line's list and the
 * workbench's recommendations view, so both flag the same rows.
 */
public final class RecommendationDeadlines {

	private RecommendationDeadlines() {
	}

	/**
	 * @param recommendation the recommendation
	 * @param today          the day to judge by
	 * @return whether it is marked overdue, or its deadline has passed and it is not carried out
	 */
	public static boolean overdue(Recommendation recommendation, LocalDate today) {
		if (recommendation.getStatus() == RecommendationStatus.OVERDUE) {
			return true;
		}
		return recommendation.getStatus() != RecommendationStatus.DONE && recommendation.getDeadline() != null
				&& recommendation.getDeadline().isBefore(today);
	}
}
