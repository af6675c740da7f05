/**
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Recommendation Template</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Шаблон адресной рекомендации. Текст может содержать подстановки {indicator}, {unit}, {value}, {target}, {organisation}, {municipality}.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.profmonitor.model.RecommendationTemplate#getProblemKind <em>Problem Kind</em>}</li>
 *   <li>{@link org.profmonitor.model.RecommendationTemplate#getIndicator <em>Indicator</em>}</li>
 *   <li>{@link org.profmonitor.model.RecommendationTemplate#getAddresseeKind <em>Addressee Kind</em>}</li>
 *   <li>{@link org.profmonitor.model.RecommendationTemplate#getAddressee <em>Addressee</em>}</li>
 *   <li>{@link org.profmonitor.model.RecommendationTemplate#getAction <em>Action</em>}</li>
 *   <li>{@link org.profmonitor.model.RecommendationTemplate#getDeadlineRule <em>Deadline Rule</em>}</li>
 *   <li>{@link org.profmonitor.model.RecommendationTemplate#getResponsible <em>Responsible</em>}</li>
 *   <li>{@link org.profmonitor.model.RecommendationTemplate#isAssumption <em>Assumption</em>}</li>
 *   <li>{@link org.profmonitor.model.RecommendationTemplate#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.profmonitor.model.ProfmonitorPackage#getRecommendationTemplate()
 * @model
 * @generated
 */
public interface RecommendationTemplate extends EObject {
	/**
	 * Returns the value of the '<em><b>Problem Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.profmonitor.model.ProblemKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * На какую проблему отвечает.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Problem Kind</em>' attribute.
	 * @see org.profmonitor.model.ProblemKind
	 * @see #setProblemKind(ProblemKind)
	 * @see org.profmonitor.model.ProfmonitorPackage#getRecommendationTemplate_ProblemKind()
	 * @model
	 * @generated
	 */
	ProblemKind getProblemKind();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.RecommendationTemplate#getProblemKind <em>Problem Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Problem Kind</em>' attribute.
	 * @see org.profmonitor.model.ProblemKind
	 * @see #getProblemKind()
	 * @generated
	 */
	void setProblemKind(ProblemKind value);

	/**
	 * Returns the value of the '<em><b>Indicator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Показатель (необязательно).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Indicator</em>' reference.
	 * @see #setIndicator(Indicator)
	 * @see org.profmonitor.model.ProfmonitorPackage#getRecommendationTemplate_Indicator()
	 * @model
	 * @generated
	 */
	Indicator getIndicator();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.RecommendationTemplate#getIndicator <em>Indicator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Indicator</em>' reference.
	 * @see #getIndicator()
	 * @generated
	 */
	void setIndicator(Indicator value);

	/**
	 * Returns the value of the '<em><b>Addressee Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.profmonitor.model.AddresseeKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Кому адресована.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Addressee Kind</em>' attribute.
	 * @see org.profmonitor.model.AddresseeKind
	 * @see #setAddresseeKind(AddresseeKind)
	 * @see org.profmonitor.model.ProfmonitorPackage#getRecommendationTemplate_AddresseeKind()
	 * @model
	 * @generated
	 */
	AddresseeKind getAddresseeKind();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.RecommendationTemplate#getAddresseeKind <em>Addressee Kind</em>}' attribute.
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
	 * Адресат текстом, например «Руководителям ОО, принимавших участие в мониторинге».
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Addressee</em>' attribute.
	 * @see #setAddressee(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getRecommendationTemplate_Addressee()
	 * @model
	 * @generated
	 */
	String getAddressee();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.RecommendationTemplate#getAddressee <em>Addressee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Addressee</em>' attribute.
	 * @see #getAddressee()
	 * @generated
	 */
	void setAddressee(String value);

	/**
	 * Returns the value of the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Что сделать (с подстановками).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Action</em>' attribute.
	 * @see #setAction(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getRecommendationTemplate_Action()
	 * @model
	 * @generated
	 */
	String getAction();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.RecommendationTemplate#getAction <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' attribute.
	 * @see #getAction()
	 * @generated
	 */
	void setAction(String value);

	/**
	 * Returns the value of the '<em><b>Deadline Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Правило срока, например «до 01.05 следующего года».
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deadline Rule</em>' attribute.
	 * @see #setDeadlineRule(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getRecommendationTemplate_DeadlineRule()
	 * @model
	 * @generated
	 */
	String getDeadlineRule();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.RecommendationTemplate#getDeadlineRule <em>Deadline Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deadline Rule</em>' attribute.
	 * @see #getDeadlineRule()
	 * @generated
	 */
	void setDeadlineRule(String value);

	/**
	 * Returns the value of the '<em><b>Responsible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ответственный.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Responsible</em>' attribute.
	 * @see #setResponsible(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getRecommendationTemplate_Responsible()
	 * @model
	 * @generated
	 */
	String getResponsible();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.RecommendationTemplate#getResponsible <em>Responsible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible</em>' attribute.
	 * @see #getResponsible()
	 * @generated
	 */
	void setResponsible(String value);

	/**
	 * Returns the value of the '<em><b>Assumption</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Истина, если шаблон придумал проект, а не взял из документа.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assumption</em>' attribute.
	 * @see #setAssumption(boolean)
	 * @see org.profmonitor.model.ProfmonitorPackage#getRecommendationTemplate_Assumption()
	 * @model
	 * @generated
	 */
	boolean isAssumption();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.RecommendationTemplate#isAssumption <em>Assumption</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assumption</em>' attribute.
	 * @see #isAssumption()
	 * @generated
	 */
	void setAssumption(boolean value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Примечание, источник.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getRecommendationTemplate_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.RecommendationTemplate#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // RecommendationTemplate
