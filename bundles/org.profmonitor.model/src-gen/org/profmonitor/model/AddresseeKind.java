/**
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Addressee Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Вид адресата рекомендации.
 * <!-- end-model-doc -->
 * @see org.profmonitor.model.ProfmonitorPackage#getAddresseeKind()
 * @model
 * @generated
 */
public enum AddresseeKind implements Enumerator {
	/**
	 * The '<em><b>MINISTRY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * региональное министерство (орган управления образованием)
	 * <!-- end-model-doc -->
	 * @see #MINISTRY_VALUE
	 * @generated
	 * @ordered
	 */
	MINISTRY(0, "MINISTRY", "MINISTRY"),

	/**
	 * The '<em><b>MUNICIPAL DEPARTMENTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * муниципальные органы управления образованием
	 * <!-- end-model-doc -->
	 * @see #MUNICIPAL_DEPARTMENTS_VALUE
	 * @generated
	 * @ordered
	 */
	MUNICIPAL_DEPARTMENTS(1, "MUNICIPAL_DEPARTMENTS", "MUNICIPAL_DEPARTMENTS"),

	/**
	 * The '<em><b>ALL SCHOOLS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * все общеобразовательные организации
	 * <!-- end-model-doc -->
	 * @see #ALL_SCHOOLS_VALUE
	 * @generated
	 * @ordered
	 */
	ALL_SCHOOLS(2, "ALL_SCHOOLS", "ALL_SCHOOLS"),

	/**
	 * The '<em><b>NAMED ORGANISATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * названная ОО
	 * <!-- end-model-doc -->
	 * @see #NAMED_ORGANISATION_VALUE
	 * @generated
	 * @ordered
	 */
	NAMED_ORGANISATION(3, "NAMED_ORGANISATION", "NAMED_ORGANISATION"),

	/**
	 * The '<em><b>NAMED MUNICIPALITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * названное муниципальное образование
	 * <!-- end-model-doc -->
	 * @see #NAMED_MUNICIPALITY_VALUE
	 * @generated
	 * @ordered
	 */
	NAMED_MUNICIPALITY(4, "NAMED_MUNICIPALITY", "NAMED_MUNICIPALITY"),

	/**
	 * The '<em><b>ALL PRESCHOOLS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * все дошкольные организации
	 * <!-- end-model-doc -->
	 * @see #ALL_PRESCHOOLS_VALUE
	 * @generated
	 * @ordered
	 */
	ALL_PRESCHOOLS(5, "ALL_PRESCHOOLS", "ALL_PRESCHOOLS"),

	/**
	 * The '<em><b>ALL ADDITIONAL EDUCATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * все организации дополнительного образования
	 * <!-- end-model-doc -->
	 * @see #ALL_ADDITIONAL_EDUCATION_VALUE
	 * @generated
	 * @ordered
	 */
	ALL_ADDITIONAL_EDUCATION(6, "ALL_ADDITIONAL_EDUCATION", "ALL_ADDITIONAL_EDUCATION"),

	/**
	 * The '<em><b>COLLEGES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * профессиональные образовательные организации
	 * <!-- end-model-doc -->
	 * @see #COLLEGES_VALUE
	 * @generated
	 * @ordered
	 */
	COLLEGES(7, "COLLEGES", "COLLEGES"),

	/**
	 * The '<em><b>UNIVERSITIES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * образовательные организации высшего образования
	 * <!-- end-model-doc -->
	 * @see #UNIVERSITIES_VALUE
	 * @generated
	 * @ordered
	 */
	UNIVERSITIES(8, "UNIVERSITIES", "UNIVERSITIES"),

