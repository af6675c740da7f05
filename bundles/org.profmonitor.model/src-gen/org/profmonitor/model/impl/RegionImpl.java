/**
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.profmonitor.model.ProfmonitorPackage;
import org.profmonitor.model.Region;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Region</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class RegionImpl extends CodedImpl implements Region {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RegionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProfmonitorPackage.Literals.REGION;
	}

} //RegionImpl
