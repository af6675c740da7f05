package org.profmonitor.ui.problems.internal.scan;

import java.nio.file.Path;

/**
 * One problem of the models or the data, before it becomes a marker: what the Problems view shows
 * and what a user needs to find the place.
 *
 * @param error        an error ({@code false}: a warning)
 * @param message      in the user's language, naming the place
 * @param location     the place in words (indicator code, organisation and element...)
 * @param file         the file the problem is in (a workspace copy of a set), or {@code null}
 * @param indicatorSet the id of the set contribution concerned, or {@code null}
 * @param indicator    the code of the indicator concerned, or {@code null}
 * @param campaign     the id of the campaign concerned, or {@code null}
 * @param organisation the code of the organisation concerned, or {@code null}
 * @param element      the code of the data element concerned, or {@code null}
 */
public record Problem(boolean error, String message, String location, Path file, String indicatorSet,
		String indicator, String campaign, String organisation, String element) {

	/** @return a problem of an indicator set (no campaign) */
	static Problem ofSet(boolean error, String message, String location, Path file, String set, String indicator) {
		return new Problem(error, message, location, file, set, indicator, null, null, null);
	}

	/** @return a problem of a campaign's data */
	static Problem ofData(boolean error, String message, String location, String campaign, String organisation,
			String element) {
		return new Problem(error, message, location, null, null, null, campaign, organisation, element);
	}
}
