/**
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import org.profmonitor.model.DataElement;
import org.profmonitor.model.DataElementType;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.ProfmonitorPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Data Element</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.profmonitor.model.impl.DataElementImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.DataElementImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.DataElementImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.DataElementImpl#getMin <em>Min</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.DataElementImpl#getMax <em>Max</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.DataElementImpl#getWhole <em>Whole</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.DataElementImpl#getParts <em>Parts</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.DataElementImpl#getPartGroup <em>Part Group</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.DataElementImpl#getIndicatorSet <em>Indicator Set</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DataElementImpl extends CodedImpl implements DataElement {
	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final DataElementType TYPE_EDEFAULT = DataElementType.COUNT;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected DataElementType type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMin() <em>Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMin()
	 * @generated
	 * @ordered
	 */
	protected static final Double MIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMin() <em>Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMin()
	 * @generated
	 * @ordered
	 */
	protected Double min = MIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getMax() <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMax()
	 * @generated
	 * @ordered
	 */
	protected static final Double MAX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMax() <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMax()
	 * @generated
	 * @ordered
	 */
	protected Double max = MAX_EDEFAULT;

	/**
	 * The cached value of the '{@link #getWhole() <em>Whole</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWhole()
	 * @generated
	 * @ordered
	 */
	protected DataElement whole;

	/**
	 * The cached value of the '{@link #getParts() <em>Parts</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParts()
	 * @generated
	 * @ordered
	 */
	protected EList<DataElement> parts;

	/**
	 * The default value of the '{@link #getPartGroup() <em>Part Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartGroup()
	 * @generated
	 * @ordered
	 */
	protected static final String PART_GROUP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPartGroup() <em>Part Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartGroup()
	 * @generated
	 * @ordered
	 */
	protected String partGroup = PART_GROUP_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DataElementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProfmonitorPackage.Literals.DATA_ELEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.DATA_ELEMENT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataElementType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(DataElementType newType) {
		DataElementType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.DATA_ELEMENT__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.DATA_ELEMENT__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getMin() {
		return min;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMin(Double newMin) {
		Double oldMin = min;
		min = newMin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.DATA_ELEMENT__MIN, oldMin, min));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getMax() {
		return max;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMax(Double newMax) {
		Double oldMax = max;
		max = newMax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.DATA_ELEMENT__MAX, oldMax, max));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataElement getWhole() {
		if (whole != null && whole.eIsProxy()) {
			InternalEObject oldWhole = (InternalEObject)whole;
			whole = (DataElement)eResolveProxy(oldWhole);
			if (whole != oldWhole) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProfmonitorPackage.DATA_ELEMENT__WHOLE, oldWhole, whole));
			}
		}
		return whole;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DataElement basicGetWhole() {
		return whole;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetWhole(DataElement newWhole, NotificationChain msgs) {
		DataElement oldWhole = whole;
		whole = newWhole;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.DATA_ELEMENT__WHOLE, oldWhole, newWhole);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWhole(DataElement newWhole) {
		if (newWhole != whole) {
			NotificationChain msgs = null;
			if (whole != null)
				msgs = ((InternalEObject)whole).eInverseRemove(this, ProfmonitorPackage.DATA_ELEMENT__PARTS, DataElement.class, msgs);
			if (newWhole != null)
				msgs = ((InternalEObject)newWhole).eInverseAdd(this, ProfmonitorPackage.DATA_ELEMENT__PARTS, DataElement.class, msgs);
			msgs = basicSetWhole(newWhole, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.DATA_ELEMENT__WHOLE, newWhole, newWhole));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataElement> getParts() {
		if (parts == null) {
			parts = new EObjectWithInverseResolvingEList<DataElement>(DataElement.class, this, ProfmonitorPackage.DATA_ELEMENT__PARTS, ProfmonitorPackage.DATA_ELEMENT__WHOLE);
		}
		return parts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPartGroup() {
		return partGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartGroup(String newPartGroup) {
		String oldPartGroup = partGroup;
		partGroup = newPartGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.DATA_ELEMENT__PART_GROUP, oldPartGroup, partGroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndicatorSet getIndicatorSet() {
		if (eContainerFeatureID() != ProfmonitorPackage.DATA_ELEMENT__INDICATOR_SET) return null;
		return (IndicatorSet)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetIndicatorSet(IndicatorSet newIndicatorSet, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newIndicatorSet, ProfmonitorPackage.DATA_ELEMENT__INDICATOR_SET, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndicatorSet(IndicatorSet newIndicatorSet) {
		if (newIndicatorSet != eInternalContainer() || (eContainerFeatureID() != ProfmonitorPackage.DATA_ELEMENT__INDICATOR_SET && newIndicatorSet != null)) {
			if (EcoreUtil.isAncestor(this, newIndicatorSet))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newIndicatorSet != null)
				msgs = ((InternalEObject)newIndicatorSet).eInverseAdd(this, ProfmonitorPackage.INDICATOR_SET__DATA_ELEMENTS, IndicatorSet.class, msgs);
			msgs = basicSetIndicatorSet(newIndicatorSet, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.DATA_ELEMENT__INDICATOR_SET, newIndicatorSet, newIndicatorSet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean wholeValid(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.profmonitor.model.internal.validation.DataElementConstraints.wholeValid(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean rangeValid(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.profmonitor.model.internal.validation.DataElementConstraints.rangeValid(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProfmonitorPackage.DATA_ELEMENT__WHOLE:
				if (whole != null)
					msgs = ((InternalEObject)whole).eInverseRemove(this, ProfmonitorPackage.DATA_ELEMENT__PARTS, DataElement.class, msgs);
				return basicSetWhole((DataElement)otherEnd, msgs);
			case ProfmonitorPackage.DATA_ELEMENT__PARTS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getParts()).basicAdd(otherEnd, msgs);
			case ProfmonitorPackage.DATA_ELEMENT__INDICATOR_SET:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetIndicatorSet((IndicatorSet)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProfmonitorPackage.DATA_ELEMENT__WHOLE:
				return basicSetWhole(null, msgs);
			case ProfmonitorPackage.DATA_ELEMENT__PARTS:
				return ((InternalEList<?>)getParts()).basicRemove(otherEnd, msgs);
			case ProfmonitorPackage.DATA_ELEMENT__INDICATOR_SET:
				return basicSetIndicatorSet(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case ProfmonitorPackage.DATA_ELEMENT__INDICATOR_SET:
				return eInternalContainer().eInverseRemove(this, ProfmonitorPackage.INDICATOR_SET__DATA_ELEMENTS, IndicatorSet.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProfmonitorPackage.DATA_ELEMENT__DESCRIPTION:
				return getDescription();
			case ProfmonitorPackage.DATA_ELEMENT__TYPE:
				return getType();
			case ProfmonitorPackage.DATA_ELEMENT__UNIT:
				return getUnit();
			case ProfmonitorPackage.DATA_ELEMENT__MIN:
				return getMin();
			case ProfmonitorPackage.DATA_ELEMENT__MAX:
				return getMax();
			case ProfmonitorPackage.DATA_ELEMENT__WHOLE:
				if (resolve) return getWhole();
				return basicGetWhole();
			case ProfmonitorPackage.DATA_ELEMENT__PARTS:
				return getParts();
			case ProfmonitorPackage.DATA_ELEMENT__PART_GROUP:
				return getPartGroup();
			case ProfmonitorPackage.DATA_ELEMENT__INDICATOR_SET:
				return getIndicatorSet();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ProfmonitorPackage.DATA_ELEMENT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ProfmonitorPackage.DATA_ELEMENT__TYPE:
				setType((DataElementType)newValue);
				return;
			case ProfmonitorPackage.DATA_ELEMENT__UNIT:
				setUnit((String)newValue);
				return;
			case ProfmonitorPackage.DATA_ELEMENT__MIN:
				setMin((Double)newValue);
				return;
			case ProfmonitorPackage.DATA_ELEMENT__MAX:
				setMax((Double)newValue);
				return;
			case ProfmonitorPackage.DATA_ELEMENT__WHOLE:
				setWhole((DataElement)newValue);
				return;
			case ProfmonitorPackage.DATA_ELEMENT__PARTS:
				getParts().clear();
				getParts().addAll((Collection<? extends DataElement>)newValue);
				return;
			case ProfmonitorPackage.DATA_ELEMENT__PART_GROUP:
				setPartGroup((String)newValue);
				return;
			case ProfmonitorPackage.DATA_ELEMENT__INDICATOR_SET:
				setIndicatorSet((IndicatorSet)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ProfmonitorPackage.DATA_ELEMENT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ProfmonitorPackage.DATA_ELEMENT__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case ProfmonitorPackage.DATA_ELEMENT__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case ProfmonitorPackage.DATA_ELEMENT__MIN:
				setMin(MIN_EDEFAULT);
				return;
			case ProfmonitorPackage.DATA_ELEMENT__MAX:
				setMax(MAX_EDEFAULT);
				return;
			case ProfmonitorPackage.DATA_ELEMENT__WHOLE:
				setWhole((DataElement)null);
				return;
			case ProfmonitorPackage.DATA_ELEMENT__PARTS:
				getParts().clear();
				return;
			case ProfmonitorPackage.DATA_ELEMENT__PART_GROUP:
				setPartGroup(PART_GROUP_EDEFAULT);
				return;
			case ProfmonitorPackage.DATA_ELEMENT__INDICATOR_SET:
				setIndicatorSet((IndicatorSet)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ProfmonitorPackage.DATA_ELEMENT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ProfmonitorPackage.DATA_ELEMENT__TYPE:
				return type != TYPE_EDEFAULT;
			case ProfmonitorPackage.DATA_ELEMENT__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case ProfmonitorPackage.DATA_ELEMENT__MIN:
				return MIN_EDEFAULT == null ? min != null : !MIN_EDEFAULT.equals(min);
			case ProfmonitorPackage.DATA_ELEMENT__MAX:
				return MAX_EDEFAULT == null ? max != null : !MAX_EDEFAULT.equals(max);
			case ProfmonitorPackage.DATA_ELEMENT__WHOLE:
				return whole != null;
			case ProfmonitorPackage.DATA_ELEMENT__PARTS:
				return parts != null && !parts.isEmpty();
			case ProfmonitorPackage.DATA_ELEMENT__PART_GROUP:
				return PART_GROUP_EDEFAULT == null ? partGroup != null : !PART_GROUP_EDEFAULT.equals(partGroup);
			case ProfmonitorPackage.DATA_ELEMENT__INDICATOR_SET:
				return getIndicatorSet() != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	@SuppressWarnings("unchecked")
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case ProfmonitorPackage.DATA_ELEMENT___WHOLE_VALID__DIAGNOSTICCHAIN_MAP:
				return wholeValid((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ProfmonitorPackage.DATA_ELEMENT___RANGE_VALID__DIAGNOSTICCHAIN_MAP:
				return rangeValid((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (description: ");
		result.append(description);
		result.append(", type: ");
		result.append(type);
		result.append(", unit: ");
		result.append(unit);
		result.append(", min: ");
		result.append(min);
		result.append(", max: ");
		result.append(max);
		result.append(", partGroup: ");
		result.append(partGroup);
		result.append(')');
		return result.toString();
	}

} //DataElementImpl
