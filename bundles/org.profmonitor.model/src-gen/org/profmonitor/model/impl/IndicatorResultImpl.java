/**
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.profmonitor.model.IndicatorResult;
import org.profmonitor.model.ProfmonitorPackage;
import org.profmonitor.model.UnitLevel;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Indicator Result</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.profmonitor.model.impl.IndicatorResultImpl#getIndicatorCode <em>Indicator Code</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.IndicatorResultImpl#getUnitLevel <em>Unit Level</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.IndicatorResultImpl#getUnitCode <em>Unit Code</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.IndicatorResultImpl#getDisaggregation <em>Disaggregation</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.IndicatorResultImpl#getNumerator <em>Numerator</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.IndicatorResultImpl#getDenominator <em>Denominator</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.IndicatorResultImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.IndicatorResultImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.IndicatorResultImpl#getReached <em>Reached</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.IndicatorResultImpl#getPrevious <em>Previous</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.IndicatorResultImpl#getChange <em>Change</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.IndicatorResultImpl#getRank <em>Rank</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IndicatorResultImpl extends MinimalEObjectImpl.Container implements IndicatorResult {
	/**
	 * The default value of the '{@link #getIndicatorCode() <em>Indicator Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicatorCode()
	 * @generated
	 * @ordered
	 */
	protected static final String INDICATOR_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIndicatorCode() <em>Indicator Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicatorCode()
	 * @generated
	 * @ordered
	 */
	protected String indicatorCode = INDICATOR_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnitLevel() <em>Unit Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitLevel()
	 * @generated
	 * @ordered
	 */
	protected static final UnitLevel UNIT_LEVEL_EDEFAULT = UnitLevel.ORGANISATION;

	/**
	 * The cached value of the '{@link #getUnitLevel() <em>Unit Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitLevel()
	 * @generated
	 * @ordered
	 */
	protected UnitLevel unitLevel = UNIT_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnitCode() <em>Unit Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitCode()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnitCode() <em>Unit Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitCode()
	 * @generated
	 * @ordered
	 */
	protected String unitCode = UNIT_CODE_EDEFAULT;

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
	 * The default value of the '{@link #getNumerator() <em>Numerator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumerator()
	 * @generated
	 * @ordered
	 */
	protected static final Double NUMERATOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumerator() <em>Numerator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumerator()
	 * @generated
	 * @ordered
	 */
	protected Double numerator = NUMERATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getDenominator() <em>Denominator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDenominator()
	 * @generated
	 * @ordered
	 */
	protected static final Double DENOMINATOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDenominator() <em>Denominator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDenominator()
	 * @generated
	 * @ordered
	 */
	protected Double denominator = DENOMINATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final Double VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected Double value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final Double TARGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected Double target = TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getReached() <em>Reached</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReached()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean REACHED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReached() <em>Reached</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReached()
	 * @generated
	 * @ordered
	 */
	protected Boolean reached = REACHED_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrevious() <em>Previous</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrevious()
	 * @generated
	 * @ordered
	 */
	protected static final Double PREVIOUS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrevious() <em>Previous</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrevious()
	 * @generated
	 * @ordered
	 */
	protected Double previous = PREVIOUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getChange() <em>Change</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChange()
	 * @generated
	 * @ordered
	 */
	protected static final Double CHANGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChange() <em>Change</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChange()
	 * @generated
	 * @ordered
	 */
	protected Double change = CHANGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRank() <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRank()
	 * @generated
	 * @ordered
	 */
	protected static final Integer RANK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRank() <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRank()
	 * @generated
	 * @ordered
	 */
	protected Integer rank = RANK_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IndicatorResultImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProfmonitorPackage.Literals.INDICATOR_RESULT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIndicatorCode() {
		return indicatorCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndicatorCode(String newIndicatorCode) {
		String oldIndicatorCode = indicatorCode;
		indicatorCode = newIndicatorCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.INDICATOR_RESULT__INDICATOR_CODE, oldIndicatorCode, indicatorCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UnitLevel getUnitLevel() {
		return unitLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnitLevel(UnitLevel newUnitLevel) {
		UnitLevel oldUnitLevel = unitLevel;
		unitLevel = newUnitLevel == null ? UNIT_LEVEL_EDEFAULT : newUnitLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.INDICATOR_RESULT__UNIT_LEVEL, oldUnitLevel, unitLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnitCode() {
		return unitCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnitCode(String newUnitCode) {
		String oldUnitCode = unitCode;
		unitCode = newUnitCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.INDICATOR_RESULT__UNIT_CODE, oldUnitCode, unitCode));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.INDICATOR_RESULT__DISAGGREGATION, oldDisaggregation, disaggregation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getNumerator() {
		return numerator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumerator(Double newNumerator) {
		Double oldNumerator = numerator;
		numerator = newNumerator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.INDICATOR_RESULT__NUMERATOR, oldNumerator, numerator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getDenominator() {
		return denominator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDenominator(Double newDenominator) {
		Double oldDenominator = denominator;
		denominator = newDenominator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.INDICATOR_RESULT__DENOMINATOR, oldDenominator, denominator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(Double newValue) {
		Double oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.INDICATOR_RESULT__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(Double newTarget) {
		Double oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.INDICATOR_RESULT__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getReached() {
		return reached;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReached(Boolean newReached) {
		Boolean oldReached = reached;
		reached = newReached;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.INDICATOR_RESULT__REACHED, oldReached, reached));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getPrevious() {
		return previous;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrevious(Double newPrevious) {
		Double oldPrevious = previous;
		previous = newPrevious;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.INDICATOR_RESULT__PREVIOUS, oldPrevious, previous));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getChange() {
		return change;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChange(Double newChange) {
		Double oldChange = change;
		change = newChange;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.INDICATOR_RESULT__CHANGE, oldChange, change));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getRank() {
		return rank;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRank(Integer newRank) {
		Integer oldRank = rank;
		rank = newRank;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.INDICATOR_RESULT__RANK, oldRank, rank));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProfmonitorPackage.INDICATOR_RESULT__INDICATOR_CODE:
				return getIndicatorCode();
			case ProfmonitorPackage.INDICATOR_RESULT__UNIT_LEVEL:
				return getUnitLevel();
			case ProfmonitorPackage.INDICATOR_RESULT__UNIT_CODE:
				return getUnitCode();
			case ProfmonitorPackage.INDICATOR_RESULT__DISAGGREGATION:
				return getDisaggregation();
			case ProfmonitorPackage.INDICATOR_RESULT__NUMERATOR:
				return getNumerator();
			case ProfmonitorPackage.INDICATOR_RESULT__DENOMINATOR:
				return getDenominator();
			case ProfmonitorPackage.INDICATOR_RESULT__VALUE:
				return getValue();
			case ProfmonitorPackage.INDICATOR_RESULT__TARGET:
				return getTarget();
			case ProfmonitorPackage.INDICATOR_RESULT__REACHED:
				return getReached();
			case ProfmonitorPackage.INDICATOR_RESULT__PREVIOUS:
				return getPrevious();
			case ProfmonitorPackage.INDICATOR_RESULT__CHANGE:
				return getChange();
			case ProfmonitorPackage.INDICATOR_RESULT__RANK:
				return getRank();
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
			case ProfmonitorPackage.INDICATOR_RESULT__INDICATOR_CODE:
				setIndicatorCode((String)newValue);
				return;
			case ProfmonitorPackage.INDICATOR_RESULT__UNIT_LEVEL:
				setUnitLevel((UnitLevel)newValue);
				return;
			case ProfmonitorPackage.INDICATOR_RESULT__UNIT_CODE:
				setUnitCode((String)newValue);
				return;
			case ProfmonitorPackage.INDICATOR_RESULT__DISAGGREGATION:
				setDisaggregation((String)newValue);
				return;
			case ProfmonitorPackage.INDICATOR_RESULT__NUMERATOR:
				setNumerator((Double)newValue);
				return;
			case ProfmonitorPackage.INDICATOR_RESULT__DENOMINATOR:
				setDenominator((Double)newValue);
				return;
			case ProfmonitorPackage.INDICATOR_RESULT__VALUE:
				setValue((Double)newValue);
				return;
			case ProfmonitorPackage.INDICATOR_RESULT__TARGET:
				setTarget((Double)newValue);
				return;
			case ProfmonitorPackage.INDICATOR_RESULT__REACHED:
				setReached((Boolean)newValue);
				return;
			case ProfmonitorPackage.INDICATOR_RESULT__PREVIOUS:
				setPrevious((Double)newValue);
				return;
			case ProfmonitorPackage.INDICATOR_RESULT__CHANGE:
				setChange((Double)newValue);
				return;
			case ProfmonitorPackage.INDICATOR_RESULT__RANK:
				setRank((Integer)newValue);
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
			case ProfmonitorPackage.INDICATOR_RESULT__INDICATOR_CODE:
				setIndicatorCode(INDICATOR_CODE_EDEFAULT);
				return;
			case ProfmonitorPackage.INDICATOR_RESULT__UNIT_LEVEL:
				setUnitLevel(UNIT_LEVEL_EDEFAULT);
				return;
			case ProfmonitorPackage.INDICATOR_RESULT__UNIT_CODE:
				setUnitCode(UNIT_CODE_EDEFAULT);
				return;
			case ProfmonitorPackage.INDICATOR_RESULT__DISAGGREGATION:
				setDisaggregation(DISAGGREGATION_EDEFAULT);
				return;
			case ProfmonitorPackage.INDICATOR_RESULT__NUMERATOR:
				setNumerator(NUMERATOR_EDEFAULT);
				return;
			case ProfmonitorPackage.INDICATOR_RESULT__DENOMINATOR:
				setDenominator(DENOMINATOR_EDEFAULT);
				return;
			case ProfmonitorPackage.INDICATOR_RESULT__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case ProfmonitorPackage.INDICATOR_RESULT__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case ProfmonitorPackage.INDICATOR_RESULT__REACHED:
				setReached(REACHED_EDEFAULT);
				return;
			case ProfmonitorPackage.INDICATOR_RESULT__PREVIOUS:
				setPrevious(PREVIOUS_EDEFAULT);
				return;
			case ProfmonitorPackage.INDICATOR_RESULT__CHANGE:
				setChange(CHANGE_EDEFAULT);
				return;
			case ProfmonitorPackage.INDICATOR_RESULT__RANK:
				setRank(RANK_EDEFAULT);
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
			case ProfmonitorPackage.INDICATOR_RESULT__INDICATOR_CODE:
				return INDICATOR_CODE_EDEFAULT == null ? indicatorCode != null : !INDICATOR_CODE_EDEFAULT.equals(indicatorCode);
			case ProfmonitorPackage.INDICATOR_RESULT__UNIT_LEVEL:
				return unitLevel != UNIT_LEVEL_EDEFAULT;
			case ProfmonitorPackage.INDICATOR_RESULT__UNIT_CODE:
				return UNIT_CODE_EDEFAULT == null ? unitCode != null : !UNIT_CODE_EDEFAULT.equals(unitCode);
			case ProfmonitorPackage.INDICATOR_RESULT__DISAGGREGATION:
				return DISAGGREGATION_EDEFAULT == null ? disaggregation != null : !DISAGGREGATION_EDEFAULT.equals(disaggregation);
			case ProfmonitorPackage.INDICATOR_RESULT__NUMERATOR:
				return NUMERATOR_EDEFAULT == null ? numerator != null : !NUMERATOR_EDEFAULT.equals(numerator);
			case ProfmonitorPackage.INDICATOR_RESULT__DENOMINATOR:
				return DENOMINATOR_EDEFAULT == null ? denominator != null : !DENOMINATOR_EDEFAULT.equals(denominator);
			case ProfmonitorPackage.INDICATOR_RESULT__VALUE:
				return VALUE_EDEFAULT == null ? value != null : !VALUE_EDEFAULT.equals(value);
			case ProfmonitorPackage.INDICATOR_RESULT__TARGET:
				return TARGET_EDEFAULT == null ? target != null : !TARGET_EDEFAULT.equals(target);
			case ProfmonitorPackage.INDICATOR_RESULT__REACHED:
				return REACHED_EDEFAULT == null ? reached != null : !REACHED_EDEFAULT.equals(reached);
			case ProfmonitorPackage.INDICATOR_RESULT__PREVIOUS:
				return PREVIOUS_EDEFAULT == null ? previous != null : !PREVIOUS_EDEFAULT.equals(previous);
			case ProfmonitorPackage.INDICATOR_RESULT__CHANGE:
				return CHANGE_EDEFAULT == null ? change != null : !CHANGE_EDEFAULT.equals(change);
			case ProfmonitorPackage.INDICATOR_RESULT__RANK:
				return RANK_EDEFAULT == null ? rank != null : !RANK_EDEFAULT.equals(rank);
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
		result.append(" (indicatorCode: ");
		result.append(indicatorCode);
		result.append(", unitLevel: ");
		result.append(unitLevel);
		result.append(", unitCode: ");
		result.append(unitCode);
		result.append(", disaggregation: ");
		result.append(disaggregation);
		result.append(", numerator: ");
		result.append(numerator);
		result.append(", denominator: ");
		result.append(denominator);
		result.append(", value: ");
		result.append(value);
		result.append(", target: ");
		result.append(target);
		result.append(", reached: ");
		result.append(reached);
		result.append(", previous: ");
		result.append(previous);
		result.append(", change: ");
		result.append(change);
		result.append(", rank: ");
		result.append(rank);
		result.append(')');
		return result.toString();
	}

} //IndicatorResultImpl
