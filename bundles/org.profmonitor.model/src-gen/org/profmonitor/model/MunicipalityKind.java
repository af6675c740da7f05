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
 * A representation of the literals of the enumeration '<em><b>Municipality Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Вид муниципального образования.
 * <!-- end-model-doc -->
 * @see org.profmonitor.model.ProfmonitorPackage#getMunicipalityKind()
 * @model
 * @generated
 */
public enum MunicipalityKind implements Enumerator {
	/**
	 * The '<em><b>DISTRICT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * муниципальный район
	 * <!-- end-model-doc -->
	 * @see #DISTRICT_VALUE
	 * @generated
	 * @ordered
	 */
	DISTRICT(0, "DISTRICT", "DISTRICT"),

	/**
	 * The '<em><b>MUNICIPAL OKRUG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * муниципальный округ
	 * <!-- end-model-doc -->
	 * @see #MUNICIPAL_OKRUG_VALUE
	 * @generated
	 * @ordered
	 */
	MUNICIPAL_OKRUG(1, "MUNICIPAL_OKRUG", "MUNICIPAL_OKRUG"),

	/**
	 * The '<em><b>CITY OKRUG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * городской округ
	 * <!-- end-model-doc -->
	 * @see #CITY_OKRUG_VALUE
	 * @generated
	 * @ordered
	 */
	CITY_OKRUG(2, "CITY_OKRUG", "CITY_OKRUG"),

	/**
	 * The '<em><b>ZATO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ЗАТО
	 * <!-- end-model-doc -->
	 * @see #ZATO_VALUE
	 * @generated
	 * @ordered
	 */
	ZATO(3, "ZATO", "ZATO");

	/**
	 * The '<em><b>DISTRICT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * муниципальный район
	 * <!-- end-model-doc -->
	 * @see #DISTRICT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DISTRICT_VALUE = 0;

	/**
	 * The '<em><b>MUNICIPAL OKRUG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * муниципальный округ
	 * <!-- end-model-doc -->
	 * @see #MUNICIPAL_OKRUG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MUNICIPAL_OKRUG_VALUE = 1;

	/**
	 * The '<em><b>CITY OKRUG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * городской округ
	 * <!-- end-model-doc -->
	 * @see #CITY_OKRUG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CITY_OKRUG_VALUE = 2;

	/**
	 * The '<em><b>ZATO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ЗАТО
	 * <!-- end-model-doc -->
	 * @see #ZATO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ZATO_VALUE = 3;

	/**
	 * An array of all the '<em><b>Municipality Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MunicipalityKind[] VALUES_ARRAY =
		new MunicipalityKind[] {
			DISTRICT,
			MUNICIPAL_OKRUG,
			CITY_OKRUG,
			ZATO,
		};

	/**
	 * A public read-only list of all the '<em><b>Municipality Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MunicipalityKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Municipality Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MunicipalityKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MunicipalityKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Municipality Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MunicipalityKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MunicipalityKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Municipality Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MunicipalityKind get(int value) {
		switch (value) {
			case DISTRICT_VALUE: return DISTRICT;
			case MUNICIPAL_OKRUG_VALUE: return MUNICIPAL_OKRUG;
			case CITY_OKRUG_VALUE: return CITY_OKRUG;
			case ZATO_VALUE: return ZATO;
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
	private MunicipalityKind(int value, String name, String literal) {
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
	
} //MunicipalityKind
