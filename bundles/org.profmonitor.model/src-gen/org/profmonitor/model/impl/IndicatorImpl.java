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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import org.profmonitor.model.Criterion;
import org.profmonitor.model.Direction;
import org.profmonitor.model.EducationLevel;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.ProfmonitorPackage;
import org.profmonitor.model.Target;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Indicator</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.profmonitor.model.impl.IndicatorImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.IndicatorImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.IndicatorImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.IndicatorImpl#getFormula <em>Formula</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.IndicatorImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.IndicatorImpl#getDisaggregations <em>Disaggregations</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.IndicatorImpl#isAssumption <em>Assumption</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.IndicatorImpl#getAssumptionNote <em>Assumption Note</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.IndicatorImpl#getCriterion <em>Criterion</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.IndicatorImpl#getTargets <em>Targets</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IndicatorImpl extends CodedImpl implements Indicator {
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
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final Direction DIRECTION_EDEFAULT = Direction.HIGHER_IS_BETTER;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected Direction direction = DIRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormula() <em>Formula</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormula()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMULA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormula() <em>Formula</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormula()
	 * @generated
	 * @ordered
	 */
	protected String formula = FORMULA_EDEFAULT;

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
	 * The cached value of the '{@link #getDisaggregations() <em>Disaggregations</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisaggregations()
	 * @generated
	 * @ordered
	 */
	protected EList<String> disaggregations;

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
	 * The cached value of the '{@link #getTargets() <em>Targets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<Target> targets;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IndicatorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProfmonitorPackage.Literals.INDICATOR;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.INDICATOR__DESCRIPTION, oldDescription, description));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.INDICATOR__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Direction getDirection() {
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(Direction newDirection) {
		Direction oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.INDICATOR__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormula() {
		return formula;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormula(String newFormula) {
		String oldFormula = formula;
		formula = newFormula;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.INDICATOR__FORMULA, oldFormula, formula));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.INDICATOR__LEVEL, oldLevel, level, !oldLevelESet));
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
			eNotify(new ENotificationImpl(this, Notification.UNSET, ProfmonitorPackage.INDICATOR__LEVEL, oldLevel, LEVEL_EDEFAULT, oldLevelESet));
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
	public EList<String> getDisaggregations() {
		if (disaggregations == null) {
			disaggregations = new EDataTypeUniqueEList<String>(String.class, this, ProfmonitorPackage.INDICATOR__DISAGGREGATIONS);
		}
		return disaggregations;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.INDICATOR__ASSUMPTION, oldAssumption, assumption));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.INDICATOR__ASSUMPTION_NOTE, oldAssumptionNote, assumptionNote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Criterion getCriterion() {
		if (eContainerFeatureID() != ProfmonitorPackage.INDICATOR__CRITERION) return null;
		return (Criterion)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCriterion(Criterion newCriterion, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newCriterion, ProfmonitorPackage.INDICATOR__CRITERION, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCriterion(Criterion newCriterion) {
		if (newCriterion != eInternalContainer() || (eContainerFeatureID() != ProfmonitorPackage.INDICATOR__CRITERION && newCriterion != null)) {
			if (EcoreUtil.isAncestor(this, newCriterion))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newCriterion != null)
				msgs = ((InternalEObject)newCriterion).eInverseAdd(this, ProfmonitorPackage.CRITERION__INDICATORS, Criterion.class, msgs);
			msgs = basicSetCriterion(newCriterion, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.INDICATOR__CRITERION, newCriterion, newCriterion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Target> getTargets() {
		if (targets == null) {
			targets = new EObjectContainmentWithInverseEList<Target>(Target.class, this, ProfmonitorPackage.INDICATOR__TARGETS, ProfmonitorPackage.TARGET__INDICATOR);
		}
		return targets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean formulaValid(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.profmonitor.model.internal.validation.IndicatorConstraints.formulaValid(this, diagnostics, context);
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
			case ProfmonitorPackage.INDICATOR__CRITERION:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetCriterion((Criterion)otherEnd, msgs);
			case ProfmonitorPackage.INDICATOR__TARGETS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getTargets()).basicAdd(otherEnd, msgs);
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
			case ProfmonitorPackage.INDICATOR__CRITERION:
				return basicSetCriterion(null, msgs);
			case ProfmonitorPackage.INDICATOR__TARGETS:
				return ((InternalEList<?>)getTargets()).basicRemove(otherEnd, msgs);
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
			case ProfmonitorPackage.INDICATOR__CRITERION:
				return eInternalContainer().eInverseRemove(this, ProfmonitorPackage.CRITERION__INDICATORS, Criterion.class, msgs);
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
			case ProfmonitorPackage.INDICATOR__DESCRIPTION:
				return getDescription();
			case ProfmonitorPackage.INDICATOR__UNIT:
				return getUnit();
			case ProfmonitorPackage.INDICATOR__DIRECTION:
				return getDirection();
			case ProfmonitorPackage.INDICATOR__FORMULA:
				return getFormula();
			case ProfmonitorPackage.INDICATOR__LEVEL:
				return getLevel();
			case ProfmonitorPackage.INDICATOR__DISAGGREGATIONS:
				return getDisaggregations();
			case ProfmonitorPackage.INDICATOR__ASSUMPTION:
				return isAssumption();
			case ProfmonitorPackage.INDICATOR__ASSUMPTION_NOTE:
				return getAssumptionNote();
			case ProfmonitorPackage.INDICATOR__CRITERION:
				return getCriterion();
			case ProfmonitorPackage.INDICATOR__TARGETS:
				return getTargets();
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
			case ProfmonitorPackage.INDICATOR__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ProfmonitorPackage.INDICATOR__UNIT:
				setUnit((String)newValue);
				return;
			case ProfmonitorPackage.INDICATOR__DIRECTION:
				setDirection((Direction)newValue);
				return;
			case ProfmonitorPackage.INDICATOR__FORMULA:
				setFormula((String)newValue);
				return;
			case ProfmonitorPackage.INDICATOR__LEVEL:
				setLevel((EducationLevel)newValue);
				return;
			case ProfmonitorPackage.INDICATOR__DISAGGREGATIONS:
				getDisaggregations().clear();
				getDisaggregations().addAll((Collection<? extends String>)newValue);
				return;
			case ProfmonitorPackage.INDICATOR__ASSUMPTION:
				setAssumption((Boolean)newValue);
				return;
			case ProfmonitorPackage.INDICATOR__ASSUMPTION_NOTE:
				setAssumptionNote((String)newValue);
				return;
			case ProfmonitorPackage.INDICATOR__CRITERION:
				setCriterion((Criterion)newValue);
				return;
			case ProfmonitorPackage.INDICATOR__TARGETS:
				getTargets().clear();
				getTargets().addAll((Collection<? extends Target>)newValue);
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
			case ProfmonitorPackage.INDICATOR__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ProfmonitorPackage.INDICATOR__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case ProfmonitorPackage.INDICATOR__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case ProfmonitorPackage.INDICATOR__FORMULA:
				setFormula(FORMULA_EDEFAULT);
				return;
			case ProfmonitorPackage.INDICATOR__LEVEL:
				unsetLevel();
				return;
			case ProfmonitorPackage.INDICATOR__DISAGGREGATIONS:
				getDisaggregations().clear();
				return;
			case ProfmonitorPackage.INDICATOR__ASSUMPTION:
				setAssumption(ASSUMPTION_EDEFAULT);
				return;
			case ProfmonitorPackage.INDICATOR__ASSUMPTION_NOTE:
				setAssumptionNote(ASSUMPTION_NOTE_EDEFAULT);
				return;
			case ProfmonitorPackage.INDICATOR__CRITERION:
				setCriterion((Criterion)null);
				return;
			case ProfmonitorPackage.INDICATOR__TARGETS:
				getTargets().clear();
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
			case ProfmonitorPackage.INDICATOR__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ProfmonitorPackage.INDICATOR__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case ProfmonitorPackage.INDICATOR__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case ProfmonitorPackage.INDICATOR__FORMULA:
				return FORMULA_EDEFAULT == null ? formula != null : !FORMULA_EDEFAULT.equals(formula);
			case ProfmonitorPackage.INDICATOR__LEVEL:
				return isSetLevel();
			case ProfmonitorPackage.INDICATOR__DISAGGREGATIONS:
				return disaggregations != null && !disaggregations.isEmpty();
			case ProfmonitorPackage.INDICATOR__ASSUMPTION:
				return assumption != ASSUMPTION_EDEFAULT;
			case ProfmonitorPackage.INDICATOR__ASSUMPTION_NOTE:
				return ASSUMPTION_NOTE_EDEFAULT == null ? assumptionNote != null : !ASSUMPTION_NOTE_EDEFAULT.equals(assumptionNote);
			case ProfmonitorPackage.INDICATOR__CRITERION:
				return getCriterion() != null;
			case ProfmonitorPackage.INDICATOR__TARGETS:
				return targets != null && !targets.isEmpty();
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
			case ProfmonitorPackage.INDICATOR___FORMULA_VALID__DIAGNOSTICCHAIN_MAP:
				return formulaValid((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(", unit: ");
		result.append(unit);
		result.append(", direction: ");
		result.append(direction);
		result.append(", formula: ");
		result.append(formula);
		result.append(", level: ");
		if (levelESet) result.append(level); else result.append("<unset>");
		result.append(", disaggregations: ");
		result.append(disaggregations);
		result.append(", assumption: ");
		result.append(assumption);
		result.append(", assumptionNote: ");
		result.append(assumptionNote);
		result.append(')');
		return result.toString();
	}

} //IndicatorImpl
