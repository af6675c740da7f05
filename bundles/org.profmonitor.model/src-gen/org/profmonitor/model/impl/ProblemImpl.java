/**
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.profmonitor.model.Problem;
import org.profmonitor.model.ProblemKind;
import org.profmonitor.model.ProfmonitorPackage;
import org.profmonitor.model.Recommendation;
import org.profmonitor.model.UnitLevel;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Problem</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.profmonitor.model.impl.ProblemImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.ProblemImpl#getIndicatorCode <em>Indicator Code</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.ProblemImpl#getUnitLevel <em>Unit Level</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.ProblemImpl#getUnitCode <em>Unit Code</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.ProblemImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.ProblemImpl#getRecommendations <em>Recommendations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProblemImpl extends MinimalEObjectImpl.Container implements Problem {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ProblemKind KIND_EDEFAULT = ProblemKind.BELOW_TARGET;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ProblemKind kind = KIND_EDEFAULT;

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
	 * The cached value of the '{@link #getRecommendations() <em>Recommendations</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecommendations()
	 * @generated
	 * @ordered
	 */
	protected EList<Recommendation> recommendations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProblemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProfmonitorPackage.Literals.PROBLEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProblemKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ProblemKind newKind) {
		ProblemKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.PROBLEM__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.PROBLEM__INDICATOR_CODE, oldIndicatorCode, indicatorCode));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.PROBLEM__UNIT_LEVEL, oldUnitLevel, unitLevel));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.PROBLEM__UNIT_CODE, oldUnitCode, unitCode));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.PROBLEM__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Recommendation> getRecommendations() {
		if (recommendations == null) {
			recommendations = new EObjectWithInverseResolvingEList<Recommendation>(Recommendation.class, this, ProfmonitorPackage.PROBLEM__RECOMMENDATIONS, ProfmonitorPackage.RECOMMENDATION__PROBLEM);
		}
		return recommendations;
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
			case ProfmonitorPackage.PROBLEM__RECOMMENDATIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getRecommendations()).basicAdd(otherEnd, msgs);
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
			case ProfmonitorPackage.PROBLEM__RECOMMENDATIONS:
				return ((InternalEList<?>)getRecommendations()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProfmonitorPackage.PROBLEM__KIND:
				return getKind();
			case ProfmonitorPackage.PROBLEM__INDICATOR_CODE:
				return getIndicatorCode();
			case ProfmonitorPackage.PROBLEM__UNIT_LEVEL:
				return getUnitLevel();
			case ProfmonitorPackage.PROBLEM__UNIT_CODE:
				return getUnitCode();
			case ProfmonitorPackage.PROBLEM__DESCRIPTION:
				return getDescription();
			case ProfmonitorPackage.PROBLEM__RECOMMENDATIONS:
				return getRecommendations();
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
			case ProfmonitorPackage.PROBLEM__KIND:
				setKind((ProblemKind)newValue);
				return;
			case ProfmonitorPackage.PROBLEM__INDICATOR_CODE:
				setIndicatorCode((String)newValue);
				return;
			case ProfmonitorPackage.PROBLEM__UNIT_LEVEL:
				setUnitLevel((UnitLevel)newValue);
				return;
			case ProfmonitorPackage.PROBLEM__UNIT_CODE:
				setUnitCode((String)newValue);
				return;
			case ProfmonitorPackage.PROBLEM__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ProfmonitorPackage.PROBLEM__RECOMMENDATIONS:
				getRecommendations().clear();
				getRecommendations().addAll((Collection<? extends Recommendation>)newValue);
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
			case ProfmonitorPackage.PROBLEM__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ProfmonitorPackage.PROBLEM__INDICATOR_CODE:
				setIndicatorCode(INDICATOR_CODE_EDEFAULT);
				return;
			case ProfmonitorPackage.PROBLEM__UNIT_LEVEL:
				setUnitLevel(UNIT_LEVEL_EDEFAULT);
				return;
			case ProfmonitorPackage.PROBLEM__UNIT_CODE:
				setUnitCode(UNIT_CODE_EDEFAULT);
				return;
			case ProfmonitorPackage.PROBLEM__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ProfmonitorPackage.PROBLEM__RECOMMENDATIONS:
				getRecommendations().clear();
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
			case ProfmonitorPackage.PROBLEM__KIND:
				return kind != KIND_EDEFAULT;
			case ProfmonitorPackage.PROBLEM__INDICATOR_CODE:
				return INDICATOR_CODE_EDEFAULT == null ? indicatorCode != null : !INDICATOR_CODE_EDEFAULT.equals(indicatorCode);
			case ProfmonitorPackage.PROBLEM__UNIT_LEVEL:
				return unitLevel != UNIT_LEVEL_EDEFAULT;
			case ProfmonitorPackage.PROBLEM__UNIT_CODE:
				return UNIT_CODE_EDEFAULT == null ? unitCode != null : !UNIT_CODE_EDEFAULT.equals(unitCode);
			case ProfmonitorPackage.PROBLEM__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ProfmonitorPackage.PROBLEM__RECOMMENDATIONS:
				return recommendations != null && !recommendations.isEmpty();
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", indicatorCode: ");
		result.append(indicatorCode);
		result.append(", unitLevel: ");
		result.append(unitLevel);
		result.append(", unitCode: ");
		result.append(unitCode);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //ProblemImpl