	/**
	 * The '<em><b>INSTITUTE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * институт развития образования, центр профориентации
	 * <!-- end-model-doc -->
	 * @see #INSTITUTE_VALUE
	 * @generated
	 * @ordered
	 */
	INSTITUTE(9, "INSTITUTE", "INSTITUTE"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * другой адресат (см. текст)
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(10, "OTHER", "OTHER"),

	/**
	 * The '<em><b>ALL ORGANISATIONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * все образовательные организации любого типа
	 * <!-- end-model-doc -->
	 * @see #ALL_ORGANISATIONS_VALUE
	 * @generated
	 * @ordered
	 */
	ALL_ORGANISATIONS(11, "ALL_ORGANISATIONS", "ALL_ORGANISATIONS");

	/**
	 * The '<em><b>MINISTRY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * региональное министерство (орган управления образованием)
	 * <!-- end-model-doc -->
	 * @see #MINISTRY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MINISTRY_VALUE = 0;

	/**
	 * The '<em><b>MUNICIPAL DEPARTMENTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * муниципальные органы управления образованием
	 * <!-- end-model-doc -->
	 * @see #MUNICIPAL_DEPARTMENTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MUNICIPAL_DEPARTMENTS_VALUE = 1;

	/**
	 * The '<em><b>ALL SCHOOLS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * все общеобразовательные организации
	 * <!-- end-model-doc -->
	 * @see #ALL_SCHOOLS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ALL_SCHOOLS_VALUE = 2;

	/**
	 * The '<em><b>NAMED ORGANISATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * названная ОО
	 * <!-- end-model-doc -->
	 * @see #NAMED_ORGANISATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NAMED_ORGANISATION_VALUE = 3;

	/**
	 * The '<em><b>NAMED MUNICIPALITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * названное муниципальное образование
	 * <!-- end-model-doc -->
	 * @see #NAMED_MUNICIPALITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NAMED_MUNICIPALITY_VALUE = 4;

	/**
	 * The '<em><b>ALL PRESCHOOLS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * все дошкольные организации
	 * <!-- end-model-doc -->
	 * @see #ALL_PRESCHOOLS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ALL_PRESCHOOLS_VALUE = 5;

	/**
	 * The '<em><b>ALL ADDITIONAL EDUCATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * все организации дополнительного образования
	 * <!-- end-model-doc -->
	 * @see #ALL_ADDITIONAL_EDUCATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ALL_ADDITIONAL_EDUCATION_VALUE = 6;

	/**
	 * The '<em><b>COLLEGES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * профессиональные образовательные организации
	 * <!-- end-model-doc -->
	 * @see #COLLEGES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COLLEGES_VALUE = 7;

	/**
	 * The '<em><b>UNIVERSITIES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * образовательные организации высшего образования
	 * <!-- end-model-doc -->
	 * @see #UNIVERSITIES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNIVERSITIES_VALUE = 8;

	/**
	 * The '<em><b>INSTITUTE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * институт развития образования, центр профориентации
	 * <!-- end-model-doc -->
	 * @see #INSTITUTE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INSTITUTE_VALUE = 9;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * другой адресат (см. текст)
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 10;

	/**
	 * The '<em><b>ALL ORGANISATIONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * все образовательные организации любого типа
	 * <!-- end-model-doc -->
	 * @see #ALL_ORGANISATIONS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ALL_ORGANISATIONS_VALUE = 11;

	/**
	 * An array of all the '<em><b>Addressee Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AddresseeKind[] VALUES_ARRAY =
		new AddresseeKind[] {
			MINISTRY,
			MUNICIPAL_DEPARTMENTS,
			ALL_SCHOOLS,
			NAMED_ORGANISATION,
			NAMED_MUNICIPALITY,
			ALL_PRESCHOOLS,
			ALL_ADDITIONAL_EDUCATION,
			COLLEGES,
			UNIVERSITIES,
			INSTITUTE,
			OTHER,
			ALL_ORGANISATIONS,
		};

	/**
	 * A public read-only list of all the '<em><b>Addressee Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AddresseeKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Addressee Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AddresseeKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AddresseeKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Addressee Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AddresseeKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AddresseeKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Addressee Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AddresseeKind get(int value) {
		switch (value) {
			case MINISTRY_VALUE: return MINISTRY;
			case MUNICIPAL_DEPARTMENTS_VALUE: return MUNICIPAL_DEPARTMENTS;
			case ALL_SCHOOLS_VALUE: return ALL_SCHOOLS;
			case NAMED_ORGANISATION_VALUE: return NAMED_ORGANISATION;
			case NAMED_MUNICIPALITY_VALUE: return NAMED_MUNICIPALITY;
			case ALL_PRESCHOOLS_VALUE: return ALL_PRESCHOOLS;
			case ALL_ADDITIONAL_EDUCATION_VALUE: return ALL_ADDITIONAL_EDUCATION;
			case COLLEGES_VALUE: return COLLEGES;
			case UNIVERSITIES_VALUE: return UNIVERSITIES;
			case INSTITUTE_VALUE: return INSTITUTE;
			case OTHER_VALUE: return OTHER;
			case ALL_ORGANISATIONS_VALUE: return ALL_ORGANISATIONS;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private AddresseeKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //AddresseeKind
