/**
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model.util;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.profmonitor.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.profmonitor.model.ProfmonitorPackage
 * @generated
 */
public class ProfmonitorValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final ProfmonitorValidator INSTANCE = new ProfmonitorValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.profmonitor.model";

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Unique Codes' of 'Directory'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int DIRECTORY__UNIQUE_CODES = 1;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Unique Codes' of 'Indicator Set'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int INDICATOR_SET__UNIQUE_CODES = 2;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Formula Valid' of 'Indicator'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int INDICATOR__FORMULA_VALID = 3;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Whole Valid' of 'Data Element'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int DATA_ELEMENT__WHOLE_VALID = 4;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Range Valid' of 'Data Element'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int DATA_ELEMENT__RANGE_VALID = 5;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Value In Range' of 'Target'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int TARGET__VALUE_IN_RANGE = 6;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Parts Not Above Whole' of 'Campaign'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CAMPAIGN__PARTS_NOT_ABOVE_WHOLE = 7;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Values In Range' of 'Campaign'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CAMPAIGN__VALUES_IN_RANGE = 8;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 8;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProfmonitorValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return ProfmonitorPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case ProfmonitorPackage.CODED:
				return validateCoded((Coded)value, diagnostics, context);
			case ProfmonitorPackage.DIRECTORY:
				return validateDirectory((Directory)value, diagnostics, context);
			case ProfmonitorPackage.REGION:
				return validateRegion((Region)value, diagnostics, context);
			case ProfmonitorPackage.MUNICIPALITY:
				return validateMunicipality((Municipality)value, diagnostics, context);
			case ProfmonitorPackage.ORGANISATION:
				return validateOrganisation((Organisation)value, diagnostics, context);
			case ProfmonitorPackage.LEGAL_ACT:
				return validateLegalAct((LegalAct)value, diagnostics, context);
			case ProfmonitorPackage.INDICATOR_SET:
				return validateIndicatorSet((IndicatorSet)value, diagnostics, context);
			case ProfmonitorPackage.CRITERION:
				return validateCriterion((Criterion)value, diagnostics, context);
			case ProfmonitorPackage.INDICATOR:
				return validateIndicator((Indicator)value, diagnostics, context);
			case ProfmonitorPackage.DATA_ELEMENT:
				return validateDataElement((DataElement)value, diagnostics, context);
			case ProfmonitorPackage.TARGET:
				return validateTarget((Target)value, diagnostics, context);
			case ProfmonitorPackage.RECOMMENDATION_TEMPLATE:
				return validateRecommendationTemplate((RecommendationTemplate)value, diagnostics, context);
			case ProfmonitorPackage.CAMPAIGN:
				return validateCampaign((Campaign)value, diagnostics, context);
			case ProfmonitorPackage.DATA_VALUE:
				return validateDataValue((DataValue)value, diagnostics, context);
			case ProfmonitorPackage.ANALYSIS:
				return validateAnalysis((Analysis)value, diagnostics, context);
			case ProfmonitorPackage.INDICATOR_RESULT:
				return validateIndicatorResult((IndicatorResult)value, diagnostics, context);
			case ProfmonitorPackage.PROBLEM:
				return validateProblem((Problem)value, diagnostics, context);
			case ProfmonitorPackage.RECOMMENDATION:
				return validateRecommendation((Recommendation)value, diagnostics, context);
			case ProfmonitorPackage.DECISION:
				return validateDecision((Decision)value, diagnostics, context);
			case ProfmonitorPackage.MUNICIPALITY_KIND:
				return validateMunicipalityKind((MunicipalityKind)value, diagnostics, context);
			case ProfmonitorPackage.ORGANISATION_KIND:
				return validateOrganisationKind((OrganisationKind)value, diagnostics, context);
			case ProfmonitorPackage.EDUCATION_LEVEL:
				return validateEducationLevel((EducationLevel)value, diagnostics, context);
			case ProfmonitorPackage.DATA_ELEMENT_TYPE:
				return validateDataElementType((DataElementType)value, diagnostics, context);
			case ProfmonitorPackage.DIRECTION:
				return validateDirection((Direction)value, diagnostics, context);
			case ProfmonitorPackage.TARGET_KIND:
				return validateTargetKind((TargetKind)value, diagnostics, context);
			case ProfmonitorPackage.CAMPAIGN_STATUS:
				return validateCampaignStatus((CampaignStatus)value, diagnostics, context);
			case ProfmonitorPackage.UNIT_LEVEL:
				return validateUnitLevel((UnitLevel)value, diagnostics, context);
			case ProfmonitorPackage.PROBLEM_KIND:
				return validateProblemKind((ProblemKind)value, diagnostics, context);
			case ProfmonitorPackage.ADDRESSEE_KIND:
				return validateAddresseeKind((AddresseeKind)value, diagnostics, context);
			case ProfmonitorPackage.RECOMMENDATION_STATUS:
				return validateRecommendationStatus((RecommendationStatus)value, diagnostics, context);
			case ProfmonitorPackage.DECISION_KIND:
				return validateDecisionKind((DecisionKind)value, diagnostics, context);
			case ProfmonitorPackage.ISO_DATE:
				return validateIsoDate((LocalDate)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCoded(Coded coded, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(coded, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDirectory(Directory directory, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(directory, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(directory, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(directory, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(directory, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(directory, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(directory, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(directory, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(directory, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(directory, diagnostics, context);
		if (result || diagnostics != null) result &= validateDirectory_uniqueCodes(directory, diagnostics, context);
		return result;
	}

	/**
	 * Validates the uniqueCodes constraint of '<em>Directory</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDirectory_uniqueCodes(Directory directory, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return directory.uniqueCodes(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRegion(Region region, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(region, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMunicipality(Municipality municipality, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(municipality, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOrganisation(Organisation organisation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(organisation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLegalAct(LegalAct legalAct, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(legalAct, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIndicatorSet(IndicatorSet indicatorSet, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(indicatorSet, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(indicatorSet, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(indicatorSet, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(indicatorSet, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(indicatorSet, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(indicatorSet, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(indicatorSet, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(indicatorSet, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(indicatorSet, diagnostics, context);
		if (result || diagnostics != null) result &= validateIndicatorSet_uniqueCodes(indicatorSet, diagnostics, context);
		return result;
	}

	/**
	 * Validates the uniqueCodes constraint of '<em>Indicator Set</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIndicatorSet_uniqueCodes(IndicatorSet indicatorSet, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return indicatorSet.uniqueCodes(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCriterion(Criterion criterion, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(criterion, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIndicator(Indicator indicator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(indicator, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validateIndicator_formulaValid(indicator, diagnostics, context);
		return result;
	}

	/**
	 * Validates the formulaValid constraint of '<em>Indicator</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIndicator_formulaValid(Indicator indicator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return indicator.formulaValid(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDataElement(DataElement dataElement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(dataElement, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(dataElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(dataElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(dataElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(dataElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(dataElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(dataElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(dataElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(dataElement, diagnostics, context);
		if (result || diagnostics != null) result &= validateDataElement_wholeValid(dataElement, diagnostics, context);
		if (result || diagnostics != null) result &= validateDataElement_rangeValid(dataElement, diagnostics, context);
		return result;
	}

	/**
	 * Validates the wholeValid constraint of '<em>Data Element</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDataElement_wholeValid(DataElement dataElement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return dataElement.wholeValid(diagnostics, context);
	}

	/**
	 * Validates the rangeValid constraint of '<em>Data Element</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDataElement_rangeValid(DataElement dataElement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return dataElement.rangeValid(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTarget(Target target, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(target, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(target, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(target, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(target, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(target, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(target, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(target, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(target, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(target, diagnostics, context);
		if (result || diagnostics != null) result &= validateTarget_valueInRange(target, diagnostics, context);
		return result;
	}

	/**
	 * Validates the valueInRange constraint of '<em>Target</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTarget_valueInRange(Target target, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return target.valueInRange(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRecommendationTemplate(RecommendationTemplate recommendationTemplate, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(recommendationTemplate, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCampaign(Campaign campaign, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(campaign, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(campaign, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(campaign, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(campaign, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(campaign, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(campaign, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(campaign, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(campaign, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(campaign, diagnostics, context);
		if (result || diagnostics != null) result &= validateCampaign_partsNotAboveWhole(campaign, diagnostics, context);
		if (result || diagnostics != null) result &= validateCampaign_valuesInRange(campaign, diagnostics, context);
		return result;
	}

	/**
	 * Validates the partsNotAboveWhole constraint of '<em>Campaign</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCampaign_partsNotAboveWhole(Campaign campaign, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return campaign.partsNotAboveWhole(diagnostics, context);
	}

	/**
	 * Validates the valuesInRange constraint of '<em>Campaign</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCampaign_valuesInRange(Campaign campaign, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return campaign.valuesInRange(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDataValue(DataValue dataValue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(dataValue, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAnalysis(Analysis analysis, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(analysis, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIndicatorResult(IndicatorResult indicatorResult, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(indicatorResult, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProblem(Problem problem, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(problem, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRecommendation(Recommendation recommendation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(recommendation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDecision(Decision decision, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(decision, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMunicipalityKind(MunicipalityKind municipalityKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOrganisationKind(OrganisationKind organisationKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEducationLevel(EducationLevel educationLevel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDataElementType(DataElementType dataElementType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDirection(Direction direction, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTargetKind(TargetKind targetKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCampaignStatus(CampaignStatus campaignStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUnitLevel(UnitLevel unitLevel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProblemKind(ProblemKind problemKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAddresseeKind(AddresseeKind addresseeKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRecommendationStatus(RecommendationStatus recommendationStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDecisionKind(DecisionKind decisionKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIsoDate(LocalDate isoDate, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //ProfmonitorValidator
