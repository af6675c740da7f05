package org.profmonitor.ui.internal.store;

import java.util.List;
import java.util.Objects;

import org.profmonitor.store.ValueChange;

/**
 * Values of a campaign were written. An edit says which, so that the results follow it in memory;
 * an import changes the campaign in bulk, and whoever shows it reads it again.
 *
 * @param campaignId the campaign written
 * @param changes    the values written, in order; empty for a bulk change
 * @param bulk       whether the campaign changed in bulk (read it again)
 */
public record SavedValues(String campaignId, List<ValueChange> changes, boolean bulk) {

	/** Checks the parts and freezes the list. */
	public SavedValues {
		Objects.requireNonNull(campaignId, "campaignId"); //$NON-NLS-1$
		changes = List.copyOf(changes);
	}

	/**
	 * @param campaignId the campaign
	 * @param changes    the values the user changed and the store wrote
	 * @return an edit
	 */
	public static SavedValues edited(String campaignId, List<ValueChange> changes) {
		return new SavedValues(campaignId, changes, false);
	}

	/**
	 * @param campaignId the campaign
	 * @return a bulk change: an import
	 */
	public static SavedValues bulk(String campaignId) {
		return new SavedValues(campaignId, List.of(), true);
	}
}
