/**
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Region</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Субъект РФ (область).
 * <!-- end-model-doc -->
 *
 *
 * @see org.profmonitor.model.ProfmonitorPackage#getRegion()
 * @model
 * @generated
 */
public interface Region extends Coded {
} // Region
