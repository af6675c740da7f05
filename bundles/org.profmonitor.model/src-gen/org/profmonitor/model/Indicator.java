/**
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Indicator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Показатель, вычисляемый по собранным данным.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.profmonitor.model.Indicator#getDescription <em>Description</em>}</li>
 *   <li>{@link org.profmonitor.model.Indicator#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.profmonitor.model.Indicator#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.profmonitor.model.Indicator#getFormula <em>Formula</em>}</li>
 *   <li>{@link org.profmonitor.model.Indicator#getLevel <em>Level</em>}</li>
 *   <li>{@link org.profmonitor.model.Indicator#getDisaggregations <em>Disaggregations</em>}</li>
 *   <li>{@link org.profmonitor.model.Indicator#isAssumption <em>Assumption</em>}</li>
 *   <li>{@link org.profmonitor.model.Indicator#getAssumptionNote <em>Assumption Note</em>}</li>
 *   <li>{@link org.profmonitor.model.Indicator#getCriterion <em>Criterion</em>}</li>
 *   <li>{@link org.profmonitor.model.Indicator#getTargets <em>Targets</em>}</li>
 * </ul>
 *
 * @see org.profmonitor.model.ProfmonitorPackage#getIndicator()
 * @model
 * @generated
 */
public interface Indicator extends Coded {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Описание, порядок расчёта словами.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getIndicator_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Indicator#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Единица: «%», «чел.», «ОО».
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getIndicator_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Indicator#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.profmonitor.model.Direction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Какое изменение считается улучшением.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.profmonitor.model.Direction
	 * @see #setDirection(Direction)
	 * @see org.profmonitor.model.ProfmonitorPackage#getIndicator_Direction()
	 * @model
	 * @generated
	 */
	Direction getDirection();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Indicator#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.profmonitor.model.Direction
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(Direction value);

	/**
	 * Returns the value of the '<em><b>Formula</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Формула на языке формул проекта (разбирает org.profmonitor.core).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Formula</em>' attribute.
	 * @see #setFormula(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getIndicator_Formula()
	 * @model
	 * @generated
	 */
	String getFormula();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Indicator#getFormula <em>Formula</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Formula</em>' attribute.
	 * @see #getFormula()
	 * @generated
	 */
	void setFormula(String value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.profmonitor.model.EducationLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Уровень образования, если показатель к нему относится.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.profmonitor.model.EducationLevel
	 * @see #isSetLevel()
	 * @see #unsetLevel()
	 * @see #setLevel(EducationLevel)
	 * @see org.profmonitor.model.ProfmonitorPackage#getIndicator_Level()
	 * @model unsettable="true"
	 * @generated
	 */
	EducationLevel getLevel();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Indicator#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.profmonitor.model.EducationLevel
	 * @see #isSetLevel()
	 * @see #unsetLevel()
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(EducationLevel value);

	/**
	 * Unsets the value of the '{@link org.profmonitor.model.Indicator#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLevel()
	 * @see #getLevel()
	 * @see #setLevel(EducationLevel)
	 * @generated
	 */
	void unsetLevel();

	/**
	 * Returns whether the value of the '{@link org.profmonitor.model.Indicator#getLevel <em>Level</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Level</em>' attribute is set.
	 * @see #unsetLevel()
	 * @see #getLevel()
	 * @see #setLevel(EducationLevel)
	 * @generated
	 */
	boolean isSetLevel();

	/**
	 * Returns the value of the '<em><b>Disaggregations</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Разрезы, например «ОВЗ».
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Disaggregations</em>' attribute list.
	 * @see org.profmonitor.model.ProfmonitorPackage#getIndicator_Disaggregations()
	 * @model
	 * @generated
	 */
	EList<String> getDisaggregations();

	/**
	 * Returns the value of the '<em><b>Assumption</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Истина, если формулу придумал проект, потому что положение её не даёт.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assumption</em>' attribute.
	 * @see #setAssumption(boolean)
	 * @see org.profmonitor.model.ProfmonitorPackage#getIndicator_Assumption()
	 * @model
	 * @generated
	 */
	boolean isAssumption();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Indicator#isAssumption <em>Assumption</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assumption</em>' attribute.
	 * @see #isAssumption()
	 * @generated
	 */
	void setAssumption(boolean value);

	/**
	 * Returns the value of the '<em><b>Assumption Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Пояснение допущения.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assumption Note</em>' attribute.
	 * @see #setAssumptionNote(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getIndicator_AssumptionNote()
	 * @model
	 * @generated
	 */
	String getAssumptionNote();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Indicator#getAssumptionNote <em>Assumption Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assumption Note</em>' attribute.
	 * @see #getAssumptionNote()
	 * @generated
	 */
	void setAssumptionNote(String value);

	/**
	 * Returns the value of the '<em><b>Criterion</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.profmonitor.model.Criterion#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criterion</em>' container reference.
	 * @see #setCriterion(Criterion)
	 * @see org.profmonitor.model.ProfmonitorPackage#getIndicator_Criterion()
	 * @see org.profmonitor.model.Criterion#getIndicators
	 * @model opposite="indicators"
	 * @generated
	 */
	Criterion getCriterion();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Indicator#getCriterion <em>Criterion</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criterion</em>' container reference.
	 * @see #getCriterion()
	 * @generated
	 */
	void setCriterion(Criterion value);

	/**
	 * Returns the value of the '<em><b>Targets</b></em>' containment reference list.
	 * The list contents are of type {@link org.profmonitor.model.Target}.
	 * It is bidirectional and its opposite is '{@link org.profmonitor.model.Target#getIndicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Плановые значения.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Targets</em>' containment reference list.
	 * @see org.profmonitor.model.ProfmonitorPackage#getIndicator_Targets()
	 * @see org.profmonitor.model.Target#getIndicator
	 * @model opposite="indicator" containment="true"
	 * @generated
	 */
	EList<Target> getTargets();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Формула не пуста и, если зарегистрирован FormulaChecker, разбирается без ошибок.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean formulaValid(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Indicator
