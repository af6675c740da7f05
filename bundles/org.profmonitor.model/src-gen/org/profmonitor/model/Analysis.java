/**
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Analysis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Результаты анализа одной кампании: значения показателей, проблемы, рекомендации, управленческие решения.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.profmonitor.model.Analysis#getCampaign <em>Campaign</em>}</li>
 *   <li>{@link org.profmonitor.model.Analysis#getCreatedOn <em>Created On</em>}</li>
 *   <li>{@link org.profmonitor.model.Analysis#getResults <em>Results</em>}</li>
 *   <li>{@link org.profmonitor.model.Analysis#getProblems <em>Problems</em>}</li>
 *   <li>{@link org.profmonitor.model.Analysis#getRecommendations <em>Recommendations</em>}</li>
 *   <li>{@link org.profmonitor.model.Analysis#getDecisions <em>Decisions</em>}</li>
 * </ul>
 *
 * @see org.profmonitor.model.ProfmonitorPackage#getAnalysis()
 * @model
 * @generated
 */
public interface Analysis extends EObject {
	/**
	 * Returns the value of the '<em><b>Campaign</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Кампания (ссылка на другой XMI-файл).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Campaign</em>' reference.
	 * @see #setCampaign(Campaign)
	 * @see org.profmonitor.model.ProfmonitorPackage#getAnalysis_Campaign()
	 * @model
	 * @generated
	 */
	Campaign getCampaign();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Analysis#getCampaign <em>Campaign</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Campaign</em>' reference.
	 * @see #getCampaign()
	 * @generated
	 */
	void setCampaign(Campaign value);

	/**
	 * Returns the value of the '<em><b>Created On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Дата анализа.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Created On</em>' attribute.
	 * @see #setCreatedOn(LocalDate)
	 * @see org.profmonitor.model.ProfmonitorPackage#getAnalysis_CreatedOn()
	 * @model dataType="org.profmonitor.model.IsoDate"
	 * @generated
	 */
	LocalDate getCreatedOn();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Analysis#getCreatedOn <em>Created On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created On</em>' attribute.
	 * @see #getCreatedOn()
	 * @generated
	 */
	void setCreatedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Results</b></em>' containment reference list.
	 * The list contents are of type {@link org.profmonitor.model.IndicatorResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Значения показателей.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Results</em>' containment reference list.
	 * @see org.profmonitor.model.ProfmonitorPackage#getAnalysis_Results()
	 * @model containment="true"
	 * @generated
	 */
	EList<IndicatorResult> getResults();

	/**
	 * Returns the value of the '<em><b>Problems</b></em>' containment reference list.
	 * The list contents are of type {@link org.profmonitor.model.Problem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Выявленные проблемы.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Problems</em>' containment reference list.
	 * @see org.profmonitor.model.ProfmonitorPackage#getAnalysis_Problems()
	 * @model containment="true"
	 * @generated
	 */
	EList<Problem> getProblems();

	/**
	 * Returns the value of the '<em><b>Recommendations</b></em>' containment reference list.
	 * The list contents are of type {@link org.profmonitor.model.Recommendation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Адресные рекомендации.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recommendations</em>' containment reference list.
	 * @see org.profmonitor.model.ProfmonitorPackage#getAnalysis_Recommendations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Recommendation> getRecommendations();

	/**
	 * Returns the value of the '<em><b>Decisions</b></em>' containment reference list.
	 * The list contents are of type {@link org.profmonitor.model.Decision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Управленческие решения.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decisions</em>' containment reference list.
	 * @see org.profmonitor.model.ProfmonitorPackage#getAnalysis_Decisions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Decision> getDecisions();

} // Analysis
