/**
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Campaign</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Мониторинг (кампания сбора данных) за учебный год или период.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.profmonitor.model.Campaign#getId <em>Id</em>}</li>
 *   <li>{@link org.profmonitor.model.Campaign#getTitle <em>Title</em>}</li>
 *   <li>{@link org.profmonitor.model.Campaign#getIndicatorSet <em>Indicator Set</em>}</li>
 *   <li>{@link org.profmonitor.model.Campaign#getAcademicYear <em>Academic Year</em>}</li>
 *   <li>{@link org.profmonitor.model.Campaign#getPeriodStart <em>Period Start</em>}</li>
 *   <li>{@link org.profmonitor.model.Campaign#getPeriodEnd <em>Period End</em>}</li>
 *   <li>{@link org.profmonitor.model.Campaign#getSchedule <em>Schedule</em>}</li>
 *   <li>{@link org.profmonitor.model.Campaign#getOpeningOrder <em>Opening Order</em>}</li>
 *   <li>{@link org.profmonitor.model.Campaign#getStatus <em>Status</em>}</li>
 *   <li>{@link org.profmonitor.model.Campaign#getPrevious <em>Previous</em>}</li>
 *   <li>{@link org.profmonitor.model.Campaign#getNote <em>Note</em>}</li>
 *   <li>{@link org.profmonitor.model.Campaign#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @see org.profmonitor.model.ProfmonitorPackage#getCampaign()
 * @model
 * @generated
 */
public interface Campaign extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Идентификатор кампании.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getCampaign_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Campaign#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Наименование.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getCampaign_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Campaign#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Indicator Set</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Набор показателей (ссылка на другой XMI-файл).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Indicator Set</em>' reference.
	 * @see #setIndicatorSet(IndicatorSet)
	 * @see org.profmonitor.model.ProfmonitorPackage#getCampaign_IndicatorSet()
	 * @model required="true"
	 * @generated
	 */
	IndicatorSet getIndicatorSet();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Campaign#getIndicatorSet <em>Indicator Set</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Indicator Set</em>' reference.
	 * @see #getIndicatorSet()
	 * @generated
	 */
	void setIndicatorSet(IndicatorSet value);

	/**
	 * Returns the value of the '<em><b>Academic Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Учебный год, например «2022/23».
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Academic Year</em>' attribute.
	 * @see #setAcademicYear(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getCampaign_AcademicYear()
	 * @model
	 * @generated
	 */
	String getAcademicYear();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Campaign#getAcademicYear <em>Academic Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Academic Year</em>' attribute.
	 * @see #getAcademicYear()
	 * @generated
	 */
	void setAcademicYear(String value);

	/**
	 * Returns the value of the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Начало периода.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period Start</em>' attribute.
	 * @see #setPeriodStart(LocalDate)
	 * @see org.profmonitor.model.ProfmonitorPackage#getCampaign_PeriodStart()
	 * @model dataType="org.profmonitor.model.IsoDate"
	 * @generated
	 */
	LocalDate getPeriodStart();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Campaign#getPeriodStart <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period Start</em>' attribute.
	 * @see #getPeriodStart()
	 * @generated
	 */
	void setPeriodStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Конец периода.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period End</em>' attribute.
	 * @see #setPeriodEnd(LocalDate)
	 * @see org.profmonitor.model.ProfmonitorPackage#getCampaign_PeriodEnd()
	 * @model dataType="org.profmonitor.model.IsoDate"
	 * @generated
	 */
	LocalDate getPeriodEnd();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Campaign#getPeriodEnd <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period End</em>' attribute.
	 * @see #getPeriodEnd()
	 * @generated
	 */
	void setPeriodEnd(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Schedule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * График, например «май и октябрь».
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Schedule</em>' attribute.
	 * @see #setSchedule(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getCampaign_Schedule()
	 * @model
	 * @generated
	 */
	String getSchedule();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Campaign#getSchedule <em>Schedule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Schedule</em>' attribute.
	 * @see #getSchedule()
	 * @generated
	 */
	void setSchedule(String value);

	/**
	 * Returns the value of the '<em><b>Opening Order</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Приказ о проведении.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Opening Order</em>' containment reference.
	 * @see #setOpeningOrder(LegalAct)
	 * @see org.profmonitor.model.ProfmonitorPackage#getCampaign_OpeningOrder()
	 * @model containment="true"
	 * @generated
	 */
	LegalAct getOpeningOrder();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Campaign#getOpeningOrder <em>Opening Order</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opening Order</em>' containment reference.
	 * @see #getOpeningOrder()
	 * @generated
	 */
	void setOpeningOrder(LegalAct value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.profmonitor.model.CampaignStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Состояние.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.profmonitor.model.CampaignStatus
	 * @see #setStatus(CampaignStatus)
	 * @see org.profmonitor.model.ProfmonitorPackage#getCampaign_Status()
	 * @model
	 * @generated
	 */
	CampaignStatus getStatus();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Campaign#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.profmonitor.model.CampaignStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(CampaignStatus value);

	/**
	 * Returns the value of the '<em><b>Previous</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Предыдущая кампания для сравнения (prev()); ссылка может вести в другой XMI-файл.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Previous</em>' reference.
	 * @see #setPrevious(Campaign)
	 * @see org.profmonitor.model.ProfmonitorPackage#getCampaign_Previous()
	 * @model
	 * @generated
	 */
	Campaign getPrevious();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Campaign#getPrevious <em>Previous</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Previous</em>' reference.
	 * @see #getPrevious()
	 * @generated
	 */
	void setPrevious(Campaign value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Примечание (например, «данные вымышлены»).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getCampaign_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Campaign#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.profmonitor.model.DataValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Значения данных (обычно хранятся в базе данных, здесь — для импорта и проверки).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Values</em>' containment reference list.
	 * @see org.profmonitor.model.ProfmonitorPackage#getCampaign_Values()
	 * @model containment="true"
	 * @generated
	 */
	EList<DataValue> getValues();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Для каждой ОО значение части не больше значения целого, сумма частей группы не больше целого.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean partsNotAboveWhole(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Значения известных элементов данных лежат в их границах.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean valuesInRange(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Campaign
