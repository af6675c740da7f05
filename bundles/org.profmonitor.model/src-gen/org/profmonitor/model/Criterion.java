/**
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Criterion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Критерий: группа показателей.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.profmonitor.model.Criterion#getDescription <em>Description</em>}</li>
 *   <li>{@link org.profmonitor.model.Criterion#getIndicatorSet <em>Indicator Set</em>}</li>
 *   <li>{@link org.profmonitor.model.Criterion#getIndicators <em>Indicators</em>}</li>
 * </ul>
 *
 * @see org.profmonitor.model.ProfmonitorPackage#getCriterion()
 * @model
 * @generated
 */
public interface Criterion extends Coded {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Описание.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getCriterion_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Criterion#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Indicator Set</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.profmonitor.model.IndicatorSet#getCriteria <em>Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicator Set</em>' container reference.
	 * @see #setIndicatorSet(IndicatorSet)
	 * @see org.profmonitor.model.ProfmonitorPackage#getCriterion_IndicatorSet()
	 * @see org.profmonitor.model.IndicatorSet#getCriteria
	 * @model opposite="criteria"
	 * @generated
	 */
	IndicatorSet getIndicatorSet();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Criterion#getIndicatorSet <em>Indicator Set</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Indicator Set</em>' container reference.
	 * @see #getIndicatorSet()
	 * @generated
	 */
	void setIndicatorSet(IndicatorSet value);

	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' containment reference list.
	 * The list contents are of type {@link org.profmonitor.model.Indicator}.
	 * It is bidirectional and its opposite is '{@link org.profmonitor.model.Indicator#getCriterion <em>Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Показатели критерия.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Indicators</em>' containment reference list.
	 * @see org.profmonitor.model.ProfmonitorPackage#getCriterion_Indicators()
	 * @see org.profmonitor.model.Indicator#getCriterion
	 * @model opposite="criterion" containment="true"
	 * @generated
	 */
	EList<Indicator> getIndicators();

} // Criterion
