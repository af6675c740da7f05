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
 * A representation of the literals of the enumeration '<em><b>Problem Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Вид проблемы.
 * <!-- end-model-doc -->
 * @see org.profmonitor.model.ProfmonitorPackage#getProblemKind()
 * @model
 * @generated
 */
public enum ProblemKind implements Enumerator {
	/**
	 * The '<em><b>BELOW TARGET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * план не достигнут
	 * <!-- end-model-doc -->
	 * @see #BELOW_TARGET_VALUE
	 * @generated
	 * @ordered
	 */
	BELOW_TARGET(0, "BELOW_TARGET", "BELOW_TARGET"),

	/**
	 * The '<em><b>FELL AGAINST PREVIOUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * снижение к прошлому периоду
	 * <!-- end-model-doc -->
	 * @see #FELL_AGAINST_PREVIOUS_VALUE
	 * @generated
	 * @ordered
	 */
	FELL_AGAINST_PREVIOUS(1, "FELL_AGAINST_PREVIOUS", "FELL_AGAINST_PREVIOUS"),

	/**
	 * The '<em><b>ZERO COVERAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * нулевой охват
	 * <!-- end-model-doc -->
	 * @see #ZERO_COVERAGE_VALUE
	 * @generated
	 * @ordered
	 */
	ZERO_COVERAGE(2, "ZERO_COVERAGE", "ZERO_COVERAGE"),

	/**
	 * The '<em><b>NOT REPORTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * данные не представлены
	 * <!-- end-model-doc -->
	 * @see #NOT_REPORTED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_REPORTED(3, "NOT_REPORTED", "NOT_REPORTED"),

	/**
	 * The '<em><b>RULE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * нарушено правило (например, часть больше целого)
	 * <!-- end-model-doc -->
	 * @see #RULE_VALUE
	 * @generated
	 * @ordered
	 */
	RULE(4, "RULE", "RULE");

	/**
	 * The '<em><b>BELOW TARGET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * план не достигнут
	 * <!-- end-model-doc -->
	 * @see #BELOW_TARGET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BELOW_TARGET_VALUE = 0;

	/**
	 * The '<em><b>FELL AGAINST PREVIOUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * снижение к прошлому периоду
	 * <!-- end-model-doc -->
	 * @see #FELL_AGAINST_PREVIOUS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FELL_AGAINST_PREVIOUS_VALUE = 1;

	/**
	 * The '<em><b>ZERO COVERAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * нулевой охват
	 * <!-- end-model-doc -->
	 * @see #ZERO_COVERAGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ZERO_COVERAGE_VALUE = 2;

	/**
	 * The '<em><b>NOT REPORTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * данные не представлены
	 * <!-- end-model-doc -->
	 * @see #NOT_REPORTED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_REPORTED_VALUE = 3;

	/**
	 * The '<em><b>RULE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * нарушено правило (например, часть больше целого)
	 * <!-- end-model-doc -->
	 * @see #RULE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RULE_VALUE = 4;

	/**
	 * An array of all the '<em><b>Problem Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ProblemKind[] VALUES_ARRAY =
		new ProblemKind[] {
			BELOW_TARGET,
			FELL_AGAINST_PREVIOUS,
			ZERO_COVERAGE,
			NOT_REPORTED,
			RULE,
		};

	/**
	 * A public read-only list of all the '<em><b>Problem Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ProblemKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Problem Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProblemKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ProblemKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Problem Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProblemKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ProblemKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Problem Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProblemKind get(int value) {
		switch (value) {
			case BELOW_TARGET_VALUE: return BELOW_TARGET;
			case FELL_AGAINST_PREVIOUS_VALUE: return FELL_AGAINST_PREVIOUS;
			case ZERO_COVERAGE_VALUE: return ZERO_COVERAGE;
			case NOT_REPORTED_VALUE: return NOT_REPORTED;
			case RULE_VALUE: return RULE;
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
	private ProblemKind(int value, String name, String literal) {
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
	
} //ProblemKind
