package org.profmonitor.ui.internal.navigator;

import org.eclipse.ui.views.properties.IPropertySource;

/**
 * What the navigator's property sources share: nothing is edited in the Properties view, since
 * the model objects belong to the registry and campaigns get their own editor.
 */
abstract class ReadOnlyPropertySource implements IPropertySource {

	@Override
	public final Object getEditableValue() {
		return null;
	}

	@Override
	public final boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public final void resetPropertyValue(Object id) {
		// read-only
	}

	@Override
	public final void setPropertyValue(Object id, Object value) {
		// read-only
	}
}
