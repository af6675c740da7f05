/**
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Municipality</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Муниципальный район, муниципальный округ, городской округ или ЗАТО.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.profmonitor.model.Municipality#getKind <em>Kind</em>}</li>
 *   <li>{@link org.profmonitor.model.Municipality#getShortName <em>Short Name</em>}</li>
 *   <li>{@link org.profmonitor.model.Municipality#getFormerNames <em>Former Names</em>}</li>
 *   <li>{@link org.profmonitor.model.Municipality#getDirectory <em>Directory</em>}</li>
 *   <li>{@link org.profmonitor.model.Municipality#getOrganisations <em>Organisations</em>}</li>
 * </ul>
 *
 * @see org.profmonitor.model.ProfmonitorPackage#getMunicipality()
 * @model
 * @generated
 */
public interface Municipality extends Coded {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.profmonitor.model.MunicipalityKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Вид муниципального образования.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.profmonitor.model.MunicipalityKind
	 * @see #setKind(MunicipalityKind)
	 * @see org.profmonitor.model.ProfmonitorPackage#getMunicipality_Kind()
	 * @model
	 * @generated
	 */
	MunicipalityKind getKind();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Municipality#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.profmonitor.model.MunicipalityKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(MunicipalityKind value);

	/**
	 * Returns the value of the '<em><b>Short Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Краткое наименование.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Short Name</em>' attribute.
	 * @see #setShortName(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getMunicipality_ShortName()
	 * @model
	 * @generated
	 */
	String getShortName();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Municipality#getShortName <em>Short Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Short Name</em>' attribute.
	 * @see #getShortName()
	 * @generated
	 */
	void setShortName(String value);

	/**
	 * Returns the value of the '<em><b>Former Names</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Прежние наименования (например, «Сонковский район» до преобразования в муниципальный округ).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Former Names</em>' attribute list.
	 * @see org.profmonitor.model.ProfmonitorPackage#getMunicipality_FormerNames()
	 * @model
	 * @generated
	 */
	EList<String> getFormerNames();

	/**
	 * Returns the value of the '<em><b>Directory</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.profmonitor.model.Directory#getMunicipalities <em>Municipalities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Directory</em>' container reference.
	 * @see #setDirectory(Directory)
	 * @see org.profmonitor.model.ProfmonitorPackage#getMunicipality_Directory()
	 * @see org.profmonitor.model.Directory#getMunicipalities
	 * @model opposite="municipalities"
	 * @generated
	 */
	Directory getDirectory();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Municipality#getDirectory <em>Directory</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Directory</em>' container reference.
	 * @see #getDirectory()
	 * @generated
	 */
	void setDirectory(Directory value);

	/**
	 * Returns the value of the '<em><b>Organisations</b></em>' containment reference list.
	 * The list contents are of type {@link org.profmonitor.model.Organisation}.
	 * It is bidirectional and its opposite is '{@link org.profmonitor.model.Organisation#getMunicipality <em>Municipality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Образовательные организации (ОО) муниципального образования.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Organisations</em>' containment reference list.
	 * @see org.profmonitor.model.ProfmonitorPackage#getMunicipality_Organisations()
	 * @see org.profmonitor.model.Organisation#getMunicipality
	 * @model opposite="municipality" containment="true"
	 * @generated
	 */
	EList<Organisation> getOrganisations();

} // Municipality
