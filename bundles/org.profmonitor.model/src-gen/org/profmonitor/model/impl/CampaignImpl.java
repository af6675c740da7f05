/**
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.time.LocalDate;

import java.util.Collection;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.profmonitor.model.Campaign;
import org.profmonitor.model.CampaignStatus;
import org.profmonitor.model.DataValue;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.LegalAct;
import org.profmonitor.model.ProfmonitorPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Campaign</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.profmonitor.model.impl.CampaignImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.CampaignImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.CampaignImpl#getIndicatorSet <em>Indicator Set</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.CampaignImpl#getAcademicYear <em>Academic Year</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.CampaignImpl#getPeriodStart <em>Period Start</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.CampaignImpl#getPeriodEnd <em>Period End</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.CampaignImpl#getSchedule <em>Schedule</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.CampaignImpl#getOpeningOrder <em>Opening Order</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.CampaignImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.CampaignImpl#getPrevious <em>Previous</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.CampaignImpl#getNote <em>Note</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.CampaignImpl#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CampaignImpl extends MinimalEObjectImpl.Container implements Campaign {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getIndicatorSet() <em>Indicator Set</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicatorSet()
	 * @generated
	 * @ordered
	 */
	protected IndicatorSet indicatorSet;

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
	 * The default value of the '{@link #getPeriodStart() <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PERIOD_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriodStart() <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDate periodStart = PERIOD_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodEnd() <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodEnd()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PERIOD_END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriodEnd() <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodEnd()
	 * @generated
	 * @ordered
	 */
	protected LocalDate periodEnd = PERIOD_END_EDEFAULT;

	/**
	 * The default value of the '{@link #getSchedule() <em>Schedule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchedule()
	 * @generated
	 * @ordered
	 */
	protected static final String SCHEDULE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSchedule() <em>Schedule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchedule()
	 * @generated
	 * @ordered
	 */
	protected String schedule = SCHEDULE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOpeningOrder() <em>Opening Order</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpeningOrder()
	 * @generated
	 * @ordered
	 */
	protected LegalAct openingOrder;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final CampaignStatus STATUS_EDEFAULT = CampaignStatus.PLANNED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected CampaignStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPrevious() <em>Previous</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrevious()
	 * @generated
	 * @ordered
	 */
	protected Campaign previous;

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
	 * The cached value of the '{@link #getValues() <em>Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected EList<DataValue> values;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CampaignImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProfmonitorPackage.Literals.CAMPAIGN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.CAMPAIGN__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.CAMPAIGN__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndicatorSet getIndicatorSet() {
		if (indicatorSet != null && indicatorSet.eIsProxy()) {
			InternalEObject oldIndicatorSet = (InternalEObject)indicatorSet;
			indicatorSet = (IndicatorSet)eResolveProxy(oldIndicatorSet);
			if (indicatorSet != oldIndicatorSet) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProfmonitorPackage.CAMPAIGN__INDICATOR_SET, oldIndicatorSet, indicatorSet));
			}
		}
		return indicatorSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IndicatorSet basicGetIndicatorSet() {
		return indicatorSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndicatorSet(IndicatorSet newIndicatorSet) {
		IndicatorSet oldIndicatorSet = indicatorSet;
		indicatorSet = newIndicatorSet;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.CAMPAIGN__INDICATOR_SET, oldIndicatorSet, indicatorSet));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.CAMPAIGN__ACADEMIC_YEAR, oldAcademicYear, academicYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPeriodStart() {
		return periodStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodStart(LocalDate newPeriodStart) {
		LocalDate oldPeriodStart = periodStart;
		periodStart = newPeriodStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.CAMPAIGN__PERIOD_START, oldPeriodStart, periodStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPeriodEnd() {
		return periodEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodEnd(LocalDate newPeriodEnd) {
		LocalDate oldPeriodEnd = periodEnd;
		periodEnd = newPeriodEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.CAMPAIGN__PERIOD_END, oldPeriodEnd, periodEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSchedule() {
		return schedule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSchedule(String newSchedule) {
		String oldSchedule = schedule;
		schedule = newSchedule;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.CAMPAIGN__SCHEDULE, oldSchedule, schedule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LegalAct getOpeningOrder() {
		return openingOrder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOpeningOrder(LegalAct newOpeningOrder, NotificationChain msgs) {
		LegalAct oldOpeningOrder = openingOrder;
		openingOrder = newOpeningOrder;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.CAMPAIGN__OPENING_ORDER, oldOpeningOrder, newOpeningOrder);
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
	public void setOpeningOrder(LegalAct newOpeningOrder) {
		if (newOpeningOrder != openingOrder) {
			NotificationChain msgs = null;
			if (openingOrder != null)
				msgs = ((InternalEObject)openingOrder).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ProfmonitorPackage.CAMPAIGN__OPENING_ORDER, null, msgs);
			if (newOpeningOrder != null)
				msgs = ((InternalEObject)newOpeningOrder).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ProfmonitorPackage.CAMPAIGN__OPENING_ORDER, null, msgs);
			msgs = basicSetOpeningOrder(newOpeningOrder, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.CAMPAIGN__OPENING_ORDER, newOpeningOrder, newOpeningOrder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CampaignStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(CampaignStatus newStatus) {
		CampaignStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.CAMPAIGN__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Campaign getPrevious() {
		if (previous != null && previous.eIsProxy()) {
			InternalEObject oldPrevious = (InternalEObject)previous;
			previous = (Campaign)eResolveProxy(oldPrevious);
			if (previous != oldPrevious) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProfmonitorPackage.CAMPAIGN__PREVIOUS, oldPrevious, previous));
			}
		}
		return previous;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Campaign basicGetPrevious() {
		return previous;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrevious(Campaign newPrevious) {
		Campaign oldPrevious = previous;
		previous = newPrevious;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.CAMPAIGN__PREVIOUS, oldPrevious, previous));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.CAMPAIGN__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataValue> getValues() {
		if (values == null) {
			values = new EObjectContainmentEList<DataValue>(DataValue.class, this, ProfmonitorPackage.CAMPAIGN__VALUES);
		}
		return values;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean partsNotAboveWhole(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.profmonitor.model.internal.validation.CampaignConstraints.partsNotAboveWhole(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean valuesInRange(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.profmonitor.model.internal.validation.CampaignConstraints.valuesInRange(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProfmonitorPackage.CAMPAIGN__OPENING_ORDER:
				return basicSetOpeningOrder(null, msgs);
			case ProfmonitorPackage.CAMPAIGN__VALUES:
				return ((InternalEList<?>)getValues()).basicRemove(otherEnd, msgs);
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
			case ProfmonitorPackage.CAMPAIGN__ID:
				return getId();
			case ProfmonitorPackage.CAMPAIGN__TITLE:
				return getTitle();
			case ProfmonitorPackage.CAMPAIGN__INDICATOR_SET:
				if (resolve) return getIndicatorSet();
				return basicGetIndicatorSet();
			case ProfmonitorPackage.CAMPAIGN__ACADEMIC_YEAR:
				return getAcademicYear();
			case ProfmonitorPackage.CAMPAIGN__PERIOD_START:
				return getPeriodStart();
			case ProfmonitorPackage.CAMPAIGN__PERIOD_END:
				return getPeriodEnd();
			case ProfmonitorPackage.CAMPAIGN__SCHEDULE:
				return getSchedule();
			case ProfmonitorPackage.CAMPAIGN__OPENING_ORDER:
				return getOpeningOrder();
			case ProfmonitorPackage.CAMPAIGN__STATUS:
				return getStatus();
			case ProfmonitorPackage.CAMPAIGN__PREVIOUS:
				if (resolve) return getPrevious();
				return basicGetPrevious();
			case ProfmonitorPackage.CAMPAIGN__NOTE:
				return getNote();
			case ProfmonitorPackage.CAMPAIGN__VALUES:
				return getValues();
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
			case ProfmonitorPackage.CAMPAIGN__ID:
				setId((String)newValue);
				return;
			case ProfmonitorPackage.CAMPAIGN__TITLE:
				setTitle((String)newValue);
				return;
			case ProfmonitorPackage.CAMPAIGN__INDICATOR_SET:
				setIndicatorSet((IndicatorSet)newValue);
				return;
			case ProfmonitorPackage.CAMPAIGN__ACADEMIC_YEAR:
				setAcademicYear((String)newValue);
				return;
			case ProfmonitorPackage.CAMPAIGN__PERIOD_START:
				setPeriodStart((LocalDate)newValue);
				return;
			case ProfmonitorPackage.CAMPAIGN__PERIOD_END:
				setPeriodEnd((LocalDate)newValue);
				return;
			case ProfmonitorPackage.CAMPAIGN__SCHEDULE:
				setSchedule((String)newValue);
				return;
			case ProfmonitorPackage.CAMPAIGN__OPENING_ORDER:
				setOpeningOrder((LegalAct)newValue);
				return;
			case ProfmonitorPackage.CAMPAIGN__STATUS:
				setStatus((CampaignStatus)newValue);
				return;
			case ProfmonitorPackage.CAMPAIGN__PREVIOUS:
				setPrevious((Campaign)newValue);
				return;
			case ProfmonitorPackage.CAMPAIGN__NOTE:
				setNote((String)newValue);
				return;
			case ProfmonitorPackage.CAMPAIGN__VALUES:
				getValues().clear();
				getValues().addAll((Collection<? extends DataValue>)newValue);
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
			case ProfmonitorPackage.CAMPAIGN__ID:
				setId(ID_EDEFAULT);
				return;
			case ProfmonitorPackage.CAMPAIGN__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ProfmonitorPackage.CAMPAIGN__INDICATOR_SET:
				setIndicatorSet((IndicatorSet)null);
				return;
			case ProfmonitorPackage.CAMPAIGN__ACADEMIC_YEAR:
				setAcademicYear(ACADEMIC_YEAR_EDEFAULT);
				return;
			case ProfmonitorPackage.CAMPAIGN__PERIOD_START:
				setPeriodStart(PERIOD_START_EDEFAULT);
				return;
			case ProfmonitorPackage.CAMPAIGN__PERIOD_END:
				setPeriodEnd(PERIOD_END_EDEFAULT);
				return;
			case ProfmonitorPackage.CAMPAIGN__SCHEDULE:
				setSchedule(SCHEDULE_EDEFAULT);
				return;
			case ProfmonitorPackage.CAMPAIGN__OPENING_ORDER:
				setOpeningOrder((LegalAct)null);
				return;
			case ProfmonitorPackage.CAMPAIGN__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ProfmonitorPackage.CAMPAIGN__PREVIOUS:
				setPrevious((Campaign)null);
				return;
			case ProfmonitorPackage.CAMPAIGN__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case ProfmonitorPackage.CAMPAIGN__VALUES:
				getValues().clear();
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
			case ProfmonitorPackage.CAMPAIGN__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ProfmonitorPackage.CAMPAIGN__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ProfmonitorPackage.CAMPAIGN__INDICATOR_SET:
				return indicatorSet != null;
			case ProfmonitorPackage.CAMPAIGN__ACADEMIC_YEAR:
				return ACADEMIC_YEAR_EDEFAULT == null ? academicYear != null : !ACADEMIC_YEAR_EDEFAULT.equals(academicYear);
			case ProfmonitorPackage.CAMPAIGN__PERIOD_START:
				return PERIOD_START_EDEFAULT == null ? periodStart != null : !PERIOD_START_EDEFAULT.equals(periodStart);
			case ProfmonitorPackage.CAMPAIGN__PERIOD_END:
				return PERIOD_END_EDEFAULT == null ? periodEnd != null : !PERIOD_END_EDEFAULT.equals(periodEnd);
			case ProfmonitorPackage.CAMPAIGN__SCHEDULE:
				return SCHEDULE_EDEFAULT == null ? schedule != null : !SCHEDULE_EDEFAULT.equals(schedule);
			case ProfmonitorPackage.CAMPAIGN__OPENING_ORDER:
				return openingOrder != null;
			case ProfmonitorPackage.CAMPAIGN__STATUS:
				return status != STATUS_EDEFAULT;
			case ProfmonitorPackage.CAMPAIGN__PREVIOUS:
				return previous != null;
			case ProfmonitorPackage.CAMPAIGN__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case ProfmonitorPackage.CAMPAIGN__VALUES:
				return values != null && !values.isEmpty();
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
			case ProfmonitorPackage.CAMPAIGN___PARTS_NOT_ABOVE_WHOLE__DIAGNOSTICCHAIN_MAP:
				return partsNotAboveWhole((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ProfmonitorPackage.CAMPAIGN___VALUES_IN_RANGE__DIAGNOSTICCHAIN_MAP:
				return valuesInRange((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (id: ");
		result.append(id);
		result.append(", title: ");
		result.append(title);
		result.append(", academicYear: ");
		result.append(academicYear);
		result.append(", periodStart: ");
		result.append(periodStart);
		result.append(", periodEnd: ");
		result.append(periodEnd);
		result.append(", schedule: ");
		result.append(schedule);
		result.append(", status: ");
		result.append(status);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //CampaignImpl
