/**
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model.impl;

import java.time.LocalDate;

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

import org.profmonitor.model.AddresseeKind;
import org.profmonitor.model.Decision;
import org.profmonitor.model.Problem;
import org.profmonitor.model.ProfmonitorPackage;
import org.profmonitor.model.Recommendation;
import org.profmonitor.model.RecommendationStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Recommendation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.profmonitor.model.impl.RecommendationImpl#getAddresseeKind <em>Addressee Kind</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.RecommendationImpl#getAddressee <em>Addressee</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.RecommendationImpl#getOrganisationCode <em>Organisation Code</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.RecommendationImpl#getMunicipalityCode <em>Municipality Code</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.RecommendationImpl#getAction <em>Action</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.RecommendationImpl#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.RecommendationImpl#getDeadlineText <em>Deadline Text</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.RecommendationImpl#getResponsible <em>Responsible</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.RecommendationImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.RecommendationImpl#getProblem <em>Problem</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.RecommendationImpl#getIndicatorCode <em>Indicator Code</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.RecommendationImpl#getDecisions <em>Decisions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RecommendationImpl extends MinimalEObjectImpl.Container implements Recommendation {
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
	 * The default value of the '{@link #getDeadline() <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadline()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DEADLINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeadline() <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadline()
	 * @generated
	 * @ordered
	 */
	protected LocalDate deadline = DEADLINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeadlineText() <em>Deadline Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadlineText()
	 * @generated
	 * @ordered
	 */
	protected static final String DEADLINE_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeadlineText() <em>Deadline Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadlineText()
	 * @generated
	 * @ordered
	 */
	protected String deadlineText = DEADLINE_TEXT_EDEFAULT;

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
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final RecommendationStatus STATUS_EDEFAULT = RecommendationStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected RecommendationStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProblem() <em>Problem</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProblem()
	 * @generated
	 * @ordered
	 */
	protected Problem problem;

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
	 * The cached value of the '{@link #getDecisions() <em>Decisions</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisions()
	 * @generated
	 * @ordered
	 */
	protected EList<Decision> decisions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RecommendationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProfmonitorPackage.Literals.RECOMMENDATION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.RECOMMENDATION__ADDRESSEE_KIND, oldAddresseeKind, addresseeKind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.RECOMMENDATION__ADDRESSEE, oldAddressee, addressee));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.RECOMMENDATION__ORGANISATION_CODE, oldOrganisationCode, organisationCode));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.RECOMMENDATION__MUNICIPALITY_CODE, oldMunicipalityCode, municipalityCode));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.RECOMMENDATION__ACTION, oldAction, action));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDeadline() {
		return deadline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeadline(LocalDate newDeadline) {
		LocalDate oldDeadline = deadline;
		deadline = newDeadline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.RECOMMENDATION__DEADLINE, oldDeadline, deadline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDeadlineText() {
		return deadlineText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeadlineText(String newDeadlineText) {
		String oldDeadlineText = deadlineText;
		deadlineText = newDeadlineText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.RECOMMENDATION__DEADLINE_TEXT, oldDeadlineText, deadlineText));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.RECOMMENDATION__RESPONSIBLE, oldResponsible, responsible));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecommendationStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(RecommendationStatus newStatus) {
		RecommendationStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.RECOMMENDATION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Problem getProblem() {
		if (problem != null && problem.eIsProxy()) {
			InternalEObject oldProblem = (InternalEObject)problem;
			problem = (Problem)eResolveProxy(oldProblem);
			if (problem != oldProblem) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProfmonitorPackage.RECOMMENDATION__PROBLEM, oldProblem, problem));
			}
		}
		return problem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Problem basicGetProblem() {
		return problem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProblem(Problem newProblem, NotificationChain msgs) {
		Problem oldProblem = problem;
		problem = newProblem;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.RECOMMENDATION__PROBLEM, oldProblem, newProblem);
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
	public void setProblem(Problem newProblem) {
		if (newProblem != problem) {
			NotificationChain msgs = null;
			if (problem != null)
				msgs = ((InternalEObject)problem).eInverseRemove(this, ProfmonitorPackage.PROBLEM__RECOMMENDATIONS, Problem.class, msgs);
			if (newProblem != null)
				msgs = ((InternalEObject)newProblem).eInverseAdd(this, ProfmonitorPackage.PROBLEM__RECOMMENDATIONS, Problem.class, msgs);
			msgs = basicSetProblem(newProblem, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.RECOMMENDATION__PROBLEM, newProblem, newProblem));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.RECOMMENDATION__INDICATOR_CODE, oldIndicatorCode, indicatorCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Decision> getDecisions() {
		if (decisions == null) {
			decisions = new EObjectWithInverseResolvingEList.ManyInverse<Decision>(Decision.class, this, ProfmonitorPackage.RECOMMENDATION__DECISIONS, ProfmonitorPackage.DECISION__ADOPTED_RECOMMENDATIONS);
		}
		return decisions;
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
			case ProfmonitorPackage.RECOMMENDATION__PROBLEM:
				if (problem != null)
					msgs = ((InternalEObject)problem).eInverseRemove(this, ProfmonitorPackage.PROBLEM__RECOMMENDATIONS, Problem.class, msgs);
				return basicSetProblem((Problem)otherEnd, msgs);
			case ProfmonitorPackage.RECOMMENDATION__DECISIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getDecisions()).basicAdd(otherEnd, msgs);
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
			case ProfmonitorPackage.RECOMMENDATION__PROBLEM:
				return basicSetProblem(null, msgs);
			case ProfmonitorPackage.RECOMMENDATION__DECISIONS:
				return ((InternalEList<?>)getDecisions()).basicRemove(otherEnd, msgs);
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
			case ProfmonitorPackage.RECOMMENDATION__ADDRESSEE_KIND:
				return getAddresseeKind();
			case ProfmonitorPackage.RECOMMENDATION__ADDRESSEE:
				return getAddressee();
			case ProfmonitorPackage.RECOMMENDATION__ORGANISATION_CODE:
				return getOrganisationCode();
			case ProfmonitorPackage.RECOMMENDATION__MUNICIPALITY_CODE:
				return getMunicipalityCode();
			case ProfmonitorPackage.RECOMMENDATION__ACTION:
				return getAction();
			case ProfmonitorPackage.RECOMMENDATION__DEADLINE:
				return getDeadline();
			case ProfmonitorPackage.RECOMMENDATION__DEADLINE_TEXT:
				return getDeadlineText();
			case ProfmonitorPackage.RECOMMENDATION__RESPONSIBLE:
				return getResponsible();
			case ProfmonitorPackage.RECOMMENDATION__STATUS:
				return getStatus();
			case ProfmonitorPackage.RECOMMENDATION__PROBLEM:
				if (resolve) return getProblem();
				return basicGetProblem();
			case ProfmonitorPackage.RECOMMENDATION__INDICATOR_CODE:
				return getIndicatorCode();
			case ProfmonitorPackage.RECOMMENDATION__DECISIONS:
				return getDecisions();
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
			case ProfmonitorPackage.RECOMMENDATION__ADDRESSEE_KIND:
				setAddresseeKind((AddresseeKind)newValue);
				return;
			case ProfmonitorPackage.RECOMMENDATION__ADDRESSEE:
				setAddressee((String)newValue);
				return;
			case ProfmonitorPackage.RECOMMENDATION__ORGANISATION_CODE:
				setOrganisationCode((String)newValue);
				return;
			case ProfmonitorPackage.RECOMMENDATION__MUNICIPALITY_CODE:
				setMunicipalityCode((String)newValue);
				return;
			case ProfmonitorPackage.RECOMMENDATION__ACTION:
				setAction((String)newValue);
				return;
			case ProfmonitorPackage.RECOMMENDATION__DEADLINE:
				setDeadline((LocalDate)newValue);
				return;
			case ProfmonitorPackage.RECOMMENDATION__DEADLINE_TEXT:
				setDeadlineText((String)newValue);
				return;
			case ProfmonitorPackage.RECOMMENDATION__RESPONSIBLE:
				setResponsible((String)newValue);
				return;
			case ProfmonitorPackage.RECOMMENDATION__STATUS:
				setStatus((RecommendationStatus)newValue);
				return;
			case ProfmonitorPackage.RECOMMENDATION__PROBLEM:
				setProblem((Problem)newValue);
				return;
			case ProfmonitorPackage.RECOMMENDATION__INDICATOR_CODE:
				setIndicatorCode((String)newValue);
				return;
			case ProfmonitorPackage.RECOMMENDATION__DECISIONS:
				getDecisions().clear();
				getDecisions().addAll((Collection<? extends Decision>)newValue);
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
			case ProfmonitorPackage.RECOMMENDATION__ADDRESSEE_KIND:
				setAddresseeKind(ADDRESSEE_KIND_EDEFAULT);
				return;
			case ProfmonitorPackage.RECOMMENDATION__ADDRESSEE:
				setAddressee(ADDRESSEE_EDEFAULT);
				return;
			case ProfmonitorPackage.RECOMMENDATION__ORGANISATION_CODE:
				setOrganisationCode(ORGANISATION_CODE_EDEFAULT);
				return;
			case ProfmonitorPackage.RECOMMENDATION__MUNICIPALITY_CODE:
				setMunicipalityCode(MUNICIPALITY_CODE_EDEFAULT);
				return;
			case ProfmonitorPackage.RECOMMENDATION__ACTION:
				setAction(ACTION_EDEFAULT);
				return;
			case ProfmonitorPackage.RECOMMENDATION__DEADLINE:
				setDeadline(DEADLINE_EDEFAULT);
				return;
			case ProfmonitorPackage.RECOMMENDATION__DEADLINE_TEXT:
				setDeadlineText(DEADLINE_TEXT_EDEFAULT);
				return;
			case ProfmonitorPackage.RECOMMENDATION__RESPONSIBLE:
				setResponsible(RESPONSIBLE_EDEFAULT);
				return;
			case ProfmonitorPackage.RECOMMENDATION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ProfmonitorPackage.RECOMMENDATION__PROBLEM:
				setProblem((Problem)null);
				return;
			case ProfmonitorPackage.RECOMMENDATION__INDICATOR_CODE:
				setIndicatorCode(INDICATOR_CODE_EDEFAULT);
				return;
			case ProfmonitorPackage.RECOMMENDATION__DECISIONS:
				getDecisions().clear();
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
			case ProfmonitorPackage.RECOMMENDATION__ADDRESSEE_KIND:
				return addresseeKind != ADDRESSEE_KIND_EDEFAULT;
			case ProfmonitorPackage.RECOMMENDATION__ADDRESSEE:
				return ADDRESSEE_EDEFAULT == null ? addressee != null : !ADDRESSEE_EDEFAULT.equals(addressee);
			case ProfmonitorPackage.RECOMMENDATION__ORGANISATION_CODE:
				return ORGANISATION_CODE_EDEFAULT == null ? organisationCode != null : !ORGANISATION_CODE_EDEFAULT.equals(organisationCode);
			case ProfmonitorPackage.RECOMMENDATION__MUNICIPALITY_CODE:
				return MUNICIPALITY_CODE_EDEFAULT == null ? municipalityCode != null : !MUNICIPALITY_CODE_EDEFAULT.equals(municipalityCode);
			case ProfmonitorPackage.RECOMMENDATION__ACTION:
				return ACTION_EDEFAULT == null ? action != null : !ACTION_EDEFAULT.equals(action);
			case ProfmonitorPackage.RECOMMENDATION__DEADLINE:
				return DEADLINE_EDEFAULT == null ? deadline != null : !DEADLINE_EDEFAULT.equals(deadline);
			case ProfmonitorPackage.RECOMMENDATION__DEADLINE_TEXT:
				return DEADLINE_TEXT_EDEFAULT == null ? deadlineText != null : !DEADLINE_TEXT_EDEFAULT.equals(deadlineText);
			case ProfmonitorPackage.RECOMMENDATION__RESPONSIBLE:
				return RESPONSIBLE_EDEFAULT == null ? responsible != null : !RESPONSIBLE_EDEFAULT.equals(responsible);
			case ProfmonitorPackage.RECOMMENDATION__STATUS:
				return status != STATUS_EDEFAULT;
			case ProfmonitorPackage.RECOMMENDATION__PROBLEM:
				return problem != null;
			case ProfmonitorPackage.RECOMMENDATION__INDICATOR_CODE:
				return INDICATOR_CODE_EDEFAULT == null ? indicatorCode != null : !INDICATOR_CODE_EDEFAULT.equals(indicatorCode);
			case ProfmonitorPackage.RECOMMENDATION__DECISIONS:
				return decisions != null && !decisions.isEmpty();
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
		result.append(" (addresseeKind: ");
		result.append(addresseeKind);
		result.append(", addressee: ");
		result.append(addressee);
		result.append(", organisationCode: ");
		result.append(organisationCode);
		result.append(", municipalityCode: ");
		result.append(municipalityCode);
		result.append(", action: ");
		result.append(action);
		result.append(", deadline: ");
		result.append(deadline);
		result.append(", deadlineText: ");
		result.append(deadlineText);
		result.append(", responsible: ");
		result.append(responsible);
		result.append(", status: ");
		result.append(status);
		result.append(", indicatorCode: ");
		result.append(indicatorCode);
		result.append(')');
		return result.toString();
	}

} //RecommendationImpl
