/**
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Decision</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Управленческое решение: протокол, приказ или письмо, которым приняты результаты и рекомендации.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.profmonitor.model.Decision#getKind <em>Kind</em>}</li>
 *   <li>{@link org.profmonitor.model.Decision#getSignatory <em>Signatory</em>}</li>
 *   <li>{@link org.profmonitor.model.Decision#getAdoptedRecommendations <em>Adopted Recommendations</em>}</li>
 * </ul>
 *
 * @see org.profmonitor.model.ProfmonitorPackage#getDecision()
 * @model
 * @generated
 */
public interface Decision extends LegalAct {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.profmonitor.model.DecisionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Вид документа.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.profmonitor.model.DecisionKind
	 * @see #setKind(DecisionKind)
	 * @see org.profmonitor.model.ProfmonitorPackage#getDecision_Kind()
	 * @model
	 * @generated
	 */
	DecisionKind getKind();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Decision#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.profmonitor.model.DecisionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DecisionKind value);

	/**
	 * Returns the value of the '<em><b>Signatory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Кто подписал.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Signatory</em>' attribute.
	 * @see #setSignatory(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getDecision_Signatory()
	 * @model
	 * @generated
	 */
	String getSignatory();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Decision#getSignatory <em>Signatory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signatory</em>' attribute.
	 * @see #getSignatory()
	 * @generated
	 */
	void setSignatory(String value);

	/**
	 * Returns the value of the '<em><b>Adopted Recommendations</b></em>' reference list.
	 * The list contents are of type {@link org.profmonitor.model.Recommendation}.
	 * It is bidirectional and its opposite is '{@link org.profmonitor.model.Recommendation#getDecisions <em>Decisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Принятые рекомендации.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Adopted Recommendations</em>' reference list.
	 * @see org.profmonitor.model.ProfmonitorPackage#getDecision_AdoptedRecommendations()
	 * @see org.profmonitor.model.Recommendation#getDecisions
	 * @model opposite="decisions"
	 * @generated
	 */
	EList<Recommendation> getAdoptedRecommendations();

} // Decision
