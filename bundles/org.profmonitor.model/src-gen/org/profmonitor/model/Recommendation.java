/**
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Recommendation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Адресная рекомендация: кому, что сделать, в какой срок, кто отвечает.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.profmonitor.model.Recommendation#getAddresseeKind <em>Addressee Kind</em>}</li>
 *   <li>{@link org.profmonitor.model.Recommendation#getAddressee <em>Addressee</em>}</li>
 *   <li>{@link org.profmonitor.model.Recommendation#getOrganisationCode <em>Organisation Code</em>}</li>
 *   <li>{@link org.profmonitor.model.Recommendation#getMunicipalityCode <em>Municipality Code</em>}</li>
 *   <li>{@link org.profmonitor.model.Recommendation#getAction <em>Action</em>}</li>
 *   <li>{@link org.profmonitor.model.Recommendation#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link org.profmonitor.model.Recommendation#getDeadlineText <em>Deadline Text</em>}</li>
 *   <li>{@link org.profmonitor.model.Recommendation#getResponsible <em>Responsible</em>}</li>
 *   <li>{@link org.profmonitor.model.Recommendation#getStatus <em>Status</em>}</li>
 *   <li>{@link org.profmonitor.model.Recommendation#getProblem <em>Problem</em>}</li>
 *   <li>{@link org.profmonitor.model.Recommendation#getIndicatorCode <em>Indicator Code</em>}</li>
 *   <li>{@link org.profmonitor.model.Recommendation#getDecisions <em>Decisions</em>}</li>
 * </ul>
 *
 * @see org.profmonitor.model.ProfmonitorPackage#getRecommendation()
 * @model
 * @generated
 */
public interface Recommendation extends EObject {
	/**
	 * Returns the value of the '<em><b>Addressee Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.profmonitor.model.AddresseeKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Вид адресата.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Addressee Kind</em>' attribute.
	 * @see org.profmonitor.model.AddresseeKind
	 * @see #setAddresseeKind(AddresseeKind)
	 * @see org.profmonitor.model.ProfmonitorPackage#getRecommendation_AddresseeKind()
	 * @model
	 * @generated
	 */
	AddresseeKind getAddresseeKind();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Recommendation#getAddresseeKind <em>Addressee Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Addressee Kind</em>' attribute.
	 * @see org.profmonitor.model.AddresseeKind
	 * @see #getAddresseeKind()
	 * @generated
	 */
	void setAddresseeKind(AddresseeKind value);

	/**
	 * Returns the value of the '<em><b>Addressee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Адресат текстом.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Addressee</em>' attribute.
	 * @see #setAddressee(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getRecommendation_Addressee()
	 * @model
	 * @generated
	 */
	String getAddressee();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Recommendation#getAddressee <em>Addressee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Addressee</em>' attribute.
	 * @see #getAddressee()
	 * @generated
	 */
	void setAddressee(String value);

	/**
	 * Returns the value of the '<em><b>Organisation Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Код ОО для NAMED_ORGANISATION.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Organisation Code</em>' attribute.
	 * @see #setOrganisationCode(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getRecommendation_OrganisationCode()
	 * @model
	 * @generated
	 */
	String getOrganisationCode();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Recommendation#getOrganisationCode <em>Organisation Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organisation Code</em>' attribute.
	 * @see #getOrganisationCode()
	 * @generated
	 */
	void setOrganisationCode(String value);

	/**
	 * Returns the value of the '<em><b>Municipality Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Код муниципального образования, если рекомендация для него.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Municipality Code</em>' attribute.
	 * @see #setMunicipalityCode(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getRecommendation_MunicipalityCode()
	 * @model
	 * @generated
	 */
	String getMunicipalityCode();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Recommendation#getMunicipalityCode <em>Municipality Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Municipality Code</em>' attribute.
	 * @see #getMunicipalityCode()
	 * @generated
	 */
	void setMunicipalityCode(String value);

