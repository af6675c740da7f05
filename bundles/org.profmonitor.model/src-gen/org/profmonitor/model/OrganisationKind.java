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
 * A representation of the literals of the enumeration '<em><b>Organisation Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Тип образовательной организации.
 * <!-- end-model-doc -->
 * @see org.profmonitor.model.ProfmonitorPackage#getOrganisationKind()
 * @model
 * @generated
 */
public enum OrganisationKind implements Enumerator {
	/**
	 * The '<em><b>SECONDARY SCHOOL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * средняя общеобразовательная школа (СОШ)
	 * <!-- end-model-doc -->
	 * @see #SECONDARY_SCHOOL_VALUE
	 * @generated
	 * @ordered
	 */
	SECONDARY_SCHOOL(0, "SECONDARY_SCHOOL", "SECONDARY_SCHOOL"),

	/**
	 * The '<em><b>BASIC SCHOOL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * основная общеобразовательная школа (ООШ)
	 * <!-- end-model-doc -->
	 * @see #BASIC_SCHOOL_VALUE
	 * @generated
	 * @ordered
	 */
	BASIC_SCHOOL(1, "BASIC_SCHOOL", "BASIC_SCHOOL"),

	/**
	 * The '<em><b>GYMNASIUM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * гимназия
	 * <!-- end-model-doc -->
	 * @see #GYMNASIUM_VALUE
	 * @generated
	 * @ordered
	 */
	GYMNASIUM(2, "GYMNASIUM", "GYMNASIUM"),

	/**
	 * The '<em><b>LYCEUM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * лицей
	 * <!-- end-model-doc -->
	 * @see #LYCEUM_VALUE
	 * @generated
	 * @ordered
	 */
	LYCEUM(3, "LYCEUM", "LYCEUM"),

	/**
	 * The '<em><b>PRESCHOOL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * дошкольная образовательная организация (ДОУ)
	 * <!-- end-model-doc -->
	 * @see #PRESCHOOL_VALUE
	 * @generated
	 * @ordered
	 */
	PRESCHOOL(4, "PRESCHOOL", "PRESCHOOL"),

	/**
	 * The '<em><b>ADDITIONAL EDUCATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * организация дополнительного образования
	 * <!-- end-model-doc -->
	 * @see #ADDITIONAL_EDUCATION_VALUE
	 * @generated
	 * @ordered
	 */
	ADDITIONAL_EDUCATION(5, "ADDITIONAL_EDUCATION", "ADDITIONAL_EDUCATION"),

	/**
	 * The '<em><b>COLLEGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * профессиональная образовательная организация (СПО)
	 * <!-- end-model-doc -->
	 * @see #COLLEGE_VALUE
	 * @generated
	 * @ordered
	 */
	COLLEGE(6, "COLLEGE", "COLLEGE"),

	/**
	 * The '<em><b>UNIVERSITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * образовательная организация высшего образования (вуз)
	 * <!-- end-model-doc -->
	 * @see #UNIVERSITY_VALUE
	 * @generated
	 * @ordered
	 */
	UNIVERSITY(7, "UNIVERSITY", "UNIVERSITY");

	/**
	 * The '<em><b>SECONDARY SCHOOL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * средняя общеобразовательная школа (СОШ)
	 * <!-- end-model-doc -->
	 * @see #SECONDARY_SCHOOL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SECONDARY_SCHOOL_VALUE = 0;

	/**
	 * The '<em><b>BASIC SCHOOL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * основная общеобразовательная школа (ООШ)
	 * <!-- end-model-doc -->
	 * @see #BASIC_SCHOOL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BASIC_SCHOOL_VALUE = 1;

	/**
	 * The '<em><b>GYMNASIUM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * гимназия
	 * <!-- end-model-doc -->
	 * @see #GYMNASIUM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GYMNASIUM_VALUE = 2;

	/**
	 * The '<em><b>LYCEUM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * лицей
	 * <!-- end-model-doc -->
	 * @see #LYCEUM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LYCEUM_VALUE = 3;

	/**
	 * The '<em><b>PRESCHOOL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * дошкольная образовательная организация (ДОУ)
	 * <!-- end-model-doc -->
	 * @see #PRESCHOOL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRESCHOOL_VALUE = 4;

	/**
	 * The '<em><b>ADDITIONAL EDUCATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * организация дополнительного образования
	 * <!-- end-model-doc -->
	 * @see #ADDITIONAL_EDUCATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADDITIONAL_EDUCATION_VALUE = 5;

	/**
	 * The '<em><b>COLLEGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * профессиональная образовательная организация (СПО)
	 * <!-- end-model-doc -->
	 * @see #COLLEGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COLLEGE_VALUE = 6;

	/**
	 * The '<em><b>UNIVERSITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * образовательная организация высшего образования (вуз)
	 * <!-- end-model-doc -->
	 * @see #UNIVERSITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNIVERSITY_VALUE = 7;

	/**
	 * An array of all the '<em><b>Organisation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OrganisationKind[] VALUES_ARRAY =
		new OrganisationKind[] {
			SECONDARY_SCHOOL,
			BASIC_SCHOOL,
			GYMNASIUM,
			LYCEUM,
			PRESCHOOL,
			ADDITIONAL_EDUCATION,
			COLLEGE,
			UNIVERSITY,
		};

	/**
	 * A public read-only list of all the '<em><b>Organisation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OrganisationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Organisation Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganisationKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OrganisationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Organisation Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganisationKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OrganisationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Organisation Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganisationKind get(int value) {
		switch (value) {
			case SECONDARY_SCHOOL_VALUE: return SECONDARY_SCHOOL;
			case BASIC_SCHOOL_VALUE: return BASIC_SCHOOL;
			case GYMNASIUM_VALUE: return GYMNASIUM;
			case LYCEUM_VALUE: return LYCEUM;
			case PRESCHOOL_VALUE: return PRESCHOOL;
			case ADDITIONAL_EDUCATION_VALUE: return ADDITIONAL_EDUCATION;
			case COLLEGE_VALUE: return COLLEGE;
			case UNIVERSITY_VALUE: return UNIVERSITY;
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
	private OrganisationKind(int value, String name, String literal) {
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
	
} //OrganisationKind
