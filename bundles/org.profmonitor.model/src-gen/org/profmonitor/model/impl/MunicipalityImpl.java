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
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import org.profmonitor.model.Directory;
import org.profmonitor.model.Municipality;
import org.profmonitor.model.MunicipalityKind;
import org.profmonitor.model.Organisation;
import org.profmonitor.model.ProfmonitorPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Municipality</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.profmonitor.model.impl.MunicipalityImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.MunicipalityImpl#getShortName <em>Short Name</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.MunicipalityImpl#getFormerNames <em>Former Names</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.MunicipalityImpl#getDirectory <em>Directory</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.MunicipalityImpl#getOrganisations <em>Organisations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MunicipalityImpl extends CodedImpl implements Municipality {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final MunicipalityKind KIND_EDEFAULT = MunicipalityKind.DISTRICT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected MunicipalityKind kind = KIND_EDEFAULT;

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
	 * The cached value of the '{@link #getFormerNames() <em>Former Names</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormerNames()
	 * @generated
	 * @ordered
	 */
	protected EList<String> formerNames;

	/**
	 * The cached value of the '{@link #getOrganisations() <em>Organisations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisations()
	 * @generated
	 * @ordered
	 */
	protected EList<Organisation> organisations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MunicipalityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProfmonitorPackage.Literals.MUNICIPALITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MunicipalityKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(MunicipalityKind newKind) {
		MunicipalityKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.MUNICIPALITY__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.MUNICIPALITY__SHORT_NAME, oldShortName, shortName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFormerNames() {
		if (formerNames == null) {
			formerNames = new EDataTypeUniqueEList<String>(String.class, this, ProfmonitorPackage.MUNICIPALITY__FORMER_NAMES);
		}
		return formerNames;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Directory getDirectory() {
		if (eContainerFeatureID() != ProfmonitorPackage.MUNICIPALITY__DIRECTORY) return null;
		return (Directory)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDirectory(Directory newDirectory, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newDirectory, ProfmonitorPackage.MUNICIPALITY__DIRECTORY, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirectory(Directory newDirectory) {
		if (newDirectory != eInternalContainer() || (eContainerFeatureID() != ProfmonitorPackage.MUNICIPALITY__DIRECTORY && newDirectory != null)) {
			if (EcoreUtil.isAncestor(this, newDirectory))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newDirectory != null)
				msgs = ((InternalEObject)newDirectory).eInverseAdd(this, ProfmonitorPackage.DIRECTORY__MUNICIPALITIES, Directory.class, msgs);
			msgs = basicSetDirectory(newDirectory, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.MUNICIPALITY__DIRECTORY, newDirectory, newDirectory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organisation> getOrganisations() {
		if (organisations == null) {
			organisations = new EObjectContainmentWithInverseEList<Organisation>(Organisation.class, this, ProfmonitorPackage.MUNICIPALITY__ORGANISATIONS, ProfmonitorPackage.ORGANISATION__MUNICIPALITY);
		}
		return organisations;
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
			case ProfmonitorPackage.MUNICIPALITY__DIRECTORY:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetDirectory((Directory)otherEnd, msgs);
			case ProfmonitorPackage.MUNICIPALITY__ORGANISATIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getOrganisations()).basicAdd(otherEnd, msgs);
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
			case ProfmonitorPackage.MUNICIPALITY__DIRECTORY:
				return basicSetDirectory(null, msgs);
			case ProfmonitorPackage.MUNICIPALITY__ORGANISATIONS:
				return ((InternalEList<?>)getOrganisations()).basicRemove(otherEnd, msgs);
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
			case ProfmonitorPackage.MUNICIPALITY__DIRECTORY:
				return eInternalContainer().eInverseRemove(this, ProfmonitorPackage.DIRECTORY__MUNICIPALITIES, Directory.class, msgs);
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
			case ProfmonitorPackage.MUNICIPALITY__KIND:
				return getKind();
			case ProfmonitorPackage.MUNICIPALITY__SHORT_NAME:
				return getShortName();
			case ProfmonitorPackage.MUNICIPALITY__FORMER_NAMES:
				return getFormerNames();
			case ProfmonitorPackage.MUNICIPALITY__DIRECTORY:
				return getDirectory();
			case ProfmonitorPackage.MUNICIPALITY__ORGANISATIONS:
				return getOrganisations();
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
			case ProfmonitorPackage.MUNICIPALITY__KIND:
				setKind((MunicipalityKind)newValue);
				return;
			case ProfmonitorPackage.MUNICIPALITY__SHORT_NAME:
				setShortName((String)newValue);
				return;
			case ProfmonitorPackage.MUNICIPALITY__FORMER_NAMES:
				getFormerNames().clear();
				getFormerNames().addAll((Collection<? extends String>)newValue);
				return;
			case ProfmonitorPackage.MUNICIPALITY__DIRECTORY:
				setDirectory((Directory)newValue);
				return;
			case ProfmonitorPackage.MUNICIPALITY__ORGANISATIONS:
				getOrganisations().clear();
				getOrganisations().addAll((Collection<? extends Organisation>)newValue);
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
			case ProfmonitorPackage.MUNICIPALITY__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ProfmonitorPackage.MUNICIPALITY__SHORT_NAME:
				setShortName(SHORT_NAME_EDEFAULT);
				return;
			case ProfmonitorPackage.MUNICIPALITY__FORMER_NAMES:
				getFormerNames().clear();
				return;
			case ProfmonitorPackage.MUNICIPALITY__DIRECTORY:
				setDirectory((Directory)null);
				return;
			case ProfmonitorPackage.MUNICIPALITY__ORGANISATIONS:
				getOrganisations().clear();
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
			case ProfmonitorPackage.MUNICIPALITY__KIND:
				return kind != KIND_EDEFAULT;
			case ProfmonitorPackage.MUNICIPALITY__SHORT_NAME:
				return SHORT_NAME_EDEFAULT == null ? shortName != null : !SHORT_NAME_EDEFAULT.equals(shortName);
			case ProfmonitorPackage.MUNICIPALITY__FORMER_NAMES:
				return formerNames != null && !formerNames.isEmpty();
			case ProfmonitorPackage.MUNICIPALITY__DIRECTORY:
				return getDirectory() != null;
			case ProfmonitorPackage.MUNICIPALITY__ORGANISATIONS:
				return organisations != null && !organisations.isEmpty();
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
		result.append(", shortName: ");
		result.append(shortName);
		result.append(", formerNames: ");
		result.append(formerNames);
		result.append(')');
		return result.toString();
	}

} //MunicipalityImpl
