/**
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Problem</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Выявленная проблема.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.profmonitor.model.Problem#getKind <em>Kind</em>}</li>
 *   <li>{@link org.profmonitor.model.Problem#getIndicatorCode <em>Indicator Code</em>}</li>
 *   <li>{@link org.profmonitor.model.Problem#getUnitLevel <em>Unit Level</em>}</li>
 *   <li>{@link org.profmonitor.model.Problem#getUnitCode <em>Unit Code</em>}</li>
 *   <li>{@link org.profmonitor.model.Problem#getDescription <em>Description</em>}</li>
 *   <li>{@link org.profmonitor.model.Problem#getRecommendations <em>Recommendations</em>}</li>
 * </ul>
 *
 * @see org.profmonitor.model.ProfmonitorPackage#getProblem()
 * @model
 * @generated
 */
public interface Problem extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.profmonitor.model.ProblemKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Вид проблемы.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.profmonitor.model.ProblemKind
	 * @see #setKind(ProblemKind)
	 * @see org.profmonitor.model.ProfmonitorPackage#getProblem_Kind()
	 * @model
	 * @generated
	 */
	ProblemKind getKind();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Problem#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.profmonitor.model.ProblemKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ProblemKind value);

	/**
	 * Returns the value of the '<em><b>Indicator Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Код показателя.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Indicator Code</em>' attribute.
	 * @see #setIndicatorCode(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getProblem_IndicatorCode()
	 * @model
	 * @generated
	 */
	String getIndicatorCode();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Problem#getIndicatorCode <em>Indicator Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Indicator Code</em>' attribute.
	 * @see #getIndicatorCode()
	 * @generated
	 */
	void setIndicatorCode(String value);

	/**
	 * Returns the value of the '<em><b>Unit Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.profmonitor.model.UnitLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Уровень единицы.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit Level</em>' attribute.
	 * @see org.profmonitor.model.UnitLevel
	 * @see #setUnitLevel(UnitLevel)
	 * @see org.profmonitor.model.ProfmonitorPackage#getProblem_UnitLevel()
	 * @model
	 * @generated
	 */
	UnitLevel getUnitLevel();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Problem#getUnitLevel <em>Unit Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit Level</em>' attribute.
	 * @see org.profmonitor.model.UnitLevel
	 * @see #getUnitLevel()
	 * @generated
	 */
	void setUnitLevel(UnitLevel value);

	/**
	 * Returns the value of the '<em><b>Unit Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Код единицы.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit Code</em>' attribute.
	 * @see #setUnitCode(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getProblem_UnitCode()
	 * @model
	 * @generated
	 */
	String getUnitCode();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Problem#getUnitCode <em>Unit Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit Code</em>' attribute.
	 * @see #getUnitCode()
	 * @generated
	 */
	void setUnitCode(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Описание.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getProblem_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Problem#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Recommendations</b></em>' reference list.
	 * The list contents are of type {@link org.profmonitor.model.Recommendation}.
	 * It is bidirectional and its opposite is '{@link org.profmonitor.model.Recommendation#getProblem <em>Problem</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Рекомендации, отвечающие на проблему.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recommendations</em>' reference list.
	 * @see org.profmonitor.model.ProfmonitorPackage#getProblem_Recommendations()
	 * @see org.profmonitor.model.Recommendation#getProblem
	 * @model opposite="problem" transient="true"
	 * @generated
	 */
	EList<Recommendation> getRecommendations();

} // Problem
