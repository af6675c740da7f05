/**
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.profmonitor.model.Criterion;
import org.profmonitor.model.DataElement;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.LegalAct;
import org.profmonitor.model.ProfmonitorPackage;
import org.profmonitor.model.RecommendationTemplate;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Indicator Set</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.profmonitor.model.impl.IndicatorSetImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.IndicatorSetImpl#getRegionCode <em>Region Code</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.IndicatorSetImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.IndicatorSetImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.IndicatorSetImpl#getRegulation <em>Regulation</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.IndicatorSetImpl#getSources <em>Sources</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.IndicatorSetImpl#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.IndicatorSetImpl#getDataElements <em>Data Elements</em>}</li>
 *   <li>{@link org.profmonitor.model.impl.IndicatorSetImpl#getRecommendationTemplates <em>Recommendation Templates</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IndicatorSetImpl extends MinimalEObjectImpl.Container implements IndicatorSet {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegionCode() <em>Region Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegionCode()
	 * @generated
	 * @ordered
	 */
	protected static final String REGION_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegionCode() <em>Region Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegionCode()
	 * @generated
	 * @ordered
	 */
	protected String regionCode = REGION_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRegulation() <em>Regulation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegulation()
	 * @generated
	 * @ordered
	 */
	protected LegalAct regulation;

	/**
	 * The cached value of the '{@link #getSources() <em>Sources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSources()
	 * @generated
	 * @ordered
	 */
	protected EList<LegalAct> sources;

	/**
	 * The cached value of the '{@link #getCriteria() <em>Criteria</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriteria()
	 * @generated
	 * @ordered
	 */
	protected EList<Criterion> criteria;

	/**
	 * The cached value of the '{@link #getDataElements() <em>Data Elements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataElements()
	 * @generated
	 * @ordered
	 */
	protected EList<DataElement> dataElements;

	/**
	 * The cached value of the '{@link #getRecommendationTemplates() <em>Recommendation Templates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecommendationTemplates()
	 * @generated
	 * @ordered
	 */
	protected EList<RecommendationTemplate> recommendationTemplates;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IndicatorSetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProfmonitorPackage.Literals.INDICATOR_SET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.INDICATOR_SET__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRegionCode() {
		return regionCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegionCode(String newRegionCode) {
		String oldRegionCode = regionCode;
		regionCode = newRegionCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.INDICATOR_SET__REGION_CODE, oldRegionCode, regionCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.INDICATOR_SET__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.INDICATOR_SET__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LegalAct getRegulation() {
		return regulation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRegulation(LegalAct newRegulation, NotificationChain msgs) {
		LegalAct oldRegulation = regulation;
		regulation = newRegulation;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.INDICATOR_SET__REGULATION, oldRegulation, newRegulation);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegulation(LegalAct newRegulation) {
		if (newRegulation != regulation) {
			NotificationChain msgs = null;
			if (regulation != null)
				msgs = ((InternalEObject)regulation).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ProfmonitorPackage.INDICATOR_SET__REGULATION, null, msgs);
			if (newRegulation != null)
				msgs = ((InternalEObject)newRegulation).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ProfmonitorPackage.INDICATOR_SET__REGULATION, null, msgs);
			msgs = basicSetRegulation(newRegulation, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfmonitorPackage.INDICATOR_SET__REGULATION, newRegulation, newRegulation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LegalAct> getSources() {
		if (sources == null) {
			sources = new EObjectContainmentEList<LegalAct>(LegalAct.class, this, ProfmonitorPackage.INDICATOR_SET__SOURCES);
		}
		return sources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Criterion> getCriteria() {
		if (criteria == null) {
			criteria = new EObjectContainmentWithInverseEList<Criterion>(Criterion.class, this, ProfmonitorPackage.INDICATOR_SET__CRITERIA, ProfmonitorPackage.CRITERION__INDICATOR_SET);
		}
		return criteria;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataElement> getDataElements() {
		if (dataElements == null) {
			dataElements = new EObjectContainmentWithInverseEList<DataElement>(DataElement.class, this, ProfmonitorPackage.INDICATOR_SET__DATA_ELEMENTS, ProfmonitorPackage.DATA_ELEMENT__INDICATOR_SET);
		}
		return dataElements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RecommendationTemplate> getRecommendationTemplates() {
		if (recommendationTemplates == null) {
			recommendationTemplates = new EObjectContainmentEList<RecommendationTemplate>(RecommendationTemplate.class, this, ProfmonitorPackage.INDICATOR_SET__RECOMMENDATION_TEMPLATES);
		}
		return recommendationTemplates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean uniqueCodes(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.profmonitor.model.internal.validation.IndicatorSetConstraints.uniqueCodes(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProfmonitorPackage.INDICATOR_SET__CRITERIA:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getCriteria()).basicAdd(otherEnd, msgs);
			case ProfmonitorPackage.INDICATOR_SET__DATA_ELEMENTS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getDataElements()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProfmonitorPackage.INDICATOR_SET__REGULATION:
				return basicSetRegulation(null, msgs);
			case ProfmonitorPackage.INDICATOR_SET__SOURCES:
				return ((InternalEList<?>)getSources()).basicRemove(otherEnd, msgs);
			case ProfmonitorPackage.INDICATOR_SET__CRITERIA:
				return ((InternalEList<?>)getCriteria()).basicRemove(otherEnd, msgs);
			case ProfmonitorPackage.INDICATOR_SET__DATA_ELEMENTS:
				return ((InternalEList<?>)getDataElements()).basicRemove(otherEnd, msgs);
			case ProfmonitorPackage.INDICATOR_SET__RECOMMENDATION_TEMPLATES:
				return ((InternalEList<?>)getRecommendationTemplates()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProfmonitorPackage.INDICATOR_SET__ID:
				return getId();
			case ProfmonitorPackage.INDICATOR_SET__REGION_CODE:
				return getRegionCode();
			case ProfmonitorPackage.INDICATOR_SET__TITLE:
				return getTitle();
			case ProfmonitorPackage.INDICATOR_SET__VERSION:
				return getVersion();
			case ProfmonitorPackage.INDICATOR_SET__REGULATION:
				return getRegulation();
			case ProfmonitorPackage.INDICATOR_SET__SOURCES:
				return getSources();
			case ProfmonitorPackage.INDICATOR_SET__CRITERIA:
				return getCriteria();
			case ProfmonitorPackage.INDICATOR_SET__DATA_ELEMENTS:
				return getDataElements();
			case ProfmonitorPackage.INDICATOR_SET__RECOMMENDATION_TEMPLATES:
				return getRecommendationTemplates();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ProfmonitorPackage.INDICATOR_SET__ID:
				setId((String)newValue);
				return;
			case ProfmonitorPackage.INDICATOR_SET__REGION_CODE:
				setRegionCode((String)newValue);
				return;
			case ProfmonitorPackage.INDICATOR_SET__TITLE:
				setTitle((String)newValue);
				return;
			case ProfmonitorPackage.INDICATOR_SET__VERSION:
				setVersion((String)newValue);
				return;
			case ProfmonitorPackage.INDICATOR_SET__REGULATION:
				setRegulation((LegalAct)newValue);
				return;
			case ProfmonitorPackage.INDICATOR_SET__SOURCES:
				getSources().clear();
				getSources().addAll((Collection<? extends LegalAct>)newValue);
				return;
			case ProfmonitorPackage.INDICATOR_SET__CRITERIA:
				getCriteria().clear();
				getCriteria().addAll((Collection<? extends Criterion>)newValue);
				return;
			case ProfmonitorPackage.INDICATOR_SET__DATA_ELEMENTS:
				getDataElements().clear();
				getDataElements().addAll((Collection<? extends DataElement>)newValue);
				return;
			case ProfmonitorPackage.INDICATOR_SET__RECOMMENDATION_TEMPLATES:
				getRecommendationTemplates().clear();
				getRecommendationTemplates().addAll((Collection<? extends RecommendationTemplate>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ProfmonitorPackage.INDICATOR_SET__ID:
				setId(ID_EDEFAULT);
				return;
			case ProfmonitorPackage.INDICATOR_SET__REGION_CODE:
				setRegionCode(REGION_CODE_EDEFAULT);
				return;
			case ProfmonitorPackage.INDICATOR_SET__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ProfmonitorPackage.INDICATOR_SET__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case ProfmonitorPackage.INDICATOR_SET__REGULATION:
				setRegulation((LegalAct)null);
				return;
			case ProfmonitorPackage.INDICATOR_SET__SOURCES:
				getSources().clear();
				return;
			case ProfmonitorPackage.INDICATOR_SET__CRITERIA:
				getCriteria().clear();
				return;
			case ProfmonitorPackage.INDICATOR_SET__DATA_ELEMENTS:
				getDataElements().clear();
				return;
			case ProfmonitorPackage.INDICATOR_SET__RECOMMENDATION_TEMPLATES:
				getRecommendationTemplates().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ProfmonitorPackage.INDICATOR_SET__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ProfmonitorPackage.INDICATOR_SET__REGION_CODE:
				return REGION_CODE_EDEFAULT == null ? regionCode != null : !REGION_CODE_EDEFAULT.equals(regionCode);
			case ProfmonitorPackage.INDICATOR_SET__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ProfmonitorPackage.INDICATOR_SET__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case ProfmonitorPackage.INDICATOR_SET__REGULATION:
				return regulation != null;
			case ProfmonitorPackage.INDICATOR_SET__SOURCES:
				return sources != null && !sources.isEmpty();
			case ProfmonitorPackage.INDICATOR_SET__CRITERIA:
				return criteria != null && !criteria.isEmpty();
			case ProfmonitorPackage.INDICATOR_SET__DATA_ELEMENTS:
				return dataElements != null && !dataElements.isEmpty();
			case ProfmonitorPackage.INDICATOR_SET__RECOMMENDATION_TEMPLATES:
				return recommendationTemplates != null && !recommendationTemplates.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	@SuppressWarnings("unchecked")
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case ProfmonitorPackage.INDICATOR_SET___UNIQUE_CODES__DIAGNOSTICCHAIN_MAP:
				return uniqueCodes((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", regionCode: ");
		result.append(regionCode);
		result.append(", title: ");
		result.append(title);
		result.append(", version: ");
		result.append(version);
		result.append(')');
		return result.toString();
	}

} //IndicatorSetImpl
