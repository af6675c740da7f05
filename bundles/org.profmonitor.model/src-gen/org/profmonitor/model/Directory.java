/**
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Directory</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Справочник региона: субъект РФ, муниципальные образования и их образовательные организации. Один справочник = один XMI-файл.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.profmonitor.model.Directory#getRegion <em>Region</em>}</li>
 *   <li>{@link org.profmonitor.model.Directory#getMunicipalities <em>Municipalities</em>}</li>
 * </ul>
 *
 * @see org.profmonitor.model.ProfmonitorPackage#getDirectory()
 * @model
 * @generated
 */
public interface Directory extends EObject {
	/**
	 * Returns the value of the '<em><b>Region</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Субъект РФ.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Region</em>' containment reference.
	 * @see #setRegion(Region)
	 * @see org.profmonitor.model.ProfmonitorPackage#getDirectory_Region()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Region getRegion();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Directory#getRegion <em>Region</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' containment reference.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(Region value);

	/**
	 * Returns the value of the '<em><b>Municipalities</b></em>' containment reference list.
	 * The list contents are of type {@link org.profmonitor.model.Municipality}.
	 * It is bidirectional and its opposite is '{@link org.profmonitor.model.Municipality#getDirectory <em>Directory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Муниципальные образования.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Municipalities</em>' containment reference list.
	 * @see org.profmonitor.model.ProfmonitorPackage#getDirectory_Municipalities()
	 * @see org.profmonitor.model.Municipality#getDirectory
	 * @model opposite="directory" containment="true"
	 * @generated
	 */
	EList<Municipality> getMunicipalities();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Коды субъекта, муниципальных образований и ОО уникальны в справочнике.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean uniqueCodes(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Directory
