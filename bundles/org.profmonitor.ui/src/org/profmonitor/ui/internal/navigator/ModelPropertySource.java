package org.profmonitor.ui.internal.navigator;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.profmonitor.ui.internal.PropertyNames;

/**
 * The Properties view of a navigator element: the model object's attributes, read-only (the
 * objects belong to the indicator-set registry). Names are translated where {@link PropertyNames}
 * knows them, else the model's own.
 */
final class ModelPropertySource extends ReadOnlyPropertySource {

	private final EObject object;

	ModelPropertySource(EObject object) {
		this.object = object;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> descriptors = new ArrayList<>();
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (object.eIsSet(attribute)) {
				descriptors.add(new PropertyDescriptor(attribute, PropertyNames.of(attribute.getName())));
			}
		}
		return descriptors.toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		Object value = object.eGet((EAttribute) id);
		return value == null ? "" : value.toString(); //$NON-NLS-1$
	}
}
