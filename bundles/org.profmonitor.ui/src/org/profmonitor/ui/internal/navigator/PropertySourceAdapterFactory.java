package org.profmonitor.ui.internal.navigator;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.views.properties.IPropertySource;
import org.profmonitor.store.CampaignInfo;

/** Lets the Properties view show what the navigator selects; registered in plugin.xml. */
public final class PropertySourceAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType != IPropertySource.class) {
			return null;
		}
		if (adaptable instanceof CampaignInfo campaign) {
			return adapterType.cast(new CampaignPropertySource(campaign));
		}
		if (adaptable instanceof EObject object) {
			return adapterType.cast(new ModelPropertySource(object));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}
}
