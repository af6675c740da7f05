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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EcoreUtil;

import org.profmonitor.model.EducationLevel;
import org.profmonitor.model.Municipality;
import org.profmonitor.model.Organisation;
import org.profmonitor.model.OrganisationKind;
import org.profmonitor.model.ProfmonitorPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Organisation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.profmonitor.model.impl.OrganisationImpl#getShortName <em>Short Name</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.OrganisationImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.OrganisationImpl#getLevels <em>Levels</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.OrganisationImpl#isSynthetic <em>Synthetic</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.OrganisationImpl#getNote <em>Note</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.OrganisationImpl#getMunicipality <em>Municipality</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OrganisationImpl extends CodedImpl implements Organisation {
	/**
	 * The default value of the '{@link #getShortName() <em>Short Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortName()
	 * @generated
	 * @ordered
	 */
	protected static final String SHORT_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getShortName() <em>Short Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortName()
	 * @generated
	 * @ordered
	 */
	protected String shortName = SHORT_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final OrganisationKind KIND_EDEFAULT = OrganisationKind.SECONDARY_SCHOOL;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected OrganisationKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLevels() <em>Levels</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevels()
	 * @generated
	 * @ordered
	 */
	protected EList<EducationLevel> levels;

	/**
	 * The default value of the '{@link #isSynthetic() <em>Synthetic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSynthetic()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SYNTHETIC_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSynthetic() <em>Synthetic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSynthetic()
	 * @generated
	 * @ordered
	 */
	protected boolean synthetic = SYNTHETIC_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OrganisationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProfmonitorPackage.Literals.ORGANISATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getShortName() {
		return shortName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShortName(String newShortName) {
		String oldShortName = shortName;
		shortName = newShortName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.ORGANISATION__SHORT_NAME, oldShortName, shortName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrganisationKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(OrganisationKind newKind) {
		OrganisationKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.ORGANISATION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EducationLevel> getLevels() {
		if (levels == null) {
			levels = new EDataTypeUniqueEList<EducationLevel>(EducationLevel.class, this, ProfmonitorPackage.ORGANISATION__LEVELS);
		}
		return levels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSynthetic() {
		return synthetic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSynthetic(boolean newSynthetic) {
		boolean oldSynthetic = synthetic;
		synthetic = newSynthetic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.ORGANISATION__SYNTHETIC, oldSynthetic, synthetic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.ORGANISATION__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Municipality getMunicipality() {
		if (eContainerFeatureID() != ProfmonitorPackage.ORGANISATION__MUNICIPALITY) return null;
		return (Municipality)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMunicipality(Municipality newMunicipality, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newMunicipality, ProfmonitorPackage.ORGANISATION__MUNICIPALITY, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMunicipality(Municipality newMunicipality) {
		if (newMunicipality != eInternalContainer() || (eContainerFeatureID() != ProfmonitorPackage.ORGANISATION__MUNICIPALITY && newMunicipality != null)) {
			if (EcoreUtil.isAncestor(this, newMunicipality))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newMunicipality != null)
				msgs = ((InternalEObject)newMunicipality).eInverseAdd(this, ProfmonitorPackage.MUNICIPALITY__ORGANISATIONS, Municipality.class, msgs);
			msgs = basicSetMunicipality(newMunicipality, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.ORGANISATION__MUNICIPALITY, newMunicipality, newMunicipality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProfmonitorPackage.ORGANISATION__MUNICIPALITY:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetMunicipality((Municipality)otherEnd, msgs);
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
			case ProfmonitorPackage.ORGANISATION__MUNICIPALITY:
				return basicSetMunicipality(null, msgs);
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
			case ProfmonitorPackage.ORGANISATION__MUNICIPALITY:
				return eInternalContainer().eInverseRemove(this, ProfmonitorPackage.MUNICIPALITY__ORGANISATIONS, Municipality.class, msgs);
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
			case ProfmonitorPackage.ORGANISATION__SHORT_NAME:
				return getShortName();
			case ProfmonitorPackage.ORGANISATION__KIND:
				return getKind();
			case ProfmonitorPackage.ORGANISATION__LEVELS:
				return getLevels();
			case ProfmonitorPackage.ORGANISATION__SYNTHETIC:
				return isSynthetic();
			case ProfmonitorPackage.ORGANISATION__NOTE:
				return getNote();
			case ProfmonitorPackage.ORGANISATION__MUNICIPALITY:
				return getMunicipality();
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
			case ProfmonitorPackage.ORGANISATION__SHORT_NAME:
				setShortName((String)newValue);
				return;
			case ProfmonitorPackage.ORGANISATION__KIND:
				setKind((OrganisationKind)newValue);
				return;
			case ProfmonitorPackage.ORGANISATION__LEVELS:
				getLevels().clear();
				getLevels().addAll((Collection<? extends EducationLevel>)newValue);
				return;
			case ProfmonitorPackage.ORGANISATION__SYNTHETIC:
				setSynthetic((Boolean)newValue);
				return;
			case ProfmonitorPackage.ORGANISATION__NOTE:
				setNote((String)newValue);
				return;
			case ProfmonitorPackage.ORGANISATION__MUNICIPALITY:
				setMunicipality((Municipality)newValue);
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
			case ProfmonitorPackage.ORGANISATION__SHORT_NAME:
				setShortName(SHORT_NAME_EDEFAULT);
				return;
			case ProfmonitorPackage.ORGANISATION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ProfmonitorPackage.ORGANISATION__LEVELS:
				getLevels().clear();
				return;
			case ProfmonitorPackage.ORGANISATION__SYNTHETIC:
				setSynthetic(SYNTHETIC_EDEFAULT);
				return;
			case ProfmonitorPackage.ORGANISATION__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case ProfmonitorPackage.ORGANISATION__MUNICIPALITY:
				setMunicipality((Municipality)null);
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
			case ProfmonitorPackage.ORGANISATION__SHORT_NAME:
				return SHORT_NAME_EDEFAULT == null ? shortName != null : !SHORT_NAME_EDEFAULT.equals(shortName);
			case ProfmonitorPackage.ORGANISATION__KIND:
				return kind != KIND_EDEFAULT;
			case ProfmonitorPackage.ORGANISATION__LEVELS:
				return levels != null && !levels.isEmpty();
			case ProfmonitorPackage.ORGANISATION__SYNTHETIC:
				return synthetic != SYNTHETIC_EDEFAULT;
			case ProfmonitorPackage.ORGANISATION__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case ProfmonitorPackage.ORGANISATION__MUNICIPALITY:
				return getMunicipality() != null;
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
		result.append(" (shortName: ");
		result.append(shortName);
		result.append(", kind: ");
		result.append(kind);
		result.append(", levels: ");
		result.append(levels);
		result.append(", synthetic: ");
		result.append(synthetic);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //OrganisationImpl
