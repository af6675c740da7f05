package org.profmonitor.ui.internal.navigator;

import org.eclipse.jface.viewers.IElementComparer;
import org.profmonitor.store.CampaignInfo;

/**
 * Campaigns are the same campaign when their ids are: each read of the database gives new
 * records (with a new opening-order object, so record equality fails), and selecting or keeping a
 * selection across a reload must still find the item.
 */
final class NavigatorComparer implements IElementComparer {

	@Override
	public boolean equals(Object a, Object b) {
		if (a instanceof CampaignInfo first && b instanceof CampaignInfo second) {
			return first.id().equals(second.id());
		}
		return a == null ? b == null : a.equals(b);
	}

	@Override
	public int hashCode(Object element) {
		return element instanceof CampaignInfo campaign ? campaign.id().hashCode() : element.hashCode();
	}
}
