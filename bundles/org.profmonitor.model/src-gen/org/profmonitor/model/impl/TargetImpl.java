/**
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EcoreUtil;

import org.profmonitor.model.EducationLevel;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.ProfmonitorPackage;
import org.profmonitor.model.Target;
import org.profmonitor.model.TargetKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Target</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.profmonitor.model.impl.TargetImpl#getIndicator <em>Indicator</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.TargetImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.TargetImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.TargetImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.TargetImpl#getMunicipalityCode <em>Municipality Code</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.TargetImpl#getAcademicYear <em>Academic Year</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.TargetImpl#isAssumption <em>Assumption</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.TargetImpl#getAssumptionNote <em>Assumption Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TargetImpl extends MinimalEObjectImpl.Container implements Target {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final TargetKind KIND_EDEFAULT = TargetKind.VALUE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected TargetKind kind = KIND_EDEFAULT;

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
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final EducationLevel LEVEL_EDEFAULT = EducationLevel.PRESCHOOL;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected EducationLevel level = LEVEL_EDEFAULT;

	/**
	 * This is true if the Level attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean levelESet;

	/**
	 * The default value of the '{@link #getMunicipalityCode() <em>Municipality Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMunicipalityCode()
	 * @generated
	 * @ordered
	 */
	protected static final String MUNICIPALITY_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMunicipalityCode() <em>Municipality Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMunicipalityCode()
	 * @generated
	 * @ordered
	 */
	protected String municipalityCode = MUNICIPALITY_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAcademicYear() <em>Academic Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcademicYear()
	 * @generated
	 * @ordered
	 */
	protected static final String ACADEMIC_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAcademicYear() <em>Academic Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcademicYear()
	 * @generated
	 * @ordered
	 */
	protected String academicYear = ACADEMIC_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #isAssumption() <em>Assumption</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAssumption()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ASSUMPTION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAssumption() <em>Assumption</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAssumption()
	 * @generated
	 * @ordered
	 */
	protected boolean assumption = ASSUMPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getAssumptionNote() <em>Assumption Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssumptionNote()
	 * @generated
	 * @ordered
	 */
	protected static final String ASSUMPTION_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAssumptionNote() <em>Assumption Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssumptionNote()
	 * @generated
	 * @ordered
	 */
	protected String assumptionNote = ASSUMPTION_NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TargetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProfmonitorPackage.Literals.TARGET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Indicator getIndicator() {
		if (eContainerFeatureID() != ProfmonitorPackage.TARGET__INDICATOR) return null;
		return (Indicator)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetIndicator(Indicator newIndicator, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newIndicator, ProfmonitorPackage.TARGET__INDICATOR, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndicator(Indicator newIndicator) {
		if (newIndicator != eInternalContainer() || (eContainerFeatureID() != ProfmonitorPackage.TARGET__INDICATOR && newIndicator != null)) {
			if (EcoreUtil.isAncestor(this, newIndicator))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newIndicator != null)
				msgs = ((InternalEObject)newIndicator).eInverseAdd(this, ProfmonitorPackage.INDICATOR__TARGETS, Indicator.class, msgs);
			msgs = basicSetIndicator(newIndicator, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.TARGET__INDICATOR, newIndicator, newIndicator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TargetKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(TargetKind newKind) {
		TargetKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.TARGET__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.TARGET__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EducationLevel getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(EducationLevel newLevel) {
		EducationLevel oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		boolean oldLevelESet = levelESet;
		levelESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.TARGET__LEVEL, oldLevel, level, !oldLevelESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetLevel() {
		EducationLevel oldLevel = level;
		boolean oldLevelESet = levelESet;
		level = LEVEL_EDEFAULT;
		levelESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ProfmonitorPackage.TARGET__LEVEL, oldLevel, LEVEL_EDEFAULT, oldLevelESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetLevel() {
		return levelESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMunicipalityCode() {
		return municipalityCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMunicipalityCode(String newMunicipalityCode) {
		String oldMunicipalityCode = municipalityCode;
		municipalityCode = newMunicipalityCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.TARGET__MUNICIPALITY_CODE, oldMunicipalityCode, municipalityCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAcademicYear() {
		return academicYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcademicYear(String newAcademicYear) {
		String oldAcademicYear = academicYear;
		academicYear = newAcademicYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.TARGET__ACADEMIC_YEAR, oldAcademicYear, academicYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAssumption() {
		return assumption;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssumption(boolean newAssumption) {
		boolean oldAssumption = assumption;
		assumption = newAssumption;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.TARGET__ASSUMPTION, oldAssumption, assumption));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAssumptionNote() {
		return assumptionNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssumptionNote(String newAssumptionNote) {
		String oldAssumptionNote = assumptionNote;
		assumptionNote = newAssumptionNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.TARGET__ASSUMPTION_NOTE, oldAssumptionNote, assumptionNote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean valueInRange(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.profmonitor.model.internal.validation.TargetConstraints.valueInRange(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProfmonitorPackage.TARGET__INDICATOR:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetIndicator((Indicator)otherEnd, msgs);
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
			case ProfmonitorPackage.TARGET__INDICATOR:
				return basicSetIndicator(null, msgs);
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
			case ProfmonitorPackage.TARGET__INDICATOR:
				return eInternalContainer().eInverseRemove(this, ProfmonitorPackage.INDICATOR__TARGETS, Indicator.class, msgs);
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
			case ProfmonitorPackage.TARGET__INDICATOR:
				return getIndicator();
			case ProfmonitorPackage.TARGET__KIND:
				return getKind();
			case ProfmonitorPackage.TARGET__VALUE:
				return getValue();
			case ProfmonitorPackage.TARGET__LEVEL:
				return getLevel();
			case ProfmonitorPackage.TARGET__MUNICIPALITY_CODE:
				return getMunicipalityCode();
			case ProfmonitorPackage.TARGET__ACADEMIC_YEAR:
				return getAcademicYear();
			case ProfmonitorPackage.TARGET__ASSUMPTION:
				return isAssumption();
			case ProfmonitorPackage.TARGET__ASSUMPTION_NOTE:
				return getAssumptionNote();
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
			case ProfmonitorPackage.TARGET__INDICATOR:
				setIndicator((Indicator)newValue);
				return;
			case ProfmonitorPackage.TARGET__KIND:
				setKind((TargetKind)newValue);
				return;
			case ProfmonitorPackage.TARGET__VALUE:
				setValue((Double)newValue);
				return;
			case ProfmonitorPackage.TARGET__LEVEL:
				setLevel((EducationLevel)newValue);
				return;
			case ProfmonitorPackage.TARGET__MUNICIPALITY_CODE:
				setMunicipalityCode((String)newValue);
				return;
			case ProfmonitorPackage.TARGET__ACADEMIC_YEAR:
				setAcademicYear((String)newValue);
				return;
			case ProfmonitorPackage.TARGET__ASSUMPTION:
				setAssumption((Boolean)newValue);
				return;
			case ProfmonitorPackage.TARGET__ASSUMPTION_NOTE:
				setAssumptionNote((String)newValue);
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
			case ProfmonitorPackage.TARGET__INDICATOR:
				setIndicator((Indicator)null);
				return;
			case ProfmonitorPackage.TARGET__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ProfmonitorPackage.TARGET__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case ProfmonitorPackage.TARGET__LEVEL:
				unsetLevel();
				return;
			case ProfmonitorPackage.TARGET__MUNICIPALITY_CODE:
				setMunicipalityCode(MUNICIPALITY_CODE_EDEFAULT);
				return;
			case ProfmonitorPackage.TARGET__ACADEMIC_YEAR:
				setAcademicYear(ACADEMIC_YEAR_EDEFAULT);
				return;
			case ProfmonitorPackage.TARGET__ASSUMPTION:
				setAssumption(ASSUMPTION_EDEFAULT);
				return;
			case ProfmonitorPackage.TARGET__ASSUMPTION_NOTE:
				setAssumptionNote(ASSUMPTION_NOTE_EDEFAULT);
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
			case ProfmonitorPackage.TARGET__INDICATOR:
				return getIndicator() != null;
			case ProfmonitorPackage.TARGET__KIND:
				return kind != KIND_EDEFAULT;
			case ProfmonitorPackage.TARGET__VALUE:
				return VALUE_EDEFAULT == null ? value != null : !VALUE_EDEFAULT.equals(value);
			case ProfmonitorPackage.TARGET__LEVEL:
				return isSetLevel();
			case ProfmonitorPackage.TARGET__MUNICIPALITY_CODE:
				return MUNICIPALITY_CODE_EDEFAULT == null ? municipalityCode != null : !MUNICIPALITY_CODE_EDEFAULT.equals(municipalityCode);
			case ProfmonitorPackage.TARGET__ACADEMIC_YEAR:
				return ACADEMIC_YEAR_EDEFAULT == null ? academicYear != null : !ACADEMIC_YEAR_EDEFAULT.equals(academicYear);
			case ProfmonitorPackage.TARGET__ASSUMPTION:
				return assumption != ASSUMPTION_EDEFAULT;
			case ProfmonitorPackage.TARGET__ASSUMPTION_NOTE:
				return ASSUMPTION_NOTE_EDEFAULT == null ? assumptionNote != null : !ASSUMPTION_NOTE_EDEFAULT.equals(assumptionNote);
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
			case ProfmonitorPackage.TARGET___VALUE_IN_RANGE__DIAGNOSTICCHAIN_MAP:
				return valueInRange((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", value: ");
		result.append(value);
		result.append(", level: ");
		if (levelESet) result.append(level); else result.append("<unset>");
		result.append(", municipalityCode: ");
		result.append(municipalityCode);
		result.append(", academicYear: ");
		result.append(academicYear);
		result.append(", assumption: ");
		result.append(assumption);
		result.append(", assumptionNote: ");
		result.append(assumptionNote);
		result.append(')');
		return result.toString();
	}

} //TargetImpl
