package org.profmonitor.ui.internal.navigator;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.profmonitor.store.CampaignInfo;
import org.profmonitor.ui.internal.PropertyNames;

/** A campaign's metadata in the Properties view, read-only; the campaign editor will edit it. */
final class CampaignPropertySource extends ReadOnlyPropertySource {

	private final Map<String, Object> values = new LinkedHashMap<>();

	CampaignPropertySource(CampaignInfo campaign) {
		values.put("id", campaign.id()); //$NON-NLS-1$
		values.put("title", campaign.title()); //$NON-NLS-1$
		values.put("academicYear", campaign.academicYear()); //$NON-NLS-1$
		values.put("periodStart", campaign.periodStart()); //$NON-NLS-1$
		values.put("periodEnd", campaign.periodEnd()); //$NON-NLS-1$
		values.put("schedule", campaign.schedule()); //$NON-NLS-1$
		values.put("status", campaign.status()); //$NON-NLS-1$
		values.put("indicatorSet", campaign.indicatorSetId()); //$NON-NLS-1$
		values.put("previous", campaign.previousId()); //$NON-NLS-1$
		if (campaign.openingOrder() != null) {
			values.put("openingOrder", campaign.openingOrder().getTitle()); //$NON-NLS-1$
		}
		values.values().removeIf(value -> value == null);
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		return values.keySet().stream().map(key -> new PropertyDescriptor(key, PropertyNames.of(key)))
				.toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		return String.valueOf(values.get(id));
	}
}
