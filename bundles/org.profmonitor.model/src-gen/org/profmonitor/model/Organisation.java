/**
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Organisation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Образовательная организация (ОО).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.profmonitor.model.Organisation#getShortName <em>Short Name</em>}</li>
 *   <li>{@link org.profmonitor.model.Organisation#getKind <em>Kind</em>}</li>
 *   <li>{@link org.profmonitor.model.Organisation#getLevels <em>Levels</em>}</li>
 *   <li>{@link org.profmonitor.model.Organisation#isSynthetic <em>Synthetic</em>}</li>
 *   <li>{@link org.profmonitor.model.Organisation#getNote <em>Note</em>}</li>
 *   <li>{@link org.profmonitor.model.Organisation#getMunicipality <em>Municipality</em>}</li>
 * </ul>
 *
 * @see org.profmonitor.model.ProfmonitorPackage#getOrganisation()
 * @model
 * @generated
 */
public interface Organisation extends Coded {
	/**
	 * Returns the value of the '<em><b>Short Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Краткое наименование, например «МОУ СОШ №8».
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Short Name</em>' attribute.
	 * @see #setShortName(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getOrganisation_ShortName()
	 * @model
	 * @generated
	 */
	String getShortName();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Organisation#getShortName <em>Short Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Short Name</em>' attribute.
	 * @see #getShortName()
	 * @generated
	 */
	void setShortName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.profmonitor.model.OrganisationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Тип организации.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.profmonitor.model.OrganisationKind
	 * @see #setKind(OrganisationKind)
	 * @see org.profmonitor.model.ProfmonitorPackage#getOrganisation_Kind()
	 * @model
	 * @generated
	 */
	OrganisationKind getKind();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Organisation#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.profmonitor.model.OrganisationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(OrganisationKind value);

	/**
	 * Returns the value of the '<em><b>Levels</b></em>' attribute list.
	 * The list contents are of type {@link org.profmonitor.model.EducationLevel}.
	 * The literals are from the enumeration {@link org.profmonitor.model.EducationLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Реализуемые уровни образования.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Levels</em>' attribute list.
	 * @see org.profmonitor.model.EducationLevel
	 * @see org.profmonitor.model.ProfmonitorPackage#getOrganisation_Levels()
	 * @model
	 * @generated
	 */
	EList<EducationLevel> getLevels();

	/**
	 * Returns the value of the '<em><b>Synthetic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Истина для вымышленной (демонстрационной) организации.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Synthetic</em>' attribute.
	 * @see #setSynthetic(boolean)
	 * @see org.profmonitor.model.ProfmonitorPackage#getOrganisation_Synthetic()
	 * @model
	 * @generated
	 */
	boolean isSynthetic();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Organisation#isSynthetic <em>Synthetic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Synthetic</em>' attribute.
	 * @see #isSynthetic()
	 * @generated
	 */
	void setSynthetic(boolean value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Примечание.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getOrganisation_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Organisation#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Municipality</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.profmonitor.model.Municipality#getOrganisations <em>Organisations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Municipality</em>' container reference.
	 * @see #setMunicipality(Municipality)
	 * @see org.profmonitor.model.ProfmonitorPackage#getOrganisation_Municipality()
	 * @see org.profmonitor.model.Municipality#getOrganisations
	 * @model opposite="organisations"
	 * @generated
	 */
	Municipality getMunicipality();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.Organisation#getMunicipality <em>Municipality</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Municipality</em>' container reference.
	 * @see #getMunicipality()
	 * @generated
	 */
	void setMunicipality(Municipality value);

} // Organisation
