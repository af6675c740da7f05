/**
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.profmonitor.model.DataValue;
import org.profmonitor.model.ProfmonitorPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Data Value</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.profmonitor.model.impl.DataValueImpl#getOrganisationCode <em>Organisation Code</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.DataValueImpl#getElementCode <em>Element Code</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.DataValueImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.DataValueImpl#getDisaggregation <em>Disaggregation</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DataValueImpl extends MinimalEObjectImpl.Container implements DataValue {
	/**
	 * The default value of the '{@link #getOrganisationCode() <em>Organisation Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisationCode()
	 * @generated
	 * @ordered
	 */
	protected static final String ORGANISATION_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOrganisationCode() <em>Organisation Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisationCode()
	 * @generated
	 * @ordered
	 */
	protected String organisationCode = ORGANISATION_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getElementCode() <em>Element Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElementCode()
	 * @generated
	 * @ordered
	 */
	protected static final String ELEMENT_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getElementCode() <em>Element Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElementCode()
	 * @generated
	 * @ordered
	 */
	protected String elementCode = ELEMENT_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final double VALUE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected double value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDisaggregation() <em>Disaggregation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisaggregation()
	 * @generated
	 * @ordered
	 */
	protected static final String DISAGGREGATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDisaggregation() <em>Disaggregation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisaggregation()
	 * @generated
	 * @ordered
	 */
	protected String disaggregation = DISAGGREGATION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DataValueImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProfmonitorPackage.Literals.DATA_VALUE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOrganisationCode() {
		return organisationCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganisationCode(String newOrganisationCode) {
		String oldOrganisationCode = organisationCode;
		organisationCode = newOrganisationCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.DATA_VALUE__ORGANISATION_CODE, oldOrganisationCode, organisationCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getElementCode() {
		return elementCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setElementCode(String newElementCode) {
		String oldElementCode = elementCode;
		elementCode = newElementCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.DATA_VALUE__ELEMENT_CODE, oldElementCode, elementCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(double newValue) {
		double oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.DATA_VALUE__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDisaggregation() {
		return disaggregation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisaggregation(String newDisaggregation) {
		String oldDisaggregation = disaggregation;
		disaggregation = newDisaggregation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.DATA_VALUE__DISAGGREGATION, oldDisaggregation, disaggregation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProfmonitorPackage.DATA_VALUE__ORGANISATION_CODE:
				return getOrganisationCode();
			case ProfmonitorPackage.DATA_VALUE__ELEMENT_CODE:
				return getElementCode();
			case ProfmonitorPackage.DATA_VALUE__VALUE:
				return getValue();
			case ProfmonitorPackage.DATA_VALUE__DISAGGREGATION:
				return getDisaggregation();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ProfmonitorPackage.DATA_VALUE__ORGANISATION_CODE:
				setOrganisationCode((String)newValue);
				return;
			case ProfmonitorPackage.DATA_VALUE__ELEMENT_CODE:
				setElementCode((String)newValue);
				return;
			case ProfmonitorPackage.DATA_VALUE__VALUE:
				setValue((Double)newValue);
				return;
			case ProfmonitorPackage.DATA_VALUE__DISAGGREGATION:
				setDisaggregation((String)newValue);
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
			case ProfmonitorPackage.DATA_VALUE__ORGANISATION_CODE:
				setOrganisationCode(ORGANISATION_CODE_EDEFAULT);
				return;
			case ProfmonitorPackage.DATA_VALUE__ELEMENT_CODE:
				setElementCode(ELEMENT_CODE_EDEFAULT);
				return;
			case ProfmonitorPackage.DATA_VALUE__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case ProfmonitorPackage.DATA_VALUE__DISAGGREGATION:
				setDisaggregation(DISAGGREGATION_EDEFAULT);
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
			case ProfmonitorPackage.DATA_VALUE__ORGANISATION_CODE:
				return ORGANISATION_CODE_EDEFAULT == null ? organisationCode != null : !ORGANISATION_CODE_EDEFAULT.equals(organisationCode);
			case ProfmonitorPackage.DATA_VALUE__ELEMENT_CODE:
				return ELEMENT_CODE_EDEFAULT == null ? elementCode != null : !ELEMENT_CODE_EDEFAULT.equals(elementCode);
			case ProfmonitorPackage.DATA_VALUE__VALUE:
				return value != VALUE_EDEFAULT;
			case ProfmonitorPackage.DATA_VALUE__DISAGGREGATION:
				return DISAGGREGATION_EDEFAULT == null ? disaggregation != null : !DISAGGREGATION_EDEFAULT.equals(disaggregation);
		}
		return super.eIsSet(featureID);
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
		result.append(" (organisationCode: ");
		result.append(organisationCode);
		result.append(", elementCode: ");
		result.append(elementCode);
		result.append(", value: ");
		result.append(value);
		result.append(", disaggregation: ");
		result.append(disaggregation);
		result.append(')');
		return result.toString();
	}

} //DataValueImpl
