/**
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Значение элемента данных, представленное ОО. Лёгкий объект с кодами вместо ссылок: миллионы значений живут в базе данных.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.profmonitor.model.DataValue#getOrganisationCode <em>Organisation Code</em>}</li>
 *   <li>{@link org.profmonitor.model.DataValue#getElementCode <em>Element Code</em>}</li>
 *   <li>{@link org.profmonitor.model.DataValue#getValue <em>Value</em>}</li>
 *   <li>{@link org.profmonitor.model.DataValue#getDisaggregation <em>Disaggregation</em>}</li>
 * </ul>
 *
 * @see org.profmonitor.model.ProfmonitorPackage#getDataValue()
 * @model
 * @generated
 */
public interface DataValue extends EObject {
	/**
	 * Returns the value of the '<em><b>Organisation Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Код ОО.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Organisation Code</em>' attribute.
	 * @see #setOrganisationCode(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getDataValue_OrganisationCode()
	 * @model
	 * @generated
	 */
	String getOrganisationCode();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.DataValue#getOrganisationCode <em>Organisation Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organisation Code</em>' attribute.
	 * @see #getOrganisationCode()
	 * @generated
	 */
	void setOrganisationCode(String value);

	/**
	 * Returns the value of the '<em><b>Element Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Код элемента данных.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Element Code</em>' attribute.
	 * @see #setElementCode(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getDataValue_ElementCode()
	 * @model
	 * @generated
	 */
	String getElementCode();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.DataValue#getElementCode <em>Element Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element Code</em>' attribute.
	 * @see #getElementCode()
	 * @generated
	 */
	void setElementCode(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Значение.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(double)
	 * @see org.profmonitor.model.ProfmonitorPackage#getDataValue_Value()
	 * @model
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.DataValue#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

	/**
	 * Returns the value of the '<em><b>Disaggregation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Разрез, например «ОВЗ» (пусто — всего).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Disaggregation</em>' attribute.
	 * @see #setDisaggregation(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getDataValue_Disaggregation()
	 * @model
	 * @generated
	 */
	String getDisaggregation();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.DataValue#getDisaggregation <em>Disaggregation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disaggregation</em>' attribute.
	 * @see #getDisaggregation()
	 * @generated
	 */
	void setDisaggregation(String value);

} // DataValue
