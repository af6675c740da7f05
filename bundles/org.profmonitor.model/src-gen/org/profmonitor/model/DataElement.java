/**
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Элемент данных, который собирается от каждой ОО (число, количество или признак).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.profmonitor.model.DataElement#getDescription <em>Description</em>}</li>
 *   <li>{@link org.profmonitor.model.DataElement#getType <em>Type</em>}</li>
 *   <li>{@link org.profmonitor.model.DataElement#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.profmonitor.model.DataElement#getMin <em>Min</em>}</li>
 *   <li>{@link org.profmonitor.model.DataElement#getMax <em>Max</em>}</li>
 *   <li>{@link org.profmonitor.model.DataElement#getWhole <em>Whole</em>}</li>
 *   <li>{@link org.profmonitor.model.DataElement#getParts <em>Parts</em>}</li>
 *   <li>{@link org.profmonitor.model.DataElement#getPartGroup <em>Part Group</em>}</li>
 *   <li>{@link org.profmonitor.model.DataElement#getIndicatorSet <em>Indicator Set</em>}</li>
 * </ul>
 *
 * @see org.profmonitor.model.ProfmonitorPackage#getDataElement()
 * @model
 * @generated
 */
public interface DataElement extends Coded {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Описание.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getDataElement_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.DataElement#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.profmonitor.model.DataElementType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Тип значения.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.profmonitor.model.DataElementType
	 * @see #setType(DataElementType)
	 * @see org.profmonitor.model.ProfmonitorPackage#getDataElement_Type()
	 * @model
	 * @generated
	 */
	DataElementType getType();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.DataElement#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.profmonitor.model.DataElementType
	 * @see #getType()
	 * @generated
	 */
	void setType(DataElementType value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Единица.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getDataElement_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.DataElement#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Наименьшее допустимое значение (необязательно).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Min</em>' attribute.
	 * @see #setMin(Double)
	 * @see org.profmonitor.model.ProfmonitorPackage#getDataElement_Min()
	 * @model
	 * @generated
	 */
	Double getMin();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.DataElement#getMin <em>Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min</em>' attribute.
	 * @see #getMin()
	 * @generated
	 */
	void setMin(Double value);

	/**
	 * Returns the value of the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Наибольшее допустимое значение (необязательно).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max</em>' attribute.
	 * @see #setMax(Double)
	 * @see org.profmonitor.model.ProfmonitorPackage#getDataElement_Max()
	 * @model
	 * @generated
	 */
	Double getMax();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.DataElement#getMax <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max</em>' attribute.
	 * @see #getMax()
	 * @generated
	 */
	void setMax(Double value);

	/**
	 * Returns the value of the '<em><b>Whole</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.profmonitor.model.DataElement#getParts <em>Parts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Целое, которое этот элемент (часть) не может превышать: поступившие ≤ выпускники.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Whole</em>' reference.
	 * @see #setWhole(DataElement)
	 * @see org.profmonitor.model.ProfmonitorPackage#getDataElement_Whole()
	 * @see org.profmonitor.model.DataElement#getParts
	 * @model opposite="parts"
	 * @generated
	 */
	DataElement getWhole();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.DataElement#getWhole <em>Whole</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Whole</em>' reference.
	 * @see #getWhole()
	 * @generated
	 */
	void setWhole(DataElement value);

	/**
	 * Returns the value of the '<em><b>Parts</b></em>' reference list.
	 * The list contents are of type {@link org.profmonitor.model.DataElement}.
	 * It is bidirectional and its opposite is '{@link org.profmonitor.model.DataElement#getWhole <em>Whole</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Части этого элемента.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parts</em>' reference list.
	 * @see org.profmonitor.model.ProfmonitorPackage#getDataElement_Parts()
	 * @see org.profmonitor.model.DataElement#getWhole
	 * @model opposite="whole" transient="true"
	 * @generated
	 */
	EList<DataElement> getParts();

	/**
	 * Returns the value of the '<em><b>Part Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Группа частей: части одного целого с одинаковой группой в сумме не превышают целое (19 + 45 ≤ 64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Part Group</em>' attribute.
	 * @see #setPartGroup(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getDataElement_PartGroup()
	 * @model
	 * @generated
	 */
	String getPartGroup();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.DataElement#getPartGroup <em>Part Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Part Group</em>' attribute.
	 * @see #getPartGroup()
	 * @generated
	 */
	void setPartGroup(String value);

	/**
	 * Returns the value of the '<em><b>Indicator Set</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.profmonitor.model.IndicatorSet#getDataElements <em>Data Elements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicator Set</em>' container reference.
	 * @see #setIndicatorSet(IndicatorSet)
	 * @see org.profmonitor.model.ProfmonitorPackage#getDataElement_IndicatorSet()
	 * @see org.profmonitor.model.IndicatorSet#getDataElements
	 * @model opposite="dataElements"
	 * @generated
	 */
	IndicatorSet getIndicatorSet();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.DataElement#getIndicatorSet <em>Indicator Set</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Indicator Set</em>' container reference.
	 * @see #getIndicatorSet()
	 * @generated
	 */
	void setIndicatorSet(IndicatorSet value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Цепочка «часть — целое» не замкнута и связывает элементы одного типа.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean wholeValid(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * min ≤ max; для количеств и признаков min не отрицателен.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean rangeValid(DiagnosticChain diagnostics, Map<Object, Object> context);

} // DataElement
