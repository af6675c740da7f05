/**
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.profmonitor.model.AddresseeKind;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.ProblemKind;
import org.profmonitor.model.ProfmonitorPackage;
import org.profmonitor.model.RecommendationTemplate;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Recommendation Template</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.profmonitor.model.impl.RecommendationTemplateImpl#getProblemKind <em>Problem Kind</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.RecommendationTemplateImpl#getIndicator <em>Indicator</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.RecommendationTemplateImpl#getAddresseeKind <em>Addressee Kind</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.RecommendationTemplateImpl#getAddressee <em>Addressee</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.RecommendationTemplateImpl#getAction <em>Action</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.RecommendationTemplateImpl#getDeadlineRule <em>Deadline Rule</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.RecommendationTemplateImpl#getResponsible <em>Responsible</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.RecommendationTemplateImpl#isAssumption <em>Assumption</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.RecommendationTemplateImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RecommendationTemplateImpl extends MinimalEObjectImpl.Container implements RecommendationTemplate {
	/**
	 * The default value of the '{@link #getProblemKind() <em>Problem Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProblemKind()
	 * @generated
	 * @ordered
	 */
	protected static final ProblemKind PROBLEM_KIND_EDEFAULT = ProblemKind.BELOW_TARGET;

	/**
	 * The cached value of the '{@link #getProblemKind() <em>Problem Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProblemKind()
	 * @generated
	 * @ordered
	 */
	protected ProblemKind problemKind = PROBLEM_KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getIndicator() <em>Indicator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicator()
	 * @generated
	 * @ordered
	 */
	protected Indicator indicator;

	/**
	 * The default value of the '{@link #getAddresseeKind() <em>Addressee Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddresseeKind()
	 * @generated
	 * @ordered
	 */
	protected static final AddresseeKind ADDRESSEE_KIND_EDEFAULT = AddresseeKind.MINISTRY;

	/**
	 * The cached value of the '{@link #getAddresseeKind() <em>Addressee Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddresseeKind()
	 * @generated
	 * @ordered
	 */
	protected AddresseeKind addresseeKind = ADDRESSEE_KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddressee() <em>Addressee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddressee()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESSEE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddressee() <em>Addressee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddressee()
	 * @generated
	 * @ordered
	 */
	protected String addressee = ADDRESSEE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected String action = ACTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeadlineRule() <em>Deadline Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadlineRule()
	 * @generated
	 * @ordered
	 */
	protected static final String DEADLINE_RULE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeadlineRule() <em>Deadline Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadlineRule()
	 * @generated
	 * @ordered
	 */
	protected String deadlineRule = DEADLINE_RULE_EDEFAULT;

	/**
	 * The default value of the '{@link #getResponsible() <em>Responsible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsible()
	 * @generated
	 * @ordered
	 */
	protected static final String RESPONSIBLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResponsible() <em>Responsible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsible()
	 * @generated
	 * @ordered
	 */
	protected String responsible = RESPONSIBLE_EDEFAULT;

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
	protected RecommendationTemplateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProfmonitorPackage.Literals.RECOMMENDATION_TEMPLATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProblemKind getProblemKind() {
		return problemKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProblemKind(ProblemKind newProblemKind) {
		ProblemKind oldProblemKind = problemKind;
		problemKind = newProblemKind == null ? PROBLEM_KIND_EDEFAULT : newProblemKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.RECOMMENDATION_TEMPLATE__PROBLEM_KIND, oldProblemKind, problemKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Indicator getIndicator() {
		if (indicator != null && indicator.eIsProxy()) {
			InternalEObject oldIndicator = (InternalEObject)indicator;
			indicator = (Indicator)eResolveProxy(oldIndicator);
			if (indicator != oldIndicator) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProfmonitorPackage.RECOMMENDATION_TEMPLATE__INDICATOR, oldIndicator, indicator));
			}
		}
		return indicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Indicator basicGetIndicator() {
		return indicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndicator(Indicator newIndicator) {
		Indicator oldIndicator = indicator;
		indicator = newIndicator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.RECOMMENDATION_TEMPLATE__INDICATOR, oldIndicator, indicator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AddresseeKind getAddresseeKind() {
		return addresseeKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddresseeKind(AddresseeKind newAddresseeKind) {
		AddresseeKind oldAddresseeKind = addresseeKind;
		addresseeKind = newAddresseeKind == null ? ADDRESSEE_KIND_EDEFAULT : newAddresseeKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.RECOMMENDATION_TEMPLATE__ADDRESSEE_KIND, oldAddresseeKind, addresseeKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddressee() {
		return addressee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddressee(String newAddressee) {
		String oldAddressee = addressee;
		addressee = newAddressee;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.RECOMMENDATION_TEMPLATE__ADDRESSEE, oldAddressee, addressee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAction() {
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAction(String newAction) {
		String oldAction = action;
		action = newAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.RECOMMENDATION_TEMPLATE__ACTION, oldAction, action));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDeadlineRule() {
		return deadlineRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeadlineRule(String newDeadlineRule) {
		String oldDeadlineRule = deadlineRule;
		deadlineRule = newDeadlineRule;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.RECOMMENDATION_TEMPLATE__DEADLINE_RULE, oldDeadlineRule, deadlineRule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResponsible() {
		return responsible;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponsible(String newResponsible) {
		String oldResponsible = responsible;
		responsible = newResponsible;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.RECOMMENDATION_TEMPLATE__RESPONSIBLE, oldResponsible, responsible));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.RECOMMENDATION_TEMPLATE__ASSUMPTION, oldAssumption, assumption));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.RECOMMENDATION_TEMPLATE__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProfmonitorPackage.RECOMMENDATION_TEMPLATE__PROBLEM_KIND:
				return getProblemKind();
			case ProfmonitorPackage.RECOMMENDATION_TEMPLATE__INDICATOR:
				if (resolve) return getIndicator();
				return basicGetIndicator();
			case ProfmonitorPackage.RECOMMENDATION_TEMPLATE__ADDRESSEE_KIND:
				return getAddresseeKind();
			case ProfmonitorPackage.RECOMMENDATION_TEMPLATE__ADDRESSEE:
				return getAddressee();
			case ProfmonitorPackage.RECOMMENDATION_TEMPLATE__ACTION:
				return getAction();
			case ProfmonitorPackage.RECOMMENDATION_TEMPLATE__DEADLINE_RULE:
				return getDeadlineRule();
			case ProfmonitorPackage.RECOMMENDATION_TEMPLATE__RESPONSIBLE:
				return getResponsible();
			case ProfmonitorPackage.RECOMMENDATION_TEMPLATE__ASSUMPTION:
				return isAssumption();
			case ProfmonitorPackage.RECOMMENDATION_TEMPLATE__NOTE:
				return getNote();
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
			case ProfmonitorPackage.RECOMMENDATION_TEMPLATE__PROBLEM_KIND:
				setProblemKind((ProblemKind)newValue);
				return;
			case ProfmonitorPackage.RECOMMENDATION_TEMPLATE__INDICATOR:
				setIndicator((Indicator)newValue);
				return;
			case ProfmonitorPackage.RECOMMENDATION_TEMPLATE__ADDRESSEE_KIND:
				setAddresseeKind((AddresseeKind)newValue);
				return;
			case ProfmonitorPackage.RECOMMENDATION_TEMPLATE__ADDRESSEE:
				setAddressee((String)newValue);
				return;
			case ProfmonitorPackage.RECOMMENDATION_TEMPLATE__ACTION:
				setAction((String)newValue);
				return;
			case ProfmonitorPackage.RECOMMENDATION_TEMPLATE__DEADLINE_RULE:
				setDeadlineRule((String)newValue);
				return;
			case ProfmonitorPackage.RECOMMENDATION_TEMPLATE__RESPONSIBLE:
				setResponsible((String)newValue);
				return;
			case ProfmonitorPackage.RECOMMENDATION_TEMPLATE__ASSUMPTION:
				setAssumption((Boolean)newValue);
				return;
			case ProfmonitorPackage.RECOMMENDATION_TEMPLATE__NOTE:
				setNote((String)newValue);
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
			case ProfmonitorPackage.RECOMMENDATION_TEMPLATE__PROBLEM_KIND:
				setProblemKind(PROBLEM_KIND_EDEFAULT);
				return;
			case ProfmonitorPackage.RECOMMENDATION_TEMPLATE__INDICATOR:
				setIndicator((Indicator)null);
				return;
			case ProfmonitorPackage.RECOMMENDATION_TEMPLATE__ADDRESSEE_KIND:
				setAddresseeKind(ADDRESSEE_KIND_EDEFAULT);
				return;
			case ProfmonitorPackage.RECOMMENDATION_TEMPLATE__ADDRESSEE:
				setAddressee(ADDRESSEE_EDEFAULT);
				return;
			case ProfmonitorPackage.RECOMMENDATION_TEMPLATE__ACTION:
				setAction(ACTION_EDEFAULT);
				return;
			case ProfmonitorPackage.RECOMMENDATION_TEMPLATE__DEADLINE_RULE:
				setDeadlineRule(DEADLINE_RULE_EDEFAULT);
				return;
			case ProfmonitorPackage.RECOMMENDATION_TEMPLATE__RESPONSIBLE:
				setResponsible(RESPONSIBLE_EDEFAULT);
				return;
			case ProfmonitorPackage.RECOMMENDATION_TEMPLATE__ASSUMPTION:
				setAssumption(ASSUMPTION_EDEFAULT);
				return;
			case ProfmonitorPackage.RECOMMENDATION_TEMPLATE__NOTE:
				setNote(NOTE_EDEFAULT);
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
			case ProfmonitorPackage.RECOMMENDATION_TEMPLATE__PROBLEM_KIND:
				return problemKind != PROBLEM_KIND_EDEFAULT;
			case ProfmonitorPackage.RECOMMENDATION_TEMPLATE__INDICATOR:
				return indicator != null;
			case ProfmonitorPackage.RECOMMENDATION_TEMPLATE__ADDRESSEE_KIND:
				return addresseeKind != ADDRESSEE_KIND_EDEFAULT;
			case ProfmonitorPackage.RECOMMENDATION_TEMPLATE__ADDRESSEE:
				return ADDRESSEE_EDEFAULT == null ? addressee != null : !ADDRESSEE_EDEFAULT.equals(addressee);
			case ProfmonitorPackage.RECOMMENDATION_TEMPLATE__ACTION:
				return ACTION_EDEFAULT == null ? action != null : !ACTION_EDEFAULT.equals(action);
			case ProfmonitorPackage.RECOMMENDATION_TEMPLATE__DEADLINE_RULE:
				return DEADLINE_RULE_EDEFAULT == null ? deadlineRule != null : !DEADLINE_RULE_EDEFAULT.equals(deadlineRule);
			case ProfmonitorPackage.RECOMMENDATION_TEMPLATE__RESPONSIBLE:
				return RESPONSIBLE_EDEFAULT == null ? responsible != null : !RESPONSIBLE_EDEFAULT.equals(responsible);
			case ProfmonitorPackage.RECOMMENDATION_TEMPLATE__ASSUMPTION:
				return assumption != ASSUMPTION_EDEFAULT;
			case ProfmonitorPackage.RECOMMENDATION_TEMPLATE__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
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
		result.append(" (problemKind: ");
		result.append(problemKind);
		result.append(", addresseeKind: ");
		result.append(addresseeKind);
		result.append(", addressee: ");
		result.append(addressee);
		result.append(", action: ");
		result.append(action);
		result.append(", deadlineRule: ");
		result.append(deadlineRule);
		result.append(", responsible: ");
		result.append(responsible);
		result.append(", assumption: ");
		result.append(assumption);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //RecommendationTemplateImpl
