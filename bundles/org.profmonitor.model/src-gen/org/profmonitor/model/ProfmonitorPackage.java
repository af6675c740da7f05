/**
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Модель ProfMonitor: справочник ОО, показатели мониторинга самоопределения и профессиональной ориентации обучающихся, кампании, результаты и адресные рекомендации.
 * <!-- end-model-doc -->
 * @see org.profmonitor.model.ProfmonitorFactory
 * @model kind="package"
 * @generated
 */
public interface ProfmonitorPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.profmonitor.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "pm";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ProfmonitorPackage eINSTANCE = org.profmonitor.model.impl.ProfmonitorPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.profmonitor.model.impl.CodedImpl <em>Coded</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.profmonitor.model.impl.CodedImpl
	 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getCoded()
	 * @generated
	 */
	int CODED = 0;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED__CODE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED__NAME = 1;

	/**
	 * The number of structural features of the '<em>Coded</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Coded</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.profmonitor.model.impl.DirectoryImpl <em>Directory</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.profmonitor.model.impl.DirectoryImpl
	 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getDirectory()
	 * @generated
	 */
	int DIRECTORY = 1;

	/**
	 * The feature id for the '<em><b>Region</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY__REGION = 0;

	/**
	 * The feature id for the '<em><b>Municipalities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY__MUNICIPALITIES = 1;

	/**
	 * The number of structural features of the '<em>Directory</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY_FEATURE_COUNT = 2;

	/**
	 * The operation id for the '<em>Unique Codes</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY___UNIQUE_CODES__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The number of operations of the '<em>Directory</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.profmonitor.model.impl.RegionImpl <em>Region</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.profmonitor.model.impl.RegionImpl
	 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getRegion()
	 * @generated
	 */
	int REGION = 2;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__CODE = CODED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__NAME = CODED__NAME;

	/**
	 * The number of structural features of the '<em>Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_FEATURE_COUNT = CODED_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_OPERATION_COUNT = CODED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.profmonitor.model.impl.MunicipalityImpl <em>Municipality</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.profmonitor.model.impl.MunicipalityImpl
	 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getMunicipality()
	 * @generated
	 */
	int MUNICIPALITY = 3;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__CODE = CODED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__NAME = CODED__NAME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__KIND = CODED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Short Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__SHORT_NAME = CODED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Former Names</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__FORMER_NAMES = CODED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Directory</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__DIRECTORY = CODED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Organisations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__ORGANISATIONS = CODED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Municipality</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY_FEATURE_COUNT = CODED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Municipality</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY_OPERATION_COUNT = CODED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.profmonitor.model.impl.OrganisationImpl <em>Organisation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.profmonitor.model.impl.OrganisationImpl
	 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getOrganisation()
	 * @generated
	 */
	int ORGANISATION = 4;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__CODE = CODED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__NAME = CODED__NAME;

	/**
	 * The feature id for the '<em><b>Short Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__SHORT_NAME = CODED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__KIND = CODED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Levels</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__LEVELS = CODED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Synthetic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__SYNTHETIC = CODED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__NOTE = CODED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Municipality</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__MUNICIPALITY = CODED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_FEATURE_COUNT = CODED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_OPERATION_COUNT = CODED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.profmonitor.model.impl.LegalActImpl <em>Legal Act</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.profmonitor.model.impl.LegalActImpl
	 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getLegalAct()
	 * @generated
	 */
	int LEGAL_ACT = 5;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_ACT__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Issuer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_ACT__ISSUER = 1;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_ACT__NUMBER = 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_ACT__DATE = 3;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_ACT__NOTE = 4;

	/**
	 * The number of structural features of the '<em>Legal Act</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_ACT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Legal Act</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_ACT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.profmonitor.model.impl.IndicatorSetImpl <em>Indicator Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.profmonitor.model.impl.IndicatorSetImpl
	 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getIndicatorSet()
	 * @generated
	 */
	int INDICATOR_SET = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_SET__ID = 0;

	/**
	 * The feature id for the '<em><b>Region Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_SET__REGION_CODE = 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_SET__TITLE = 2;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_SET__VERSION = 3;

	/**
	 * The feature id for the '<em><b>Regulation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_SET__REGULATION = 4;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_SET__SOURCES = 5;

	/**
	 * The feature id for the '<em><b>Criteria</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_SET__CRITERIA = 6;

	/**
	 * The feature id for the '<em><b>Data Elements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_SET__DATA_ELEMENTS = 7;

	/**
	 * The feature id for the '<em><b>Recommendation Templates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_SET__RECOMMENDATION_TEMPLATES = 8;

	/**
	 * The number of structural features of the '<em>Indicator Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_SET_FEATURE_COUNT = 9;

	/**
	 * The operation id for the '<em>Unique Codes</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_SET___UNIQUE_CODES__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The number of operations of the '<em>Indicator Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_SET_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.profmonitor.model.impl.CriterionImpl <em>Criterion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.profmonitor.model.impl.CriterionImpl
	 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getCriterion()
	 * @generated
	 */
	int CRITERION = 7;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__CODE = CODED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__NAME = CODED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__DESCRIPTION = CODED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Indicator Set</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__INDICATOR_SET = CODED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__INDICATORS = CODED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_FEATURE_COUNT = CODED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_OPERATION_COUNT = CODED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.profmonitor.model.impl.IndicatorImpl <em>Indicator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.profmonitor.model.impl.IndicatorImpl
	 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getIndicator()
	 * @generated
	 */
	int INDICATOR = 8;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__CODE = CODED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__NAME = CODED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DESCRIPTION = CODED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__UNIT = CODED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DIRECTION = CODED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Formula</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__FORMULA = CODED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__LEVEL = CODED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Disaggregations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DISAGGREGATIONS = CODED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Assumption</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__ASSUMPTION = CODED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Assumption Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__ASSUMPTION_NOTE = CODED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Criterion</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__CRITERION = CODED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__TARGETS = CODED_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_FEATURE_COUNT = CODED_FEATURE_COUNT + 10;

	/**
	 * The operation id for the '<em>Formula Valid</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR___FORMULA_VALID__DIAGNOSTICCHAIN_MAP = CODED_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_OPERATION_COUNT = CODED_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.profmonitor.model.impl.DataElementImpl <em>Data Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.profmonitor.model.impl.DataElementImpl
	 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getDataElement()
	 * @generated
	 */
	int DATA_ELEMENT = 9;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ELEMENT__CODE = CODED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ELEMENT__NAME = CODED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ELEMENT__DESCRIPTION = CODED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ELEMENT__TYPE = CODED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ELEMENT__UNIT = CODED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ELEMENT__MIN = CODED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ELEMENT__MAX = CODED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Whole</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ELEMENT__WHOLE = CODED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Parts</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ELEMENT__PARTS = CODED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Part Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ELEMENT__PART_GROUP = CODED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Indicator Set</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ELEMENT__INDICATOR_SET = CODED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Data Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ELEMENT_FEATURE_COUNT = CODED_FEATURE_COUNT + 9;

	/**
	 * The operation id for the '<em>Whole Valid</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ELEMENT___WHOLE_VALID__DIAGNOSTICCHAIN_MAP = CODED_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Range Valid</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ELEMENT___RANGE_VALID__DIAGNOSTICCHAIN_MAP = CODED_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Data Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ELEMENT_OPERATION_COUNT = CODED_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.profmonitor.model.impl.TargetImpl <em>Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.profmonitor.model.impl.TargetImpl
	 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getTarget()
	 * @generated
	 */
	int TARGET = 10;

	/**
	 * The feature id for the '<em><b>Indicator</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__INDICATOR = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__KIND = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__VALUE = 2;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__LEVEL = 3;

	/**
	 * The feature id for the '<em><b>Municipality Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__MUNICIPALITY_CODE = 4;

	/**
	 * The feature id for the '<em><b>Academic Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__ACADEMIC_YEAR = 5;

	/**
	 * The feature id for the '<em><b>Assumption</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__ASSUMPTION = 6;

	/**
	 * The feature id for the '<em><b>Assumption Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__ASSUMPTION_NOTE = 7;

	/**
	 * The number of structural features of the '<em>Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_FEATURE_COUNT = 8;

	/**
	 * The operation id for the '<em>Value In Range</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET___VALUE_IN_RANGE__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The number of operations of the '<em>Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.profmonitor.model.impl.RecommendationTemplateImpl <em>Recommendation Template</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.profmonitor.model.impl.RecommendationTemplateImpl
	 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getRecommendationTemplate()
	 * @generated
	 */
	int RECOMMENDATION_TEMPLATE = 11;

	/**
	 * The feature id for the '<em><b>Problem Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION_TEMPLATE__PROBLEM_KIND = 0;

	/**
	 * The feature id for the '<em><b>Indicator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION_TEMPLATE__INDICATOR = 1;

	/**
	 * The feature id for the '<em><b>Addressee Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION_TEMPLATE__ADDRESSEE_KIND = 2;

	/**
	 * The feature id for the '<em><b>Addressee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION_TEMPLATE__ADDRESSEE = 3;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION_TEMPLATE__ACTION = 4;

	/**
	 * The feature id for the '<em><b>Deadline Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION_TEMPLATE__DEADLINE_RULE = 5;

	/**
	 * The feature id for the '<em><b>Responsible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION_TEMPLATE__RESPONSIBLE = 6;

	/**
	 * The feature id for the '<em><b>Assumption</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION_TEMPLATE__ASSUMPTION = 7;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION_TEMPLATE__NOTE = 8;

	/**
	 * The number of structural features of the '<em>Recommendation Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION_TEMPLATE_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Recommendation Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION_TEMPLATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.profmonitor.model.impl.CampaignImpl <em>Campaign</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.profmonitor.model.impl.CampaignImpl
	 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getCampaign()
	 * @generated
	 */
	int CAMPAIGN = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Indicator Set</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__INDICATOR_SET = 2;

	/**
	 * The feature id for the '<em><b>Academic Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__ACADEMIC_YEAR = 3;

	/**
	 * The feature id for the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__PERIOD_START = 4;

	/**
	 * The feature id for the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__PERIOD_END = 5;

	/**
	 * The feature id for the '<em><b>Schedule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__SCHEDULE = 6;

	/**
	 * The feature id for the '<em><b>Opening Order</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__OPENING_ORDER = 7;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__STATUS = 8;

	/**
	 * The feature id for the '<em><b>Previous</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__PREVIOUS = 9;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__NOTE = 10;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__VALUES = 11;

	/**
	 * The number of structural features of the '<em>Campaign</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_FEATURE_COUNT = 12;

	/**
	 * The operation id for the '<em>Parts Not Above Whole</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN___PARTS_NOT_ABOVE_WHOLE__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The operation id for the '<em>Values In Range</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN___VALUES_IN_RANGE__DIAGNOSTICCHAIN_MAP = 1;

	/**
	 * The number of operations of the '<em>Campaign</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_OPERATION_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.profmonitor.model.impl.DataValueImpl <em>Data Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.profmonitor.model.impl.DataValueImpl
	 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getDataValue()
	 * @generated
	 */
	int DATA_VALUE = 13;

	/**
	 * The feature id for the '<em><b>Organisation Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_VALUE__ORGANISATION_CODE = 0;

	/**
	 * The feature id for the '<em><b>Element Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_VALUE__ELEMENT_CODE = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_VALUE__VALUE = 2;

	/**
	 * The feature id for the '<em><b>Disaggregation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_VALUE__DISAGGREGATION = 3;

	/**
	 * The number of structural features of the '<em>Data Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_VALUE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Data Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.profmonitor.model.impl.AnalysisImpl <em>Analysis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.profmonitor.model.impl.AnalysisImpl
	 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getAnalysis()
	 * @generated
	 */
	int ANALYSIS = 14;

	/**
	 * The feature id for the '<em><b>Campaign</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__CAMPAIGN = 0;

	/**
	 * The feature id for the '<em><b>Created On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__CREATED_ON = 1;

	/**
	 * The feature id for the '<em><b>Results</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__RESULTS = 2;

	/**
	 * The feature id for the '<em><b>Problems</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__PROBLEMS = 3;

	/**
	 * The feature id for the '<em><b>Recommendations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__RECOMMENDATIONS = 4;

	/**
	 * The feature id for the '<em><b>Decisions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__DECISIONS = 5;

	/**
	 * The number of structural features of the '<em>Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.profmonitor.model.impl.IndicatorResultImpl <em>Indicator Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.profmonitor.model.impl.IndicatorResultImpl
	 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getIndicatorResult()
	 * @generated
	 */
	int INDICATOR_RESULT = 15;

	/**
	 * The feature id for the '<em><b>Indicator Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_RESULT__INDICATOR_CODE = 0;

	/**
	 * The feature id for the '<em><b>Unit Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_RESULT__UNIT_LEVEL = 1;

	/**
	 * The feature id for the '<em><b>Unit Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_RESULT__UNIT_CODE = 2;

	/**
	 * The feature id for the '<em><b>Disaggregation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_RESULT__DISAGGREGATION = 3;

	/**
	 * The feature id for the '<em><b>Numerator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_RESULT__NUMERATOR = 4;

	/**
	 * The feature id for the '<em><b>Denominator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_RESULT__DENOMINATOR = 5;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_RESULT__VALUE = 6;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_RESULT__TARGET = 7;

	/**
	 * The feature id for the '<em><b>Reached</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_RESULT__REACHED = 8;

	/**
	 * The feature id for the '<em><b>Previous</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_RESULT__PREVIOUS = 9;

	/**
	 * The feature id for the '<em><b>Change</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_RESULT__CHANGE = 10;

	/**
	 * The feature id for the '<em><b>Rank</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_RESULT__RANK = 11;

	/**
	 * The number of structural features of the '<em>Indicator Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_RESULT_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Indicator Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_RESULT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.profmonitor.model.impl.ProblemImpl <em>Problem</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.profmonitor.model.impl.ProblemImpl
	 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getProblem()
	 * @generated
	 */
	int PROBLEM = 16;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__KIND = 0;

	/**
	 * The feature id for the '<em><b>Indicator Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__INDICATOR_CODE = 1;

	/**
	 * The feature id for the '<em><b>Unit Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__UNIT_LEVEL = 2;

	/**
	 * The feature id for the '<em><b>Unit Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__UNIT_CODE = 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__DESCRIPTION = 4;

	/**
	 * The feature id for the '<em><b>Recommendations</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__RECOMMENDATIONS = 5;

	/**
	 * The number of structural features of the '<em>Problem</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Problem</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.profmonitor.model.impl.RecommendationImpl <em>Recommendation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.profmonitor.model.impl.RecommendationImpl
	 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getRecommendation()
	 * @generated
	 */
	int RECOMMENDATION = 17;

	/**
	 * The feature id for the '<em><b>Addressee Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__ADDRESSEE_KIND = 0;

	/**
	 * The feature id for the '<em><b>Addressee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__ADDRESSEE = 1;

	/**
	 * The feature id for the '<em><b>Organisation Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__ORGANISATION_CODE = 2;

	/**
	 * The feature id for the '<em><b>Municipality Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__MUNICIPALITY_CODE = 3;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__ACTION = 4;

	/**
	 * The feature id for the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__DEADLINE = 5;

	/**
	 * The feature id for the '<em><b>Deadline Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__DEADLINE_TEXT = 6;

	/**
	 * The feature id for the '<em><b>Responsible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__RESPONSIBLE = 7;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__STATUS = 8;

	/**
	 * The feature id for the '<em><b>Problem</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__PROBLEM = 9;

	/**
	 * The feature id for the '<em><b>Indicator Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__INDICATOR_CODE = 10;

	/**
	 * The feature id for the '<em><b>Decisions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__DECISIONS = 11;

	/**
	 * The number of structural features of the '<em>Recommendation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Recommendation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.profmonitor.model.impl.DecisionImpl <em>Decision</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.profmonitor.model.impl.DecisionImpl
	 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getDecision()
	 * @generated
	 */
	int DECISION = 18;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__TITLE = LEGAL_ACT__TITLE;

	/**
	 * The feature id for the '<em><b>Issuer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__ISSUER = LEGAL_ACT__ISSUER;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__NUMBER = LEGAL_ACT__NUMBER;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__DATE = LEGAL_ACT__DATE;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__NOTE = LEGAL_ACT__NOTE;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__KIND = LEGAL_ACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Signatory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__SIGNATORY = LEGAL_ACT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Adopted Recommendations</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__ADOPTED_RECOMMENDATIONS = LEGAL_ACT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_FEATURE_COUNT = LEGAL_ACT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_OPERATION_COUNT = LEGAL_ACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.profmonitor.model.MunicipalityKind <em>Municipality Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.profmonitor.model.MunicipalityKind
	 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getMunicipalityKind()
	 * @generated
	 */
	int MUNICIPALITY_KIND = 19;

	/**
	 * The meta object id for the '{@link org.profmonitor.model.OrganisationKind <em>Organisation Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.profmonitor.model.OrganisationKind
	 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getOrganisationKind()
	 * @generated
	 */
	int ORGANISATION_KIND = 20;

	/**
	 * The meta object id for the '{@link org.profmonitor.model.EducationLevel <em>Education Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.profmonitor.model.EducationLevel
	 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getEducationLevel()
	 * @generated
	 */
	int EDUCATION_LEVEL = 21;

	/**
	 * The meta object id for the '{@link org.profmonitor.model.DataElementType <em>Data Element Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.profmonitor.model.DataElementType
	 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getDataElementType()
	 * @generated
	 */
	int DATA_ELEMENT_TYPE = 22;

	/**
	 * The meta object id for the '{@link org.profmonitor.model.Direction <em>Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.profmonitor.model.Direction
	 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getDirection()
	 * @generated
	 */
	int DIRECTION = 23;

	/**
	 * The meta object id for the '{@link org.profmonitor.model.TargetKind <em>Target Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.profmonitor.model.TargetKind
	 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getTargetKind()
	 * @generated
	 */
	int TARGET_KIND = 24;

	/**
	 * The meta object id for the '{@link org.profmonitor.model.CampaignStatus <em>Campaign Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.profmonitor.model.CampaignStatus
	 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getCampaignStatus()
	 * @generated
	 */
	int CAMPAIGN_STATUS = 25;

	/**
	 * The meta object id for the '{@link org.profmonitor.model.UnitLevel <em>Unit Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.profmonitor.model.UnitLevel
	 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getUnitLevel()
	 * @generated
	 */
	int UNIT_LEVEL = 26;

	/**
	 * The meta object id for the '{@link org.profmonitor.model.ProblemKind <em>Problem Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.profmonitor.model.ProblemKind
	 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getProblemKind()
	 * @generated
	 */
	int PROBLEM_KIND = 27;

	/**
	 * The meta object id for the '{@link org.profmonitor.model.AddresseeKind <em>Addressee Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.profmonitor.model.AddresseeKind
	 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getAddresseeKind()
	 * @generated
	 */
	int ADDRESSEE_KIND = 28;

	/**
	 * The meta object id for the '{@link org.profmonitor.model.RecommendationStatus <em>Recommendation Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.profmonitor.model.RecommendationStatus
	 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getRecommendationStatus()
	 * @generated
	 */
	int RECOMMENDATION_STATUS = 29;

	/**
	 * The meta object id for the '{@link org.profmonitor.model.DecisionKind <em>Decision Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.profmonitor.model.DecisionKind
	 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getDecisionKind()
	 * @generated
	 */
	int DECISION_KIND = 30;

	/**
	 * The meta object id for the '<em>Iso Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getIsoDate()
	 * @generated
	 */
	int ISO_DATE = 31;


	/**
	 * Returns the meta object for class '{@link org.profmonitor.model.Coded <em>Coded</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Coded</em>'.
	 * @see org.profmonitor.model.Coded
	 * @generated
	 */
	EClass getCoded();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Coded#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.profmonitor.model.Coded#getCode()
	 * @see #getCoded()
	 * @generated
	 */
	EAttribute getCoded_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Coded#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.profmonitor.model.Coded#getName()
	 * @see #getCoded()
	 * @generated
	 */
	EAttribute getCoded_Name();

	/**
	 * Returns the meta object for class '{@link org.profmonitor.model.Directory <em>Directory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Directory</em>'.
	 * @see org.profmonitor.model.Directory
	 * @generated
	 */
	EClass getDirectory();

	/**
	 * Returns the meta object for the containment reference '{@link org.profmonitor.model.Directory#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Region</em>'.
	 * @see org.profmonitor.model.Directory#getRegion()
	 * @see #getDirectory()
	 * @generated
	 */
	EReference getDirectory_Region();

	/**
	 * Returns the meta object for the containment reference list '{@link org.profmonitor.model.Directory#getMunicipalities <em>Municipalities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Municipalities</em>'.
	 * @see org.profmonitor.model.Directory#getMunicipalities()
	 * @see #getDirectory()
	 * @generated
	 */
	EReference getDirectory_Municipalities();

	/**
	 * Returns the meta object for the '{@link org.profmonitor.model.Directory#uniqueCodes(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Unique Codes</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Unique Codes</em>' operation.
	 * @see org.profmonitor.model.Directory#uniqueCodes(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getDirectory__UniqueCodes__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.profmonitor.model.Region <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Region</em>'.
	 * @see org.profmonitor.model.Region
	 * @generated
	 */
	EClass getRegion();

	/**
	 * Returns the meta object for class '{@link org.profmonitor.model.Municipality <em>Municipality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Municipality</em>'.
	 * @see org.profmonitor.model.Municipality
	 * @generated
	 */
	EClass getMunicipality();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Municipality#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.profmonitor.model.Municipality#getKind()
	 * @see #getMunicipality()
	 * @generated
	 */
	EAttribute getMunicipality_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Municipality#getShortName <em>Short Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Short Name</em>'.
	 * @see org.profmonitor.model.Municipality#getShortName()
	 * @see #getMunicipality()
	 * @generated
	 */
	EAttribute getMunicipality_ShortName();

	/**
	 * Returns the meta object for the attribute list '{@link org.profmonitor.model.Municipality#getFormerNames <em>Former Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Former Names</em>'.
	 * @see org.profmonitor.model.Municipality#getFormerNames()
	 * @see #getMunicipality()
	 * @generated
	 */
	EAttribute getMunicipality_FormerNames();

	/**
	 * Returns the meta object for the container reference '{@link org.profmonitor.model.Municipality#getDirectory <em>Directory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Directory</em>'.
	 * @see org.profmonitor.model.Municipality#getDirectory()
	 * @see #getMunicipality()
	 * @generated
	 */
	EReference getMunicipality_Directory();

	/**
	 * Returns the meta object for the containment reference list '{@link org.profmonitor.model.Municipality#getOrganisations <em>Organisations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Organisations</em>'.
	 * @see org.profmonitor.model.Municipality#getOrganisations()
	 * @see #getMunicipality()
	 * @generated
	 */
	EReference getMunicipality_Organisations();

	/**
	 * Returns the meta object for class '{@link org.profmonitor.model.Organisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organisation</em>'.
	 * @see org.profmonitor.model.Organisation
	 * @generated
	 */
	EClass getOrganisation();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Organisation#getShortName <em>Short Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Short Name</em>'.
	 * @see org.profmonitor.model.Organisation#getShortName()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_ShortName();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Organisation#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.profmonitor.model.Organisation#getKind()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Kind();

	/**
	 * Returns the meta object for the attribute list '{@link org.profmonitor.model.Organisation#getLevels <em>Levels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Levels</em>'.
	 * @see org.profmonitor.model.Organisation#getLevels()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Levels();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Organisation#isSynthetic <em>Synthetic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Synthetic</em>'.
	 * @see org.profmonitor.model.Organisation#isSynthetic()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Synthetic();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Organisation#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.profmonitor.model.Organisation#getNote()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Note();

	/**
	 * Returns the meta object for the container reference '{@link org.profmonitor.model.Organisation#getMunicipality <em>Municipality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Municipality</em>'.
	 * @see org.profmonitor.model.Organisation#getMunicipality()
	 * @see #getOrganisation()
	 * @generated
	 */
	EReference getOrganisation_Municipality();

	/**
	 * Returns the meta object for class '{@link org.profmonitor.model.LegalAct <em>Legal Act</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Legal Act</em>'.
	 * @see org.profmonitor.model.LegalAct
	 * @generated
	 */
	EClass getLegalAct();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.LegalAct#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.profmonitor.model.LegalAct#getTitle()
	 * @see #getLegalAct()
	 * @generated
	 */
	EAttribute getLegalAct_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.LegalAct#getIssuer <em>Issuer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issuer</em>'.
	 * @see org.profmonitor.model.LegalAct#getIssuer()
	 * @see #getLegalAct()
	 * @generated
	 */
	EAttribute getLegalAct_Issuer();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.LegalAct#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.profmonitor.model.LegalAct#getNumber()
	 * @see #getLegalAct()
	 * @generated
	 */
	EAttribute getLegalAct_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.LegalAct#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.profmonitor.model.LegalAct#getDate()
	 * @see #getLegalAct()
	 * @generated
	 */
	EAttribute getLegalAct_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.LegalAct#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.profmonitor.model.LegalAct#getNote()
	 * @see #getLegalAct()
	 * @generated
	 */
	EAttribute getLegalAct_Note();

	/**
	 * Returns the meta object for class '{@link org.profmonitor.model.IndicatorSet <em>Indicator Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator Set</em>'.
	 * @see org.profmonitor.model.IndicatorSet
	 * @generated
	 */
	EClass getIndicatorSet();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.IndicatorSet#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.profmonitor.model.IndicatorSet#getId()
	 * @see #getIndicatorSet()
	 * @generated
	 */
	EAttribute getIndicatorSet_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.IndicatorSet#getRegionCode <em>Region Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region Code</em>'.
	 * @see org.profmonitor.model.IndicatorSet#getRegionCode()
	 * @see #getIndicatorSet()
	 * @generated
	 */
	EAttribute getIndicatorSet_RegionCode();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.IndicatorSet#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.profmonitor.model.IndicatorSet#getTitle()
	 * @see #getIndicatorSet()
	 * @generated
	 */
	EAttribute getIndicatorSet_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.IndicatorSet#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.profmonitor.model.IndicatorSet#getVersion()
	 * @see #getIndicatorSet()
	 * @generated
	 */
	EAttribute getIndicatorSet_Version();

	/**
	 * Returns the meta object for the containment reference '{@link org.profmonitor.model.IndicatorSet#getRegulation <em>Regulation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Regulation</em>'.
	 * @see org.profmonitor.model.IndicatorSet#getRegulation()
	 * @see #getIndicatorSet()
	 * @generated
	 */
	EReference getIndicatorSet_Regulation();

	/**
	 * Returns the meta object for the containment reference list '{@link org.profmonitor.model.IndicatorSet#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sources</em>'.
	 * @see org.profmonitor.model.IndicatorSet#getSources()
	 * @see #getIndicatorSet()
	 * @generated
	 */
	EReference getIndicatorSet_Sources();

	/**
	 * Returns the meta object for the containment reference list '{@link org.profmonitor.model.IndicatorSet#getCriteria <em>Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Criteria</em>'.
	 * @see org.profmonitor.model.IndicatorSet#getCriteria()
	 * @see #getIndicatorSet()
	 * @generated
	 */
	EReference getIndicatorSet_Criteria();

	/**
	 * Returns the meta object for the containment reference list '{@link org.profmonitor.model.IndicatorSet#getDataElements <em>Data Elements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Data Elements</em>'.
	 * @see org.profmonitor.model.IndicatorSet#getDataElements()
	 * @see #getIndicatorSet()
	 * @generated
	 */
	EReference getIndicatorSet_DataElements();

	/**
	 * Returns the meta object for the containment reference list '{@link org.profmonitor.model.IndicatorSet#getRecommendationTemplates <em>Recommendation Templates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Recommendation Templates</em>'.
	 * @see org.profmonitor.model.IndicatorSet#getRecommendationTemplates()
	 * @see #getIndicatorSet()
	 * @generated
	 */
	EReference getIndicatorSet_RecommendationTemplates();

	/**
	 * Returns the meta object for the '{@link org.profmonitor.model.IndicatorSet#uniqueCodes(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Unique Codes</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Unique Codes</em>' operation.
	 * @see org.profmonitor.model.IndicatorSet#uniqueCodes(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getIndicatorSet__UniqueCodes__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.profmonitor.model.Criterion <em>Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Criterion</em>'.
	 * @see org.profmonitor.model.Criterion
	 * @generated
	 */
	EClass getCriterion();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Criterion#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.profmonitor.model.Criterion#getDescription()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_Description();

	/**
	 * Returns the meta object for the container reference '{@link org.profmonitor.model.Criterion#getIndicatorSet <em>Indicator Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Indicator Set</em>'.
	 * @see org.profmonitor.model.Criterion#getIndicatorSet()
	 * @see #getCriterion()
	 * @generated
	 */
	EReference getCriterion_IndicatorSet();

	/**
	 * Returns the meta object for the containment reference list '{@link org.profmonitor.model.Criterion#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indicators</em>'.
	 * @see org.profmonitor.model.Criterion#getIndicators()
	 * @see #getCriterion()
	 * @generated
	 */
	EReference getCriterion_Indicators();

	/**
	 * Returns the meta object for class '{@link org.profmonitor.model.Indicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator</em>'.
	 * @see org.profmonitor.model.Indicator
	 * @generated
	 */
	EClass getIndicator();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Indicator#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.profmonitor.model.Indicator#getDescription()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Indicator#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.profmonitor.model.Indicator#getUnit()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Indicator#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.profmonitor.model.Indicator#getDirection()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Direction();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Indicator#getFormula <em>Formula</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Formula</em>'.
	 * @see org.profmonitor.model.Indicator#getFormula()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Formula();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Indicator#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.profmonitor.model.Indicator#getLevel()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Level();

	/**
	 * Returns the meta object for the attribute list '{@link org.profmonitor.model.Indicator#getDisaggregations <em>Disaggregations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Disaggregations</em>'.
	 * @see org.profmonitor.model.Indicator#getDisaggregations()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Disaggregations();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Indicator#isAssumption <em>Assumption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assumption</em>'.
	 * @see org.profmonitor.model.Indicator#isAssumption()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Assumption();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Indicator#getAssumptionNote <em>Assumption Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assumption Note</em>'.
	 * @see org.profmonitor.model.Indicator#getAssumptionNote()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_AssumptionNote();

	/**
	 * Returns the meta object for the container reference '{@link org.profmonitor.model.Indicator#getCriterion <em>Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Criterion</em>'.
	 * @see org.profmonitor.model.Indicator#getCriterion()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Criterion();

	/**
	 * Returns the meta object for the containment reference list '{@link org.profmonitor.model.Indicator#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Targets</em>'.
	 * @see org.profmonitor.model.Indicator#getTargets()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Targets();

	/**
	 * Returns the meta object for the '{@link org.profmonitor.model.Indicator#formulaValid(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Formula Valid</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Formula Valid</em>' operation.
	 * @see org.profmonitor.model.Indicator#formulaValid(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getIndicator__FormulaValid__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.profmonitor.model.DataElement <em>Data Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Element</em>'.
	 * @see org.profmonitor.model.DataElement
	 * @generated
	 */
	EClass getDataElement();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.DataElement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.profmonitor.model.DataElement#getDescription()
	 * @see #getDataElement()
	 * @generated
	 */
	EAttribute getDataElement_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.DataElement#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.profmonitor.model.DataElement#getType()
	 * @see #getDataElement()
	 * @generated
	 */
	EAttribute getDataElement_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.DataElement#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.profmonitor.model.DataElement#getUnit()
	 * @see #getDataElement()
	 * @generated
	 */
	EAttribute getDataElement_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.DataElement#getMin <em>Min</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min</em>'.
	 * @see org.profmonitor.model.DataElement#getMin()
	 * @see #getDataElement()
	 * @generated
	 */
	EAttribute getDataElement_Min();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.DataElement#getMax <em>Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max</em>'.
	 * @see org.profmonitor.model.DataElement#getMax()
	 * @see #getDataElement()
	 * @generated
	 */
	EAttribute getDataElement_Max();

	/**
	 * Returns the meta object for the reference '{@link org.profmonitor.model.DataElement#getWhole <em>Whole</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Whole</em>'.
	 * @see org.profmonitor.model.DataElement#getWhole()
	 * @see #getDataElement()
	 * @generated
	 */
	EReference getDataElement_Whole();

	/**
	 * Returns the meta object for the reference list '{@link org.profmonitor.model.DataElement#getParts <em>Parts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Parts</em>'.
	 * @see org.profmonitor.model.DataElement#getParts()
	 * @see #getDataElement()
	 * @generated
	 */
	EReference getDataElement_Parts();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.DataElement#getPartGroup <em>Part Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Part Group</em>'.
	 * @see org.profmonitor.model.DataElement#getPartGroup()
	 * @see #getDataElement()
	 * @generated
	 */
	EAttribute getDataElement_PartGroup();

	/**
	 * Returns the meta object for the container reference '{@link org.profmonitor.model.DataElement#getIndicatorSet <em>Indicator Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Indicator Set</em>'.
	 * @see org.profmonitor.model.DataElement#getIndicatorSet()
	 * @see #getDataElement()
	 * @generated
	 */
	EReference getDataElement_IndicatorSet();

	/**
	 * Returns the meta object for the '{@link org.profmonitor.model.DataElement#wholeValid(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Whole Valid</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Whole Valid</em>' operation.
	 * @see org.profmonitor.model.DataElement#wholeValid(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getDataElement__WholeValid__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.profmonitor.model.DataElement#rangeValid(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Range Valid</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Range Valid</em>' operation.
	 * @see org.profmonitor.model.DataElement#rangeValid(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getDataElement__RangeValid__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.profmonitor.model.Target <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Target</em>'.
	 * @see org.profmonitor.model.Target
	 * @generated
	 */
	EClass getTarget();

	/**
	 * Returns the meta object for the container reference '{@link org.profmonitor.model.Target#getIndicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Indicator</em>'.
	 * @see org.profmonitor.model.Target#getIndicator()
	 * @see #getTarget()
	 * @generated
	 */
	EReference getTarget_Indicator();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Target#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.profmonitor.model.Target#getKind()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Target#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.profmonitor.model.Target#getValue()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Target#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.profmonitor.model.Target#getLevel()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Target#getMunicipalityCode <em>Municipality Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Municipality Code</em>'.
	 * @see org.profmonitor.model.Target#getMunicipalityCode()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_MunicipalityCode();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Target#getAcademicYear <em>Academic Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Academic Year</em>'.
	 * @see org.profmonitor.model.Target#getAcademicYear()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_AcademicYear();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Target#isAssumption <em>Assumption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assumption</em>'.
	 * @see org.profmonitor.model.Target#isAssumption()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Assumption();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Target#getAssumptionNote <em>Assumption Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assumption Note</em>'.
	 * @see org.profmonitor.model.Target#getAssumptionNote()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_AssumptionNote();

	/**
	 * Returns the meta object for the '{@link org.profmonitor.model.Target#valueInRange(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Value In Range</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Value In Range</em>' operation.
	 * @see org.profmonitor.model.Target#valueInRange(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getTarget__ValueInRange__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.profmonitor.model.RecommendationTemplate <em>Recommendation Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Recommendation Template</em>'.
	 * @see org.profmonitor.model.RecommendationTemplate
	 * @generated
	 */
	EClass getRecommendationTemplate();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.RecommendationTemplate#getProblemKind <em>Problem Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Problem Kind</em>'.
	 * @see org.profmonitor.model.RecommendationTemplate#getProblemKind()
	 * @see #getRecommendationTemplate()
	 * @generated
	 */
	EAttribute getRecommendationTemplate_ProblemKind();

	/**
	 * Returns the meta object for the reference '{@link org.profmonitor.model.RecommendationTemplate#getIndicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Indicator</em>'.
	 * @see org.profmonitor.model.RecommendationTemplate#getIndicator()
	 * @see #getRecommendationTemplate()
	 * @generated
	 */
	EReference getRecommendationTemplate_Indicator();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.RecommendationTemplate#getAddresseeKind <em>Addressee Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Addressee Kind</em>'.
	 * @see org.profmonitor.model.RecommendationTemplate#getAddresseeKind()
	 * @see #getRecommendationTemplate()
	 * @generated
	 */
	EAttribute getRecommendationTemplate_AddresseeKind();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.RecommendationTemplate#getAddressee <em>Addressee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Addressee</em>'.
	 * @see org.profmonitor.model.RecommendationTemplate#getAddressee()
	 * @see #getRecommendationTemplate()
	 * @generated
	 */
	EAttribute getRecommendationTemplate_Addressee();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.RecommendationTemplate#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see org.profmonitor.model.RecommendationTemplate#getAction()
	 * @see #getRecommendationTemplate()
	 * @generated
	 */
	EAttribute getRecommendationTemplate_Action();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.RecommendationTemplate#getDeadlineRule <em>Deadline Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deadline Rule</em>'.
	 * @see org.profmonitor.model.RecommendationTemplate#getDeadlineRule()
	 * @see #getRecommendationTemplate()
	 * @generated
	 */
	EAttribute getRecommendationTemplate_DeadlineRule();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.RecommendationTemplate#getResponsible <em>Responsible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Responsible</em>'.
	 * @see org.profmonitor.model.RecommendationTemplate#getResponsible()
	 * @see #getRecommendationTemplate()
	 * @generated
	 */
	EAttribute getRecommendationTemplate_Responsible();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.RecommendationTemplate#isAssumption <em>Assumption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assumption</em>'.
	 * @see org.profmonitor.model.RecommendationTemplate#isAssumption()
	 * @see #getRecommendationTemplate()
	 * @generated
	 */
	EAttribute getRecommendationTemplate_Assumption();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.RecommendationTemplate#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.profmonitor.model.RecommendationTemplate#getNote()
	 * @see #getRecommendationTemplate()
	 * @generated
	 */
	EAttribute getRecommendationTemplate_Note();

	/**
	 * Returns the meta object for class '{@link org.profmonitor.model.Campaign <em>Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Campaign</em>'.
	 * @see org.profmonitor.model.Campaign
	 * @generated
	 */
	EClass getCampaign();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Campaign#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.profmonitor.model.Campaign#getId()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Campaign#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.profmonitor.model.Campaign#getTitle()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Title();

	/**
	 * Returns the meta object for the reference '{@link org.profmonitor.model.Campaign#getIndicatorSet <em>Indicator Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Indicator Set</em>'.
	 * @see org.profmonitor.model.Campaign#getIndicatorSet()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_IndicatorSet();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Campaign#getAcademicYear <em>Academic Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Academic Year</em>'.
	 * @see org.profmonitor.model.Campaign#getAcademicYear()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_AcademicYear();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Campaign#getPeriodStart <em>Period Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period Start</em>'.
	 * @see org.profmonitor.model.Campaign#getPeriodStart()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_PeriodStart();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Campaign#getPeriodEnd <em>Period End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period End</em>'.
	 * @see org.profmonitor.model.Campaign#getPeriodEnd()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_PeriodEnd();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Campaign#getSchedule <em>Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Schedule</em>'.
	 * @see org.profmonitor.model.Campaign#getSchedule()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Schedule();

	/**
	 * Returns the meta object for the containment reference '{@link org.profmonitor.model.Campaign#getOpeningOrder <em>Opening Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Opening Order</em>'.
	 * @see org.profmonitor.model.Campaign#getOpeningOrder()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_OpeningOrder();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Campaign#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.profmonitor.model.Campaign#getStatus()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Status();

	/**
	 * Returns the meta object for the reference '{@link org.profmonitor.model.Campaign#getPrevious <em>Previous</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Previous</em>'.
	 * @see org.profmonitor.model.Campaign#getPrevious()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_Previous();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Campaign#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.profmonitor.model.Campaign#getNote()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Note();

	/**
	 * Returns the meta object for the containment reference list '{@link org.profmonitor.model.Campaign#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Values</em>'.
	 * @see org.profmonitor.model.Campaign#getValues()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_Values();

	/**
	 * Returns the meta object for the '{@link org.profmonitor.model.Campaign#partsNotAboveWhole(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Parts Not Above Whole</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Parts Not Above Whole</em>' operation.
	 * @see org.profmonitor.model.Campaign#partsNotAboveWhole(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCampaign__PartsNotAboveWhole__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.profmonitor.model.Campaign#valuesInRange(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Values In Range</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Values In Range</em>' operation.
	 * @see org.profmonitor.model.Campaign#valuesInRange(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCampaign__ValuesInRange__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.profmonitor.model.DataValue <em>Data Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Value</em>'.
	 * @see org.profmonitor.model.DataValue
	 * @generated
	 */
	EClass getDataValue();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.DataValue#getOrganisationCode <em>Organisation Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Organisation Code</em>'.
	 * @see org.profmonitor.model.DataValue#getOrganisationCode()
	 * @see #getDataValue()
	 * @generated
	 */
	EAttribute getDataValue_OrganisationCode();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.DataValue#getElementCode <em>Element Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Element Code</em>'.
	 * @see org.profmonitor.model.DataValue#getElementCode()
	 * @see #getDataValue()
	 * @generated
	 */
	EAttribute getDataValue_ElementCode();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.DataValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.profmonitor.model.DataValue#getValue()
	 * @see #getDataValue()
	 * @generated
	 */
	EAttribute getDataValue_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.DataValue#getDisaggregation <em>Disaggregation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disaggregation</em>'.
	 * @see org.profmonitor.model.DataValue#getDisaggregation()
	 * @see #getDataValue()
	 * @generated
	 */
	EAttribute getDataValue_Disaggregation();

	/**
	 * Returns the meta object for class '{@link org.profmonitor.model.Analysis <em>Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Analysis</em>'.
	 * @see org.profmonitor.model.Analysis
	 * @generated
	 */
	EClass getAnalysis();

	/**
	 * Returns the meta object for the reference '{@link org.profmonitor.model.Analysis#getCampaign <em>Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Campaign</em>'.
	 * @see org.profmonitor.model.Analysis#getCampaign()
	 * @see #getAnalysis()
	 * @generated
	 */
	EReference getAnalysis_Campaign();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Analysis#getCreatedOn <em>Created On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created On</em>'.
	 * @see org.profmonitor.model.Analysis#getCreatedOn()
	 * @see #getAnalysis()
	 * @generated
	 */
	EAttribute getAnalysis_CreatedOn();

	/**
	 * Returns the meta object for the containment reference list '{@link org.profmonitor.model.Analysis#getResults <em>Results</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Results</em>'.
	 * @see org.profmonitor.model.Analysis#getResults()
	 * @see #getAnalysis()
	 * @generated
	 */
	EReference getAnalysis_Results();

	/**
	 * Returns the meta object for the containment reference list '{@link org.profmonitor.model.Analysis#getProblems <em>Problems</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Problems</em>'.
	 * @see org.profmonitor.model.Analysis#getProblems()
	 * @see #getAnalysis()
	 * @generated
	 */
	EReference getAnalysis_Problems();

	/**
	 * Returns the meta object for the containment reference list '{@link org.profmonitor.model.Analysis#getRecommendations <em>Recommendations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Recommendations</em>'.
	 * @see org.profmonitor.model.Analysis#getRecommendations()
	 * @see #getAnalysis()
	 * @generated
	 */
	EReference getAnalysis_Recommendations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.profmonitor.model.Analysis#getDecisions <em>Decisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Decisions</em>'.
	 * @see org.profmonitor.model.Analysis#getDecisions()
	 * @see #getAnalysis()
	 * @generated
	 */
	EReference getAnalysis_Decisions();

	/**
	 * Returns the meta object for class '{@link org.profmonitor.model.IndicatorResult <em>Indicator Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator Result</em>'.
	 * @see org.profmonitor.model.IndicatorResult
	 * @generated
	 */
	EClass getIndicatorResult();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.IndicatorResult#getIndicatorCode <em>Indicator Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Indicator Code</em>'.
	 * @see org.profmonitor.model.IndicatorResult#getIndicatorCode()
	 * @see #getIndicatorResult()
	 * @generated
	 */
	EAttribute getIndicatorResult_IndicatorCode();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.IndicatorResult#getUnitLevel <em>Unit Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit Level</em>'.
	 * @see org.profmonitor.model.IndicatorResult#getUnitLevel()
	 * @see #getIndicatorResult()
	 * @generated
	 */
	EAttribute getIndicatorResult_UnitLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.IndicatorResult#getUnitCode <em>Unit Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit Code</em>'.
	 * @see org.profmonitor.model.IndicatorResult#getUnitCode()
	 * @see #getIndicatorResult()
	 * @generated
	 */
	EAttribute getIndicatorResult_UnitCode();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.IndicatorResult#getDisaggregation <em>Disaggregation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disaggregation</em>'.
	 * @see org.profmonitor.model.IndicatorResult#getDisaggregation()
	 * @see #getIndicatorResult()
	 * @generated
	 */
	EAttribute getIndicatorResult_Disaggregation();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.IndicatorResult#getNumerator <em>Numerator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Numerator</em>'.
	 * @see org.profmonitor.model.IndicatorResult#getNumerator()
	 * @see #getIndicatorResult()
	 * @generated
	 */
	EAttribute getIndicatorResult_Numerator();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.IndicatorResult#getDenominator <em>Denominator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Denominator</em>'.
	 * @see org.profmonitor.model.IndicatorResult#getDenominator()
	 * @see #getIndicatorResult()
	 * @generated
	 */
	EAttribute getIndicatorResult_Denominator();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.IndicatorResult#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.profmonitor.model.IndicatorResult#getValue()
	 * @see #getIndicatorResult()
	 * @generated
	 */
	EAttribute getIndicatorResult_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.IndicatorResult#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.profmonitor.model.IndicatorResult#getTarget()
	 * @see #getIndicatorResult()
	 * @generated
	 */
	EAttribute getIndicatorResult_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.IndicatorResult#getReached <em>Reached</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reached</em>'.
	 * @see org.profmonitor.model.IndicatorResult#getReached()
	 * @see #getIndicatorResult()
	 * @generated
	 */
	EAttribute getIndicatorResult_Reached();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.IndicatorResult#getPrevious <em>Previous</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Previous</em>'.
	 * @see org.profmonitor.model.IndicatorResult#getPrevious()
	 * @see #getIndicatorResult()
	 * @generated
	 */
	EAttribute getIndicatorResult_Previous();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.IndicatorResult#getChange <em>Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Change</em>'.
	 * @see org.profmonitor.model.IndicatorResult#getChange()
	 * @see #getIndicatorResult()
	 * @generated
	 */
	EAttribute getIndicatorResult_Change();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.IndicatorResult#getRank <em>Rank</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rank</em>'.
	 * @see org.profmonitor.model.IndicatorResult#getRank()
	 * @see #getIndicatorResult()
	 * @generated
	 */
	EAttribute getIndicatorResult_Rank();

	/**
	 * Returns the meta object for class '{@link org.profmonitor.model.Problem <em>Problem</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Problem</em>'.
	 * @see org.profmonitor.model.Problem
	 * @generated
	 */
	EClass getProblem();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Problem#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.profmonitor.model.Problem#getKind()
	 * @see #getProblem()
	 * @generated
	 */
	EAttribute getProblem_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Problem#getIndicatorCode <em>Indicator Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Indicator Code</em>'.
	 * @see org.profmonitor.model.Problem#getIndicatorCode()
	 * @see #getProblem()
	 * @generated
	 */
	EAttribute getProblem_IndicatorCode();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Problem#getUnitLevel <em>Unit Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit Level</em>'.
	 * @see org.profmonitor.model.Problem#getUnitLevel()
	 * @see #getProblem()
	 * @generated
	 */
	EAttribute getProblem_UnitLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Problem#getUnitCode <em>Unit Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit Code</em>'.
	 * @see org.profmonitor.model.Problem#getUnitCode()
	 * @see #getProblem()
	 * @generated
	 */
	EAttribute getProblem_UnitCode();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Problem#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.profmonitor.model.Problem#getDescription()
	 * @see #getProblem()
	 * @generated
	 */
	EAttribute getProblem_Description();

	/**
	 * Returns the meta object for the reference list '{@link org.profmonitor.model.Problem#getRecommendations <em>Recommendations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Recommendations</em>'.
	 * @see org.profmonitor.model.Problem#getRecommendations()
	 * @see #getProblem()
	 * @generated
	 */
	EReference getProblem_Recommendations();

	/**
	 * Returns the meta object for class '{@link org.profmonitor.model.Recommendation <em>Recommendation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Recommendation</em>'.
	 * @see org.profmonitor.model.Recommendation
	 * @generated
	 */
	EClass getRecommendation();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Recommendation#getAddresseeKind <em>Addressee Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Addressee Kind</em>'.
	 * @see org.profmonitor.model.Recommendation#getAddresseeKind()
	 * @see #getRecommendation()
	 * @generated
	 */
	EAttribute getRecommendation_AddresseeKind();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Recommendation#getAddressee <em>Addressee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Addressee</em>'.
	 * @see org.profmonitor.model.Recommendation#getAddressee()
	 * @see #getRecommendation()
	 * @generated
	 */
	EAttribute getRecommendation_Addressee();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Recommendation#getOrganisationCode <em>Organisation Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Organisation Code</em>'.
	 * @see org.profmonitor.model.Recommendation#getOrganisationCode()
	 * @see #getRecommendation()
	 * @generated
	 */
	EAttribute getRecommendation_OrganisationCode();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Recommendation#getMunicipalityCode <em>Municipality Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Municipality Code</em>'.
	 * @see org.profmonitor.model.Recommendation#getMunicipalityCode()
	 * @see #getRecommendation()
	 * @generated
	 */
	EAttribute getRecommendation_MunicipalityCode();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Recommendation#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see org.profmonitor.model.Recommendation#getAction()
	 * @see #getRecommendation()
	 * @generated
	 */
	EAttribute getRecommendation_Action();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Recommendation#getDeadline <em>Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deadline</em>'.
	 * @see org.profmonitor.model.Recommendation#getDeadline()
	 * @see #getRecommendation()
	 * @generated
	 */
	EAttribute getRecommendation_Deadline();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Recommendation#getDeadlineText <em>Deadline Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deadline Text</em>'.
	 * @see org.profmonitor.model.Recommendation#getDeadlineText()
	 * @see #getRecommendation()
	 * @generated
	 */
	EAttribute getRecommendation_DeadlineText();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Recommendation#getResponsible <em>Responsible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Responsible</em>'.
	 * @see org.profmonitor.model.Recommendation#getResponsible()
	 * @see #getRecommendation()
	 * @generated
	 */
	EAttribute getRecommendation_Responsible();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Recommendation#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.profmonitor.model.Recommendation#getStatus()
	 * @see #getRecommendation()
	 * @generated
	 */
	EAttribute getRecommendation_Status();

	/**
	 * Returns the meta object for the reference '{@link org.profmonitor.model.Recommendation#getProblem <em>Problem</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Problem</em>'.
	 * @see org.profmonitor.model.Recommendation#getProblem()
	 * @see #getRecommendation()
	 * @generated
	 */
	EReference getRecommendation_Problem();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Recommendation#getIndicatorCode <em>Indicator Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Indicator Code</em>'.
	 * @see org.profmonitor.model.Recommendation#getIndicatorCode()
	 * @see #getRecommendation()
	 * @generated
	 */
	EAttribute getRecommendation_IndicatorCode();

	/**
	 * Returns the meta object for the reference list '{@link org.profmonitor.model.Recommendation#getDecisions <em>Decisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Decisions</em>'.
	 * @see org.profmonitor.model.Recommendation#getDecisions()
	 * @see #getRecommendation()
	 * @generated
	 */
	EReference getRecommendation_Decisions();

	/**
	 * Returns the meta object for class '{@link org.profmonitor.model.Decision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Decision</em>'.
	 * @see org.profmonitor.model.Decision
	 * @generated
	 */
	EClass getDecision();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Decision#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.profmonitor.model.Decision#getKind()
	 * @see #getDecision()
	 * @generated
	 */
	EAttribute getDecision_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.profmonitor.model.Decision#getSignatory <em>Signatory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signatory</em>'.
	 * @see org.profmonitor.model.Decision#getSignatory()
	 * @see #getDecision()
	 * @generated
	 */
	EAttribute getDecision_Signatory();

	/**
	 * Returns the meta object for the reference list '{@link org.profmonitor.model.Decision#getAdoptedRecommendations <em>Adopted Recommendations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Adopted Recommendations</em>'.
	 * @see org.profmonitor.model.Decision#getAdoptedRecommendations()
	 * @see #getDecision()
	 * @generated
	 */
	EReference getDecision_AdoptedRecommendations();

	/**
	 * Returns the meta object for enum '{@link org.profmonitor.model.MunicipalityKind <em>Municipality Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Municipality Kind</em>'.
	 * @see org.profmonitor.model.MunicipalityKind
	 * @generated
	 */
	EEnum getMunicipalityKind();

	/**
	 * Returns the meta object for enum '{@link org.profmonitor.model.OrganisationKind <em>Organisation Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Organisation Kind</em>'.
	 * @see org.profmonitor.model.OrganisationKind
	 * @generated
	 */
	EEnum getOrganisationKind();

	/**
	 * Returns the meta object for enum '{@link org.profmonitor.model.EducationLevel <em>Education Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Education Level</em>'.
	 * @see org.profmonitor.model.EducationLevel
	 * @generated
	 */
	EEnum getEducationLevel();

	/**
	 * Returns the meta object for enum '{@link org.profmonitor.model.DataElementType <em>Data Element Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Data Element Type</em>'.
	 * @see org.profmonitor.model.DataElementType
	 * @generated
	 */
	EEnum getDataElementType();

	/**
	 * Returns the meta object for enum '{@link org.profmonitor.model.Direction <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Direction</em>'.
	 * @see org.profmonitor.model.Direction
	 * @generated
	 */
	EEnum getDirection();

	/**
	 * Returns the meta object for enum '{@link org.profmonitor.model.TargetKind <em>Target Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Target Kind</em>'.
	 * @see org.profmonitor.model.TargetKind
	 * @generated
	 */
	EEnum getTargetKind();

	/**
	 * Returns the meta object for enum '{@link org.profmonitor.model.CampaignStatus <em>Campaign Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Campaign Status</em>'.
	 * @see org.profmonitor.model.CampaignStatus
	 * @generated
	 */
	EEnum getCampaignStatus();

	/**
	 * Returns the meta object for enum '{@link org.profmonitor.model.UnitLevel <em>Unit Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Unit Level</em>'.
	 * @see org.profmonitor.model.UnitLevel
	 * @generated
	 */
	EEnum getUnitLevel();

	/**
	 * Returns the meta object for enum '{@link org.profmonitor.model.ProblemKind <em>Problem Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Problem Kind</em>'.
	 * @see org.profmonitor.model.ProblemKind
	 * @generated
	 */
	EEnum getProblemKind();

	/**
	 * Returns the meta object for enum '{@link org.profmonitor.model.AddresseeKind <em>Addressee Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Addressee Kind</em>'.
	 * @see org.profmonitor.model.AddresseeKind
	 * @generated
	 */
	EEnum getAddresseeKind();

	/**
	 * Returns the meta object for enum '{@link org.profmonitor.model.RecommendationStatus <em>Recommendation Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Recommendation Status</em>'.
	 * @see org.profmonitor.model.RecommendationStatus
	 * @generated
	 */
	EEnum getRecommendationStatus();

	/**
	 * Returns the meta object for enum '{@link org.profmonitor.model.DecisionKind <em>Decision Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Decision Kind</em>'.
	 * @see org.profmonitor.model.DecisionKind
	 * @generated
	 */
	EEnum getDecisionKind();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Iso Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Дата без времени и часового пояса; в XMI — ISO-строка yyyy-MM-dd (например, 2022-12-30).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Iso Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getIsoDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ProfmonitorFactory getProfmonitorFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.profmonitor.model.impl.CodedImpl <em>Coded</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.profmonitor.model.impl.CodedImpl
		 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getCoded()
		 * @generated
		 */
		EClass CODED = eINSTANCE.getCoded();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODED__CODE = eINSTANCE.getCoded_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODED__NAME = eINSTANCE.getCoded_Name();

		/**
		 * The meta object literal for the '{@link org.profmonitor.model.impl.DirectoryImpl <em>Directory</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.profmonitor.model.impl.DirectoryImpl
		 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getDirectory()
		 * @generated
		 */
		EClass DIRECTORY = eINSTANCE.getDirectory();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIRECTORY__REGION = eINSTANCE.getDirectory_Region();

		/**
		 * The meta object literal for the '<em><b>Municipalities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIRECTORY__MUNICIPALITIES = eINSTANCE.getDirectory_Municipalities();

		/**
		 * The meta object literal for the '<em><b>Unique Codes</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation DIRECTORY___UNIQUE_CODES__DIAGNOSTICCHAIN_MAP = eINSTANCE.getDirectory__UniqueCodes__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.profmonitor.model.impl.RegionImpl <em>Region</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.profmonitor.model.impl.RegionImpl
		 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getRegion()
		 * @generated
		 */
		EClass REGION = eINSTANCE.getRegion();

		/**
		 * The meta object literal for the '{@link org.profmonitor.model.impl.MunicipalityImpl <em>Municipality</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.profmonitor.model.impl.MunicipalityImpl
		 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getMunicipality()
		 * @generated
		 */
		EClass MUNICIPALITY = eINSTANCE.getMunicipality();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUNICIPALITY__KIND = eINSTANCE.getMunicipality_Kind();

		/**
		 * The meta object literal for the '<em><b>Short Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUNICIPALITY__SHORT_NAME = eINSTANCE.getMunicipality_ShortName();

		/**
		 * The meta object literal for the '<em><b>Former Names</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUNICIPALITY__FORMER_NAMES = eINSTANCE.getMunicipality_FormerNames();

		/**
		 * The meta object literal for the '<em><b>Directory</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUNICIPALITY__DIRECTORY = eINSTANCE.getMunicipality_Directory();

		/**
		 * The meta object literal for the '<em><b>Organisations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUNICIPALITY__ORGANISATIONS = eINSTANCE.getMunicipality_Organisations();

		/**
		 * The meta object literal for the '{@link org.profmonitor.model.impl.OrganisationImpl <em>Organisation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.profmonitor.model.impl.OrganisationImpl
		 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getOrganisation()
		 * @generated
		 */
		EClass ORGANISATION = eINSTANCE.getOrganisation();

		/**
		 * The meta object literal for the '<em><b>Short Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__SHORT_NAME = eINSTANCE.getOrganisation_ShortName();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__KIND = eINSTANCE.getOrganisation_Kind();

		/**
		 * The meta object literal for the '<em><b>Levels</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__LEVELS = eINSTANCE.getOrganisation_Levels();

		/**
		 * The meta object literal for the '<em><b>Synthetic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__SYNTHETIC = eINSTANCE.getOrganisation_Synthetic();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__NOTE = eINSTANCE.getOrganisation_Note();

		/**
		 * The meta object literal for the '<em><b>Municipality</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION__MUNICIPALITY = eINSTANCE.getOrganisation_Municipality();

		/**
		 * The meta object literal for the '{@link org.profmonitor.model.impl.LegalActImpl <em>Legal Act</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.profmonitor.model.impl.LegalActImpl
		 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getLegalAct()
		 * @generated
		 */
		EClass LEGAL_ACT = eINSTANCE.getLegalAct();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEGAL_ACT__TITLE = eINSTANCE.getLegalAct_Title();

		/**
		 * The meta object literal for the '<em><b>Issuer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEGAL_ACT__ISSUER = eINSTANCE.getLegalAct_Issuer();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEGAL_ACT__NUMBER = eINSTANCE.getLegalAct_Number();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEGAL_ACT__DATE = eINSTANCE.getLegalAct_Date();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEGAL_ACT__NOTE = eINSTANCE.getLegalAct_Note();

		/**
		 * The meta object literal for the '{@link org.profmonitor.model.impl.IndicatorSetImpl <em>Indicator Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.profmonitor.model.impl.IndicatorSetImpl
		 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getIndicatorSet()
		 * @generated
		 */
		EClass INDICATOR_SET = eINSTANCE.getIndicatorSet();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_SET__ID = eINSTANCE.getIndicatorSet_Id();

		/**
		 * The meta object literal for the '<em><b>Region Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_SET__REGION_CODE = eINSTANCE.getIndicatorSet_RegionCode();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_SET__TITLE = eINSTANCE.getIndicatorSet_Title();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_SET__VERSION = eINSTANCE.getIndicatorSet_Version();

		/**
		 * The meta object literal for the '<em><b>Regulation</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR_SET__REGULATION = eINSTANCE.getIndicatorSet_Regulation();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR_SET__SOURCES = eINSTANCE.getIndicatorSet_Sources();

		/**
		 * The meta object literal for the '<em><b>Criteria</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR_SET__CRITERIA = eINSTANCE.getIndicatorSet_Criteria();

		/**
		 * The meta object literal for the '<em><b>Data Elements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR_SET__DATA_ELEMENTS = eINSTANCE.getIndicatorSet_DataElements();

		/**
		 * The meta object literal for the '<em><b>Recommendation Templates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR_SET__RECOMMENDATION_TEMPLATES = eINSTANCE.getIndicatorSet_RecommendationTemplates();

		/**
		 * The meta object literal for the '<em><b>Unique Codes</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation INDICATOR_SET___UNIQUE_CODES__DIAGNOSTICCHAIN_MAP = eINSTANCE.getIndicatorSet__UniqueCodes__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.profmonitor.model.impl.CriterionImpl <em>Criterion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.profmonitor.model.impl.CriterionImpl
		 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getCriterion()
		 * @generated
		 */
		EClass CRITERION = eINSTANCE.getCriterion();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__DESCRIPTION = eINSTANCE.getCriterion_Description();

		/**
		 * The meta object literal for the '<em><b>Indicator Set</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRITERION__INDICATOR_SET = eINSTANCE.getCriterion_IndicatorSet();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRITERION__INDICATORS = eINSTANCE.getCriterion_Indicators();

		/**
		 * The meta object literal for the '{@link org.profmonitor.model.impl.IndicatorImpl <em>Indicator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.profmonitor.model.impl.IndicatorImpl
		 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getIndicator()
		 * @generated
		 */
		EClass INDICATOR = eINSTANCE.getIndicator();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__DESCRIPTION = eINSTANCE.getIndicator_Description();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__UNIT = eINSTANCE.getIndicator_Unit();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__DIRECTION = eINSTANCE.getIndicator_Direction();

		/**
		 * The meta object literal for the '<em><b>Formula</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__FORMULA = eINSTANCE.getIndicator_Formula();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__LEVEL = eINSTANCE.getIndicator_Level();

		/**
		 * The meta object literal for the '<em><b>Disaggregations</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__DISAGGREGATIONS = eINSTANCE.getIndicator_Disaggregations();

		/**
		 * The meta object literal for the '<em><b>Assumption</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__ASSUMPTION = eINSTANCE.getIndicator_Assumption();

		/**
		 * The meta object literal for the '<em><b>Assumption Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__ASSUMPTION_NOTE = eINSTANCE.getIndicator_AssumptionNote();

		/**
		 * The meta object literal for the '<em><b>Criterion</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__CRITERION = eINSTANCE.getIndicator_Criterion();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__TARGETS = eINSTANCE.getIndicator_Targets();

		/**
		 * The meta object literal for the '<em><b>Formula Valid</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation INDICATOR___FORMULA_VALID__DIAGNOSTICCHAIN_MAP = eINSTANCE.getIndicator__FormulaValid__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.profmonitor.model.impl.DataElementImpl <em>Data Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.profmonitor.model.impl.DataElementImpl
		 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getDataElement()
		 * @generated
		 */
		EClass DATA_ELEMENT = eINSTANCE.getDataElement();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_ELEMENT__DESCRIPTION = eINSTANCE.getDataElement_Description();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_ELEMENT__TYPE = eINSTANCE.getDataElement_Type();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_ELEMENT__UNIT = eINSTANCE.getDataElement_Unit();

		/**
		 * The meta object literal for the '<em><b>Min</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_ELEMENT__MIN = eINSTANCE.getDataElement_Min();

		/**
		 * The meta object literal for the '<em><b>Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_ELEMENT__MAX = eINSTANCE.getDataElement_Max();

		/**
		 * The meta object literal for the '<em><b>Whole</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_ELEMENT__WHOLE = eINSTANCE.getDataElement_Whole();

		/**
		 * The meta object literal for the '<em><b>Parts</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_ELEMENT__PARTS = eINSTANCE.getDataElement_Parts();

		/**
		 * The meta object literal for the '<em><b>Part Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_ELEMENT__PART_GROUP = eINSTANCE.getDataElement_PartGroup();

		/**
		 * The meta object literal for the '<em><b>Indicator Set</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_ELEMENT__INDICATOR_SET = eINSTANCE.getDataElement_IndicatorSet();

		/**
		 * The meta object literal for the '<em><b>Whole Valid</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation DATA_ELEMENT___WHOLE_VALID__DIAGNOSTICCHAIN_MAP = eINSTANCE.getDataElement__WholeValid__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Range Valid</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation DATA_ELEMENT___RANGE_VALID__DIAGNOSTICCHAIN_MAP = eINSTANCE.getDataElement__RangeValid__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.profmonitor.model.impl.TargetImpl <em>Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.profmonitor.model.impl.TargetImpl
		 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getTarget()
		 * @generated
		 */
		EClass TARGET = eINSTANCE.getTarget();

		/**
		 * The meta object literal for the '<em><b>Indicator</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TARGET__INDICATOR = eINSTANCE.getTarget_Indicator();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__KIND = eINSTANCE.getTarget_Kind();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__VALUE = eINSTANCE.getTarget_Value();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__LEVEL = eINSTANCE.getTarget_Level();

		/**
		 * The meta object literal for the '<em><b>Municipality Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__MUNICIPALITY_CODE = eINSTANCE.getTarget_MunicipalityCode();

		/**
		 * The meta object literal for the '<em><b>Academic Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__ACADEMIC_YEAR = eINSTANCE.getTarget_AcademicYear();

		/**
		 * The meta object literal for the '<em><b>Assumption</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__ASSUMPTION = eINSTANCE.getTarget_Assumption();

		/**
		 * The meta object literal for the '<em><b>Assumption Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__ASSUMPTION_NOTE = eINSTANCE.getTarget_AssumptionNote();

		/**
		 * The meta object literal for the '<em><b>Value In Range</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation TARGET___VALUE_IN_RANGE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getTarget__ValueInRange__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.profmonitor.model.impl.RecommendationTemplateImpl <em>Recommendation Template</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.profmonitor.model.impl.RecommendationTemplateImpl
		 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getRecommendationTemplate()
		 * @generated
		 */
		EClass RECOMMENDATION_TEMPLATE = eINSTANCE.getRecommendationTemplate();

		/**
		 * The meta object literal for the '<em><b>Problem Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION_TEMPLATE__PROBLEM_KIND = eINSTANCE.getRecommendationTemplate_ProblemKind();

		/**
		 * The meta object literal for the '<em><b>Indicator</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECOMMENDATION_TEMPLATE__INDICATOR = eINSTANCE.getRecommendationTemplate_Indicator();

		/**
		 * The meta object literal for the '<em><b>Addressee Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION_TEMPLATE__ADDRESSEE_KIND = eINSTANCE.getRecommendationTemplate_AddresseeKind();

		/**
		 * The meta object literal for the '<em><b>Addressee</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION_TEMPLATE__ADDRESSEE = eINSTANCE.getRecommendationTemplate_Addressee();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION_TEMPLATE__ACTION = eINSTANCE.getRecommendationTemplate_Action();

		/**
		 * The meta object literal for the '<em><b>Deadline Rule</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION_TEMPLATE__DEADLINE_RULE = eINSTANCE.getRecommendationTemplate_DeadlineRule();

		/**
		 * The meta object literal for the '<em><b>Responsible</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION_TEMPLATE__RESPONSIBLE = eINSTANCE.getRecommendationTemplate_Responsible();

		/**
		 * The meta object literal for the '<em><b>Assumption</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION_TEMPLATE__ASSUMPTION = eINSTANCE.getRecommendationTemplate_Assumption();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION_TEMPLATE__NOTE = eINSTANCE.getRecommendationTemplate_Note();

		/**
		 * The meta object literal for the '{@link org.profmonitor.model.impl.CampaignImpl <em>Campaign</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.profmonitor.model.impl.CampaignImpl
		 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getCampaign()
		 * @generated
		 */
		EClass CAMPAIGN = eINSTANCE.getCampaign();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__ID = eINSTANCE.getCampaign_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__TITLE = eINSTANCE.getCampaign_Title();

		/**
		 * The meta object literal for the '<em><b>Indicator Set</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__INDICATOR_SET = eINSTANCE.getCampaign_IndicatorSet();

		/**
		 * The meta object literal for the '<em><b>Academic Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__ACADEMIC_YEAR = eINSTANCE.getCampaign_AcademicYear();

		/**
		 * The meta object literal for the '<em><b>Period Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__PERIOD_START = eINSTANCE.getCampaign_PeriodStart();

		/**
		 * The meta object literal for the '<em><b>Period End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__PERIOD_END = eINSTANCE.getCampaign_PeriodEnd();

		/**
		 * The meta object literal for the '<em><b>Schedule</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__SCHEDULE = eINSTANCE.getCampaign_Schedule();

		/**
		 * The meta object literal for the '<em><b>Opening Order</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__OPENING_ORDER = eINSTANCE.getCampaign_OpeningOrder();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__STATUS = eINSTANCE.getCampaign_Status();

		/**
		 * The meta object literal for the '<em><b>Previous</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__PREVIOUS = eINSTANCE.getCampaign_Previous();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__NOTE = eINSTANCE.getCampaign_Note();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__VALUES = eINSTANCE.getCampaign_Values();

		/**
		 * The meta object literal for the '<em><b>Parts Not Above Whole</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CAMPAIGN___PARTS_NOT_ABOVE_WHOLE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCampaign__PartsNotAboveWhole__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Values In Range</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CAMPAIGN___VALUES_IN_RANGE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCampaign__ValuesInRange__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.profmonitor.model.impl.DataValueImpl <em>Data Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.profmonitor.model.impl.DataValueImpl
		 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getDataValue()
		 * @generated
		 */
		EClass DATA_VALUE = eINSTANCE.getDataValue();

		/**
		 * The meta object literal for the '<em><b>Organisation Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_VALUE__ORGANISATION_CODE = eINSTANCE.getDataValue_OrganisationCode();

		/**
		 * The meta object literal for the '<em><b>Element Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_VALUE__ELEMENT_CODE = eINSTANCE.getDataValue_ElementCode();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_VALUE__VALUE = eINSTANCE.getDataValue_Value();

		/**
		 * The meta object literal for the '<em><b>Disaggregation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_VALUE__DISAGGREGATION = eINSTANCE.getDataValue_Disaggregation();

		/**
		 * The meta object literal for the '{@link org.profmonitor.model.impl.AnalysisImpl <em>Analysis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.profmonitor.model.impl.AnalysisImpl
		 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getAnalysis()
		 * @generated
		 */
		EClass ANALYSIS = eINSTANCE.getAnalysis();

		/**
		 * The meta object literal for the '<em><b>Campaign</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS__CAMPAIGN = eINSTANCE.getAnalysis_Campaign();

		/**
		 * The meta object literal for the '<em><b>Created On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS__CREATED_ON = eINSTANCE.getAnalysis_CreatedOn();

		/**
		 * The meta object literal for the '<em><b>Results</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS__RESULTS = eINSTANCE.getAnalysis_Results();

		/**
		 * The meta object literal for the '<em><b>Problems</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS__PROBLEMS = eINSTANCE.getAnalysis_Problems();

		/**
		 * The meta object literal for the '<em><b>Recommendations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS__RECOMMENDATIONS = eINSTANCE.getAnalysis_Recommendations();

		/**
		 * The meta object literal for the '<em><b>Decisions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS__DECISIONS = eINSTANCE.getAnalysis_Decisions();

		/**
		 * The meta object literal for the '{@link org.profmonitor.model.impl.IndicatorResultImpl <em>Indicator Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.profmonitor.model.impl.IndicatorResultImpl
		 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getIndicatorResult()
		 * @generated
		 */
		EClass INDICATOR_RESULT = eINSTANCE.getIndicatorResult();

		/**
		 * The meta object literal for the '<em><b>Indicator Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_RESULT__INDICATOR_CODE = eINSTANCE.getIndicatorResult_IndicatorCode();

		/**
		 * The meta object literal for the '<em><b>Unit Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_RESULT__UNIT_LEVEL = eINSTANCE.getIndicatorResult_UnitLevel();

		/**
		 * The meta object literal for the '<em><b>Unit Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_RESULT__UNIT_CODE = eINSTANCE.getIndicatorResult_UnitCode();

		/**
		 * The meta object literal for the '<em><b>Disaggregation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_RESULT__DISAGGREGATION = eINSTANCE.getIndicatorResult_Disaggregation();

		/**
		 * The meta object literal for the '<em><b>Numerator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_RESULT__NUMERATOR = eINSTANCE.getIndicatorResult_Numerator();

		/**
		 * The meta object literal for the '<em><b>Denominator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_RESULT__DENOMINATOR = eINSTANCE.getIndicatorResult_Denominator();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_RESULT__VALUE = eINSTANCE.getIndicatorResult_Value();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_RESULT__TARGET = eINSTANCE.getIndicatorResult_Target();

		/**
		 * The meta object literal for the '<em><b>Reached</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_RESULT__REACHED = eINSTANCE.getIndicatorResult_Reached();

		/**
		 * The meta object literal for the '<em><b>Previous</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_RESULT__PREVIOUS = eINSTANCE.getIndicatorResult_Previous();

		/**
		 * The meta object literal for the '<em><b>Change</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_RESULT__CHANGE = eINSTANCE.getIndicatorResult_Change();

		/**
		 * The meta object literal for the '<em><b>Rank</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_RESULT__RANK = eINSTANCE.getIndicatorResult_Rank();

		/**
		 * The meta object literal for the '{@link org.profmonitor.model.impl.ProblemImpl <em>Problem</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.profmonitor.model.impl.ProblemImpl
		 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getProblem()
		 * @generated
		 */
		EClass PROBLEM = eINSTANCE.getProblem();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBLEM__KIND = eINSTANCE.getProblem_Kind();

		/**
		 * The meta object literal for the '<em><b>Indicator Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBLEM__INDICATOR_CODE = eINSTANCE.getProblem_IndicatorCode();

		/**
		 * The meta object literal for the '<em><b>Unit Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBLEM__UNIT_LEVEL = eINSTANCE.getProblem_UnitLevel();

		/**
		 * The meta object literal for the '<em><b>Unit Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBLEM__UNIT_CODE = eINSTANCE.getProblem_UnitCode();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBLEM__DESCRIPTION = eINSTANCE.getProblem_Description();

		/**
		 * The meta object literal for the '<em><b>Recommendations</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROBLEM__RECOMMENDATIONS = eINSTANCE.getProblem_Recommendations();

		/**
		 * The meta object literal for the '{@link org.profmonitor.model.impl.RecommendationImpl <em>Recommendation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.profmonitor.model.impl.RecommendationImpl
		 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getRecommendation()
		 * @generated
		 */
		EClass RECOMMENDATION = eINSTANCE.getRecommendation();

		/**
		 * The meta object literal for the '<em><b>Addressee Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION__ADDRESSEE_KIND = eINSTANCE.getRecommendation_AddresseeKind();

		/**
		 * The meta object literal for the '<em><b>Addressee</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION__ADDRESSEE = eINSTANCE.getRecommendation_Addressee();

		/**
		 * The meta object literal for the '<em><b>Organisation Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION__ORGANISATION_CODE = eINSTANCE.getRecommendation_OrganisationCode();

		/**
		 * The meta object literal for the '<em><b>Municipality Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION__MUNICIPALITY_CODE = eINSTANCE.getRecommendation_MunicipalityCode();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION__ACTION = eINSTANCE.getRecommendation_Action();

		/**
		 * The meta object literal for the '<em><b>Deadline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION__DEADLINE = eINSTANCE.getRecommendation_Deadline();

		/**
		 * The meta object literal for the '<em><b>Deadline Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION__DEADLINE_TEXT = eINSTANCE.getRecommendation_DeadlineText();

		/**
		 * The meta object literal for the '<em><b>Responsible</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION__RESPONSIBLE = eINSTANCE.getRecommendation_Responsible();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION__STATUS = eINSTANCE.getRecommendation_Status();

		/**
		 * The meta object literal for the '<em><b>Problem</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECOMMENDATION__PROBLEM = eINSTANCE.getRecommendation_Problem();

		/**
		 * The meta object literal for the '<em><b>Indicator Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION__INDICATOR_CODE = eINSTANCE.getRecommendation_IndicatorCode();

		/**
		 * The meta object literal for the '<em><b>Decisions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECOMMENDATION__DECISIONS = eINSTANCE.getRecommendation_Decisions();

		/**
		 * The meta object literal for the '{@link org.profmonitor.model.impl.DecisionImpl <em>Decision</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.profmonitor.model.impl.DecisionImpl
		 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getDecision()
		 * @generated
		 */
		EClass DECISION = eINSTANCE.getDecision();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION__KIND = eINSTANCE.getDecision_Kind();

		/**
		 * The meta object literal for the '<em><b>Signatory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION__SIGNATORY = eINSTANCE.getDecision_Signatory();

		/**
		 * The meta object literal for the '<em><b>Adopted Recommendations</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DECISION__ADOPTED_RECOMMENDATIONS = eINSTANCE.getDecision_AdoptedRecommendations();

		/**
		 * The meta object literal for the '{@link org.profmonitor.model.MunicipalityKind <em>Municipality Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.profmonitor.model.MunicipalityKind
		 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getMunicipalityKind()
		 * @generated
		 */
		EEnum MUNICIPALITY_KIND = eINSTANCE.getMunicipalityKind();

		/**
		 * The meta object literal for the '{@link org.profmonitor.model.OrganisationKind <em>Organisation Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.profmonitor.model.OrganisationKind
		 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getOrganisationKind()
		 * @generated
		 */
		EEnum ORGANISATION_KIND = eINSTANCE.getOrganisationKind();

		/**
		 * The meta object literal for the '{@link org.profmonitor.model.EducationLevel <em>Education Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.profmonitor.model.EducationLevel
		 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getEducationLevel()
		 * @generated
		 */
		EEnum EDUCATION_LEVEL = eINSTANCE.getEducationLevel();

		/**
		 * The meta object literal for the '{@link org.profmonitor.model.DataElementType <em>Data Element Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.profmonitor.model.DataElementType
		 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getDataElementType()
		 * @generated
		 */
		EEnum DATA_ELEMENT_TYPE = eINSTANCE.getDataElementType();

		/**
		 * The meta object literal for the '{@link org.profmonitor.model.Direction <em>Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.profmonitor.model.Direction
		 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getDirection()
		 * @generated
		 */
		EEnum DIRECTION = eINSTANCE.getDirection();

		/**
		 * The meta object literal for the '{@link org.profmonitor.model.TargetKind <em>Target Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.profmonitor.model.TargetKind
		 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getTargetKind()
		 * @generated
		 */
		EEnum TARGET_KIND = eINSTANCE.getTargetKind();

		/**
		 * The meta object literal for the '{@link org.profmonitor.model.CampaignStatus <em>Campaign Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.profmonitor.model.CampaignStatus
		 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getCampaignStatus()
		 * @generated
		 */
		EEnum CAMPAIGN_STATUS = eINSTANCE.getCampaignStatus();

		/**
		 * The meta object literal for the '{@link org.profmonitor.model.UnitLevel <em>Unit Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.profmonitor.model.UnitLevel
		 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getUnitLevel()
		 * @generated
		 */
		EEnum UNIT_LEVEL = eINSTANCE.getUnitLevel();

		/**
		 * The meta object literal for the '{@link org.profmonitor.model.ProblemKind <em>Problem Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.profmonitor.model.ProblemKind
		 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getProblemKind()
		 * @generated
		 */
		EEnum PROBLEM_KIND = eINSTANCE.getProblemKind();

		/**
		 * The meta object literal for the '{@link org.profmonitor.model.AddresseeKind <em>Addressee Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.profmonitor.model.AddresseeKind
		 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getAddresseeKind()
		 * @generated
		 */
		EEnum ADDRESSEE_KIND = eINSTANCE.getAddresseeKind();

		/**
		 * The meta object literal for the '{@link org.profmonitor.model.RecommendationStatus <em>Recommendation Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.profmonitor.model.RecommendationStatus
		 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getRecommendationStatus()
		 * @generated
		 */
		EEnum RECOMMENDATION_STATUS = eINSTANCE.getRecommendationStatus();

		/**
		 * The meta object literal for the '{@link org.profmonitor.model.DecisionKind <em>Decision Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.profmonitor.model.DecisionKind
		 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getDecisionKind()
		 * @generated
		 */
		EEnum DECISION_KIND = eINSTANCE.getDecisionKind();

		/**
		 * The meta object literal for the '<em>Iso Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.profmonitor.model.impl.ProfmonitorPackageImpl#getIsoDate()
		 * @generated
		 */
		EDataType ISO_DATE = eINSTANCE.getIsoDate();

	}

} //ProfmonitorPackage
