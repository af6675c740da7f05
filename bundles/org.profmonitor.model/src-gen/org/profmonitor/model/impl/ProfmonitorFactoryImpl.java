/**
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.profmonitor.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ProfmonitorFactoryImpl extends EFactoryImpl implements ProfmonitorFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ProfmonitorFactory init() {
		try {
			ProfmonitorFactory theProfmonitorFactory = (ProfmonitorFactory)EPackage.Registry.INSTANCE.getEFactory(ProfmonitorPackage.eNS_URI);
			if (theProfmonitorFactory != null) {
				return theProfmonitorFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ProfmonitorFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProfmonitorFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case ProfmonitorPackage.DIRECTORY: return createDirectory();
			case ProfmonitorPackage.REGION: return createRegion();
			case ProfmonitorPackage.MUNICIPALITY: return createMunicipality();
			case ProfmonitorPackage.ORGANISATION: return createOrganisation();
			case ProfmonitorPackage.LEGAL_ACT: return createLegalAct();
			case ProfmonitorPackage.INDICATOR_SET: return createIndicatorSet();
			case ProfmonitorPackage.CRITERION: return createCriterion();
			case ProfmonitorPackage.INDICATOR: return createIndicator();
			case ProfmonitorPackage.DATA_ELEMENT: return createDataElement();
			case ProfmonitorPackage.TARGET: return createTarget();
			case ProfmonitorPackage.RECOMMENDATION_TEMPLATE: return createRecommendationTemplate();
			case ProfmonitorPackage.CAMPAIGN: return createCampaign();
			case ProfmonitorPackage.DATA_VALUE: return createDataValue();
			case ProfmonitorPackage.ANALYSIS: return createAnalysis();
			case ProfmonitorPackage.INDICATOR_RESULT: return createIndicatorResult();
			case ProfmonitorPackage.PROBLEM: return createProblem();
			case ProfmonitorPackage.RECOMMENDATION: return createRecommendation();
			case ProfmonitorPackage.DECISION: return createDecision();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case ProfmonitorPackage.MUNICIPALITY_KIND:
				return createMunicipalityKindFromString(eDataType, initialValue);
			case ProfmonitorPackage.ORGANISATION_KIND:
				return createOrganisationKindFromString(eDataType, initialValue);
			case ProfmonitorPackage.EDUCATION_LEVEL:
				return createEducationLevelFromString(eDataType, initialValue);
			case ProfmonitorPackage.DATA_ELEMENT_TYPE:
				return createDataElementTypeFromString(eDataType, initialValue);
			case ProfmonitorPackage.DIRECTION:
				return createDirectionFromString(eDataType, initialValue);
			case ProfmonitorPackage.TARGET_KIND:
				return createTargetKindFromString(eDataType, initialValue);
			case ProfmonitorPackage.CAMPAIGN_STATUS:
				return createCampaignStatusFromString(eDataType, initialValue);
			case ProfmonitorPackage.UNIT_LEVEL:
				return createUnitLevelFromString(eDataType, initialValue);
			case ProfmonitorPackage.PROBLEM_KIND:
				return createProblemKindFromString(eDataType, initialValue);
			case ProfmonitorPackage.ADDRESSEE_KIND:
				return createAddresseeKindFromString(eDataType, initialValue);
			case ProfmonitorPackage.RECOMMENDATION_STATUS:
				return createRecommendationStatusFromString(eDataType, initialValue);
			case ProfmonitorPackage.DECISION_KIND:
				return createDecisionKindFromString(eDataType, initialValue);
			case ProfmonitorPackage.ISO_DATE:
				return createIsoDateFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case ProfmonitorPackage.MUNICIPALITY_KIND:
				return convertMunicipalityKindToString(eDataType, instanceValue);
			case ProfmonitorPackage.ORGANISATION_KIND:
				return convertOrganisationKindToString(eDataType, instanceValue);
			case ProfmonitorPackage.EDUCATION_LEVEL:
				return convertEducationLevelToString(eDataType, instanceValue);
			case ProfmonitorPackage.DATA_ELEMENT_TYPE:
				return convertDataElementTypeToString(eDataType, instanceValue);
			case ProfmonitorPackage.DIRECTION:
				return convertDirectionToString(eDataType, instanceValue);
			case ProfmonitorPackage.TARGET_KIND:
				return convertTargetKindToString(eDataType, instanceValue);
			case ProfmonitorPackage.CAMPAIGN_STATUS:
				return convertCampaignStatusToString(eDataType, instanceValue);
			case ProfmonitorPackage.UNIT_LEVEL:
				return convertUnitLevelToString(eDataType, instanceValue);
			case ProfmonitorPackage.PROBLEM_KIND:
				return convertProblemKindToString(eDataType, instanceValue);
			case ProfmonitorPackage.ADDRESSEE_KIND:
				return convertAddresseeKindToString(eDataType, instanceValue);
			case ProfmonitorPackage.RECOMMENDATION_STATUS:
				return convertRecommendationStatusToString(eDataType, instanceValue);
			case ProfmonitorPackage.DECISION_KIND:
				return convertDecisionKindToString(eDataType, instanceValue);
			case ProfmonitorPackage.ISO_DATE:
				return convertIsoDateToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Directory createDirectory() {
		DirectoryImpl directory = new DirectoryImpl();
		return directory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Region createRegion() {
		RegionImpl region = new RegionImpl();
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Municipality createMunicipality() {
		MunicipalityImpl municipality = new MunicipalityImpl();
		return municipality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation createOrganisation() {
		OrganisationImpl organisation = new OrganisationImpl();
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LegalAct createLegalAct() {
		LegalActImpl legalAct = new LegalActImpl();
		return legalAct;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndicatorSet createIndicatorSet() {
		IndicatorSetImpl indicatorSet = new IndicatorSetImpl();
		return indicatorSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Criterion createCriterion() {
		CriterionImpl criterion = new CriterionImpl();
		return criterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Indicator createIndicator() {
		IndicatorImpl indicator = new IndicatorImpl();
		return indicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataElement createDataElement() {
		DataElementImpl dataElement = new DataElementImpl();
		return dataElement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Target createTarget() {
		TargetImpl target = new TargetImpl();
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecommendationTemplate createRecommendationTemplate() {
		RecommendationTemplateImpl recommendationTemplate = new RecommendationTemplateImpl();
		return recommendationTemplate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Campaign createCampaign() {
		CampaignImpl campaign = new CampaignImpl();
		return campaign;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataValue createDataValue() {
		DataValueImpl dataValue = new DataValueImpl();
		return dataValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Analysis createAnalysis() {
		AnalysisImpl analysis = new AnalysisImpl();
		return analysis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndicatorResult createIndicatorResult() {
		IndicatorResultImpl indicatorResult = new IndicatorResultImpl();
		return indicatorResult;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Problem createProblem() {
		ProblemImpl problem = new ProblemImpl();
		return problem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Recommendation createRecommendation() {
		RecommendationImpl recommendation = new RecommendationImpl();
		return recommendation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Decision createDecision() {
		DecisionImpl decision = new DecisionImpl();
		return decision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MunicipalityKind createMunicipalityKindFromString(EDataType eDataType, String initialValue) {
		MunicipalityKind result = MunicipalityKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMunicipalityKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OrganisationKind createOrganisationKindFromString(EDataType eDataType, String initialValue) {
		OrganisationKind result = OrganisationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOrganisationKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EducationLevel createEducationLevelFromString(EDataType eDataType, String initialValue) {
		EducationLevel result = EducationLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEducationLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DataElementType createDataElementTypeFromString(EDataType eDataType, String initialValue) {
		DataElementType result = DataElementType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDataElementTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Direction createDirectionFromString(EDataType eDataType, String initialValue) {
		Direction result = Direction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TargetKind createTargetKindFromString(EDataType eDataType, String initialValue) {
		TargetKind result = TargetKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTargetKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CampaignStatus createCampaignStatusFromString(EDataType eDataType, String initialValue) {
		CampaignStatus result = CampaignStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCampaignStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public UnitLevel createUnitLevelFromString(EDataType eDataType, String initialValue) {
		UnitLevel result = UnitLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUnitLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProblemKind createProblemKindFromString(EDataType eDataType, String initialValue) {
		ProblemKind result = ProblemKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProblemKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AddresseeKind createAddresseeKindFromString(EDataType eDataType, String initialValue) {
		AddresseeKind result = AddresseeKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAddresseeKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RecommendationStatus createRecommendationStatusFromString(EDataType eDataType, String initialValue) {
		RecommendationStatus result = RecommendationStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRecommendationStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DecisionKind createDecisionKindFromString(EDataType eDataType, String initialValue) {
		DecisionKind result = DecisionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDecisionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createIsoDate(final String it) {
		return it == null || it.isBlank() ? null : java.time.LocalDate.parse(it.trim());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createIsoDateFromString(EDataType eDataType, String initialValue) {
		return createIsoDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIsoDate(final LocalDate it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIsoDateToString(EDataType eDataType, Object instanceValue) {
		return convertIsoDate((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProfmonitorPackage getProfmonitorPackage() {
		return (ProfmonitorPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ProfmonitorPackage getPackage() {
		return ProfmonitorPackage.eINSTANCE;
	}

} //ProfmonitorFactoryImpl