	/**
	 * Returns the value of the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Что сделать.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Action</em>' attribute.
	 * @see #setAction(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getRecommendation_Action()
	 * @model
	 * @generated
	 */
	String getAction();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Recommendation#getAction <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' attribute.
	 * @see #getAction()
	 * @generated
	 */
	void setAction(String value);

	/**
	 * Returns the value of the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Срок (дата), если он задан датой.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deadline</em>' attribute.
	 * @see #setDeadline(LocalDate)
	 * @see org.profmonitor.model.ProfmonitorPackage#getRecommendation_Deadline()
	 * @model dataType="org.profmonitor.model.IsoDate"
	 * @generated
	 */
	LocalDate getDeadline();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Recommendation#getDeadline <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deadline</em>' attribute.
	 * @see #getDeadline()
	 * @generated
	 */
	void setDeadline(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Deadline Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Срок словами, например «в течение 2023/24 учебного года».
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deadline Text</em>' attribute.
	 * @see #setDeadlineText(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getRecommendation_DeadlineText()
	 * @model
	 * @generated
	 */
	String getDeadlineText();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Recommendation#getDeadlineText <em>Deadline Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deadline Text</em>' attribute.
	 * @see #getDeadlineText()
	 * @generated
	 */
	void setDeadlineText(String value);

	/**
	 * Returns the value of the '<em><b>Responsible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ответственный.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Responsible</em>' attribute.
	 * @see #setResponsible(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getRecommendation_Responsible()
	 * @model
	 * @generated
	 */
	String getResponsible();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Recommendation#getResponsible <em>Responsible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible</em>' attribute.
	 * @see #getResponsible()
	 * @generated
	 */
	void setResponsible(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.profmonitor.model.RecommendationStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Состояние исполнения.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.profmonitor.model.RecommendationStatus
	 * @see #setStatus(RecommendationStatus)
	 * @see org.profmonitor.model.ProfmonitorPackage#getRecommendation_Status()
	 * @model
	 * @generated
	 */
	RecommendationStatus getStatus();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Recommendation#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.profmonitor.model.RecommendationStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(RecommendationStatus value);

	/**
	 * Returns the value of the '<em><b>Problem</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.profmonitor.model.Problem#getRecommendations <em>Recommendations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Проблема, на которую отвечает рекомендация.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Problem</em>' reference.
	 * @see #setProblem(Problem)
	 * @see org.profmonitor.model.ProfmonitorPackage#getRecommendation_Problem()
	 * @see org.profmonitor.model.Problem#getRecommendations
	 * @model opposite="recommendations"
	 * @generated
	 */
	Problem getProblem();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Recommendation#getProblem <em>Problem</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Problem</em>' reference.
	 * @see #getProblem()
	 * @generated
	 */
	void setProblem(Problem value);

	/**
	 * Returns the value of the '<em><b>Indicator Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Код показателя, который рекомендация должна улучшить.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Indicator Code</em>' attribute.
	 * @see #setIndicatorCode(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getRecommendation_IndicatorCode()
	 * @model
	 * @generated
	 */
	String getIndicatorCode();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Recommendation#getIndicatorCode <em>Indicator Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Indicator Code</em>' attribute.
	 * @see #getIndicatorCode()
	 * @generated
	 */
	void setIndicatorCode(String value);

	/**
	 * Returns the value of the '<em><b>Decisions</b></em>' reference list.
	 * The list contents are of type {@link org.profmonitor.model.Decision}.
	 * It is bidirectional and its opposite is '{@link org.profmonitor.model.Decision#getAdoptedRecommendations <em>Adopted Recommendations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Решения, которыми рекомендация принята.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decisions</em>' reference list.
	 * @see org.profmonitor.model.ProfmonitorPackage#getRecommendation_Decisions()
	 * @see org.profmonitor.model.Decision#getAdoptedRecommendations
	 * @model opposite="adoptedRecommendations" transient="true"
	 * @generated
	 */
	EList<Decision> getDecisions();

} // Recommendation
