/**
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Indicator Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Значение показателя для ОО, муниципалитета, региона или страны.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.profmonitor.model.IndicatorResult#getIndicatorCode <em>Indicator Code</em>}</li>
 *   <li>{@link org.profmonitor.model.IndicatorResult#getUnitLevel <em>Unit Level</em>}</li>
 *   <li>{@link org.profmonitor.model.IndicatorResult#getUnitCode <em>Unit Code</em>}</li>
 *   <li>{@link org.profmonitor.model.IndicatorResult#getDisaggregation <em>Disaggregation</em>}</li>
 *   <li>{@link org.profmonitor.model.IndicatorResult#getNumerator <em>Numerator</em>}</li>
 *   <li>{@link org.profmonitor.model.IndicatorResult#getDenominator <em>Denominator</em>}</li>
 *   <li>{@link org.profmonitor.model.IndicatorResult#getValue <em>Value</em>}</li>
 *   <li>{@link org.profmonitor.model.IndicatorResult#getTarget <em>Target</em>}</li>
 *   <li>{@link org.profmonitor.model.IndicatorResult#getReached <em>Reached</em>}</li>
 *   <li>{@link org.profmonitor.model.IndicatorResult#getPrevious <em>Previous</em>}</li>
 *   <li>{@link org.profmonitor.model.IndicatorResult#getChange <em>Change</em>}</li>
 *   <li>{@link org.profmonitor.model.IndicatorResult#getRank <em>Rank</em>}</li>
 * </ul>
 *
 * @see org.profmonitor.model.ProfmonitorPackage#getIndicatorResult()
 * @model
 * @generated
 */
public interface IndicatorResult extends EObject {
	/**
	 * Returns the value of the '<em><b>Indicator Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Код показателя.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Indicator Code</em>' attribute.
	 * @see #setIndicatorCode(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getIndicatorResult_IndicatorCode()
	 * @model
	 * @generated
	 */
	String getIndicatorCode();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.IndicatorResult#getIndicatorCode <em>Indicator Code</em>}' attribute.
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
	 * @see org.profmonitor.model.ProfmonitorPackage#getIndicatorResult_UnitLevel()
	 * @model
	 * @generated
	 */
	UnitLevel getUnitLevel();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.IndicatorResult#getUnitLevel <em>Unit Level</em>}' attribute.
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
	 * Код единицы (ОО, муниципалитета, региона).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit Code</em>' attribute.
	 * @see #setUnitCode(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getIndicatorResult_UnitCode()
	 * @model
	 * @generated
	 */
	String getUnitCode();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.IndicatorResult#getUnitCode <em>Unit Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit Code</em>' attribute.
	 * @see #getUnitCode()
	 * @generated
	 */
	void setUnitCode(String value);

	/**
	 * Returns the value of the '<em><b>Disaggregation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Разрез (пусто — всего).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Disaggregation</em>' attribute.
	 * @see #setDisaggregation(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getIndicatorResult_Disaggregation()
	 * @model
	 * @generated
	 */
	String getDisaggregation();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.IndicatorResult#getDisaggregation <em>Disaggregation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disaggregation</em>' attribute.
	 * @see #getDisaggregation()
	 * @generated
	 */
	void setDisaggregation(String value);

	/**
	 * Returns the value of the '<em><b>Numerator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Числитель.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Numerator</em>' attribute.
	 * @see #setNumerator(Double)
	 * @see org.profmonitor.model.ProfmonitorPackage#getIndicatorResult_Numerator()
	 * @model
	 * @generated
	 */
	Double getNumerator();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.IndicatorResult#getNumerator <em>Numerator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Numerator</em>' attribute.
	 * @see #getNumerator()
	 * @generated
	 */
	void setNumerator(Double value);

	/**
	 * Returns the value of the '<em><b>Denominator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Знаменатель.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Denominator</em>' attribute.
	 * @see #setDenominator(Double)
	 * @see org.profmonitor.model.ProfmonitorPackage#getIndicatorResult_Denominator()
	 * @model
	 * @generated
	 */
	Double getDenominator();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.IndicatorResult#getDenominator <em>Denominator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Denominator</em>' attribute.
	 * @see #getDenominator()
	 * @generated
	 */
	void setDenominator(Double value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Значение; null — нет данных.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(Double)
	 * @see org.profmonitor.model.ProfmonitorPackage#getIndicatorResult_Value()
	 * @model
	 * @generated
	 */
	Double getValue();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.IndicatorResult#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(Double value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Плановое значение.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(Double)
	 * @see org.profmonitor.model.ProfmonitorPackage#getIndicatorResult_Target()
	 * @model
	 * @generated
	 */
	Double getTarget();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.IndicatorResult#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Double value);

	/**
	 * Returns the value of the '<em><b>Reached</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * План достигнут; null — не определено.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reached</em>' attribute.
	 * @see #setReached(Boolean)
	 * @see org.profmonitor.model.ProfmonitorPackage#getIndicatorResult_Reached()
	 * @model
	 * @generated
	 */
	Boolean getReached();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.IndicatorResult#getReached <em>Reached</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reached</em>' attribute.
	 * @see #getReached()
	 * @generated
	 */
	void setReached(Boolean value);

	/**
	 * Returns the value of the '<em><b>Previous</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Значение прошлого периода.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Previous</em>' attribute.
	 * @see #setPrevious(Double)
	 * @see org.profmonitor.model.ProfmonitorPackage#getIndicatorResult_Previous()
	 * @model
	 * @generated
	 */
	Double getPrevious();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.IndicatorResult#getPrevious <em>Previous</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Previous</em>' attribute.
	 * @see #getPrevious()
	 * @generated
	 */
	void setPrevious(Double value);

	/**
	 * Returns the value of the '<em><b>Change</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Изменение к прошлому периоду.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Change</em>' attribute.
	 * @see #setChange(Double)
	 * @see org.profmonitor.model.ProfmonitorPackage#getIndicatorResult_Change()
	 * @model
	 * @generated
	 */
	Double getChange();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.IndicatorResult#getChange <em>Change</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Change</em>' attribute.
	 * @see #getChange()
	 * @generated
	 */
	void setChange(Double value);

	/**
	 * Returns the value of the '<em><b>Rank</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Место в рейтинге среди единиц того же уровня.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rank</em>' attribute.
	 * @see #setRank(Integer)
	 * @see org.profmonitor.model.ProfmonitorPackage#getIndicatorResult_Rank()
	 * @model
	 * @generated
	 */
	Integer getRank();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.IndicatorResult#getRank <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rank</em>' attribute.
	 * @see #getRank()
	 * @generated
	 */
	void setRank(Integer value);

} // IndicatorResult
