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

import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.profmonitor.model.Decision;
import org.profmonitor.model.DecisionKind;
import org.profmonitor.model.ProfmonitorPackage;
import org.profmonitor.model.Recommendation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Decision</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.profmonitor.model.impl.DecisionImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.DecisionImpl#getSignatory <em>Signatory</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.DecisionImpl#getAdoptedRecommendations <em>Adopted Recommendations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DecisionImpl extends LegalActImpl implements Decision {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final DecisionKind KIND_EDEFAULT = DecisionKind.PROTOCOL;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected DecisionKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getSignatory() <em>Signatory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignatory()
	 * @generated
	 * @ordered
	 */
	protected static final String SIGNATORY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignatory() <em>Signatory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignatory()
	 * @generated
	 * @ordered
	 */
	protected String signatory = SIGNATORY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAdoptedRecommendations() <em>Adopted Recommendations</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdoptedRecommendations()
	 * @generated
	 * @ordered
	 */
	protected EList<Recommendation> adoptedRecommendations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DecisionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProfmonitorPackage.Literals.DECISION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DecisionKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(DecisionKind newKind) {
		DecisionKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.DECISION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSignatory() {
		return signatory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignatory(String newSignatory) {
		String oldSignatory = signatory;
		signatory = newSignatory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.DECISION__SIGNATORY, oldSignatory, signatory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Recommendation> getAdoptedRecommendations() {
		if (adoptedRecommendations == null) {
			adoptedRecommendations = new EObjectWithInverseResolvingEList.ManyInverse<Recommendation>(Recommendation.class, this, ProfmonitorPackage.DECISION__ADOPTED_RECOMMENDATIONS, ProfmonitorPackage.RECOMMENDATION__DECISIONS);
		}
		return adoptedRecommendations;
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
			case ProfmonitorPackage.DECISION__ADOPTED_RECOMMENDATIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getAdoptedRecommendations()).basicAdd(otherEnd, msgs);
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
			case ProfmonitorPackage.DECISION__ADOPTED_RECOMMENDATIONS:
				return ((InternalEList<?>)getAdoptedRecommendations()).basicRemove(otherEnd, msgs);
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
			case ProfmonitorPackage.DECISION__KIND:
				return getKind();
			case ProfmonitorPackage.DECISION__SIGNATORY:
				return getSignatory();
			case ProfmonitorPackage.DECISION__ADOPTED_RECOMMENDATIONS:
				return getAdoptedRecommendations();
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
			case ProfmonitorPackage.DECISION__KIND:
				setKind((DecisionKind)newValue);
				return;
			case ProfmonitorPackage.DECISION__SIGNATORY:
				setSignatory((String)newValue);
				return;
			case ProfmonitorPackage.DECISION__ADOPTED_RECOMMENDATIONS:
				getAdoptedRecommendations().clear();
				getAdoptedRecommendations().addAll((Collection<? extends Recommendation>)newValue);
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
			case ProfmonitorPackage.DECISION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ProfmonitorPackage.DECISION__SIGNATORY:
				setSignatory(SIGNATORY_EDEFAULT);
				return;
			case ProfmonitorPackage.DECISION__ADOPTED_RECOMMENDATIONS:
				getAdoptedRecommendations().clear();
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
			case ProfmonitorPackage.DECISION__KIND:
				return kind != KIND_EDEFAULT;
			case ProfmonitorPackage.DECISION__SIGNATORY:
				return SIGNATORY_EDEFAULT == null ? signatory != null : !SIGNATORY_EDEFAULT.equals(signatory);
			case ProfmonitorPackage.DECISION__ADOPTED_RECOMMENDATIONS:
				return adoptedRecommendations != null && !adoptedRecommendations.isEmpty();
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
		result.append(", signatory: ");
		result.append(signatory);
		result.append(')');
		return result.toString();
	}

} //DecisionImpl
