package org.profmonitor.ui.internal.recommendations;

import org.profmonitor.model.Recommendation;

/**
 * One line of the recommendations table.
 *
 * @param number         the recommendation's number in the campaign's analysis, from 1; the store
 *                       names it so
 * @param recommendation the recommendation as loaded
 * @param overdue        whether it is overdue on the day it was loaded
 */
public record RecommendationRow(int number, Recommendation recommendation, boolean overdue) {
}
