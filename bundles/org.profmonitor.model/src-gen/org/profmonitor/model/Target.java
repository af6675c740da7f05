/**
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Target</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Плановое значение показателя.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.profmonitor.model.Target#getIndicator <em>Indicator</em>}</li>
 *   <li>{@link org.profmonitor.model.Target#getKind <em>Kind</em>}</li>
 *   <li>{@link org.profmonitor.model.Target#getValue <em>Value</em>}</li>
 *   <li>{@link org.profmonitor.model.Target#getLevel <em>Level</em>}</li>
 *   <li>{@link org.profmonitor.model.Target#getMunicipalityCode <em>Municipality Code</em>}</li>
 *   <li>{@link org.profmonitor.model.Target#getAcademicYear <em>Academic Year</em>}</li>
 *   <li>{@link org.profmonitor.model.Target#isAssumption <em>Assumption</em>}</li>
 *   <li>{@link org.profmonitor.model.Target#getAssumptionNote <em>Assumption Note</em>}</li>
 * </ul>
 *
 * @see org.profmonitor.model.ProfmonitorPackage#getTarget()
 * @model
 * @generated
 */
public interface Target extends EObject {
	/**
	 * Returns the value of the '<em><b>Indicator</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.profmonitor.model.Indicator#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicator</em>' container reference.
	 * @see #setIndicator(Indicator)
	 * @see org.profmonitor.model.ProfmonitorPackage#getTarget_Indicator()
	 * @see org.profmonitor.model.Indicator#getTargets
	 * @model opposite="targets"
	 * @generated
	 */
	Indicator getIndicator();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Target#getIndicator <em>Indicator</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Indicator</em>' container reference.
	 * @see #getIndicator()
	 * @generated
	 */
	void setIndicator(Indicator value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.profmonitor.model.TargetKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Вид плана.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.profmonitor.model.TargetKind
	 * @see #setKind(TargetKind)
	 * @see org.profmonitor.model.ProfmonitorPackage#getTarget_Kind()
	 * @model
	 * @generated
	 */
	TargetKind getKind();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Target#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.profmonitor.model.TargetKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(TargetKind value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Значение (для VALUE).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(Double)
	 * @see org.profmonitor.model.ProfmonitorPackage#getTarget_Value()
	 * @model
	 * @generated
	 */
	Double getValue();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Target#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(Double value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.profmonitor.model.EducationLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Уровень образования, к которому относится план.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.profmonitor.model.EducationLevel
	 * @see #isSetLevel()
	 * @see #unsetLevel()
	 * @see #setLevel(EducationLevel)
	 * @see org.profmonitor.model.ProfmonitorPackage#getTarget_Level()
	 * @model unsettable="true"
	 * @generated
	 */
	EducationLevel getLevel();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Target#getLevel <em>Level</em>}' attribute.
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
	 * Unsets the value of the '{@link org.profmonitor.model.Target#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLevel()
	 * @see #getLevel()
	 * @see #setLevel(EducationLevel)
	 * @generated
	 */
	void unsetLevel();

	/**
	 * Returns whether the value of the '{@link org.profmonitor.model.Target#getLevel <em>Level</em>}' attribute is set.
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
	 * Returns the value of the '<em><b>Municipality Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Код муниципального образования, если план только для него.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Municipality Code</em>' attribute.
	 * @see #setMunicipalityCode(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getTarget_MunicipalityCode()
	 * @model
	 * @generated
	 */
	String getMunicipalityCode();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Target#getMunicipalityCode <em>Municipality Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Municipality Code</em>' attribute.
	 * @see #getMunicipalityCode()
	 * @generated
	 */
	void setMunicipalityCode(String value);

	/**
	 * Returns the value of the '<em><b>Academic Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Учебный год, например «2022/23».
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Academic Year</em>' attribute.
	 * @see #setAcademicYear(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getTarget_AcademicYear()
	 * @model
	 * @generated
	 */
	String getAcademicYear();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Target#getAcademicYear <em>Academic Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Academic Year</em>' attribute.
	 * @see #getAcademicYear()
	 * @generated
	 */
	void setAcademicYear(String value);

	/**
	 * Returns the value of the '<em><b>Assumption</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Истина, если значение придумал проект, потому что положение его не даёт.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assumption</em>' attribute.
	 * @see #setAssumption(boolean)
	 * @see org.profmonitor.model.ProfmonitorPackage#getTarget_Assumption()
	 * @model
	 * @generated
	 */
	boolean isAssumption();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Target#isAssumption <em>Assumption</em>}' attribute.
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
	 * @see org.profmonitor.model.ProfmonitorPackage#getTarget_AssumptionNote()
	 * @model
	 * @generated
	 */
	String getAssumptionNote();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Target#getAssumptionNote <em>Assumption Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assumption Note</em>' attribute.
	 * @see #getAssumptionNote()
	 * @generated
	 */
	void setAssumptionNote(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * План VALUE задан, неотрицателен, для «%» не больше 100.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean valueInRange(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Target
