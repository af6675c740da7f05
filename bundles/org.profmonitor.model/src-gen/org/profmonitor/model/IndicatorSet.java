/**
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Indicator Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Перечень критериев и показателей региона, утверждённый положением о мониторинге. Один набор = один XMI-файл.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.profmonitor.model.IndicatorSet#getId <em>Id</em>}</li>
 *   <li>{@link org.profmonitor.model.IndicatorSet#getRegionCode <em>Region Code</em>}</li>
 *   <li>{@link org.profmonitor.model.IndicatorSet#getTitle <em>Title</em>}</li>
 *   <li>{@link org.profmonitor.model.IndicatorSet#getVersion <em>Version</em>}</li>
 *   <li>{@link org.profmonitor.model.IndicatorSet#getRegulation <em>Regulation</em>}</li>
 *   <li>{@link org.profmonitor.model.IndicatorSet#getSources <em>Sources</em>}</li>
 *   <li>{@link org.profmonitor.model.IndicatorSet#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link org.profmonitor.model.IndicatorSet#getDataElements <em>Data Elements</em>}</li>
 *   <li>{@link org.profmonitor.model.IndicatorSet#getRecommendationTemplates <em>Recommendation Templates</em>}</li>
 * </ul>
 *
 * @see org.profmonitor.model.ProfmonitorPackage#getIndicatorSet()
 * @model
 * @generated
 */
public interface IndicatorSet extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Идентификатор набора, например «tver-2022»; на него ссылаются кампании из других файлов.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getIndicatorSet_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.IndicatorSet#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Region Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Код субъекта РФ.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Region Code</em>' attribute.
	 * @see #setRegionCode(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getIndicatorSet_RegionCode()
	 * @model
	 * @generated
	 */
	String getRegionCode();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.IndicatorSet#getRegionCode <em>Region Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region Code</em>' attribute.
	 * @see #getRegionCode()
	 * @generated
	 */
	void setRegionCode(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Наименование.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getIndicatorSet_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.IndicatorSet#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Версия набора.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.profmonitor.model.ProfmonitorPackage#getIndicatorSet_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.IndicatorSet#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Regulation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Положение о мониторинге или приказ, которым утверждён перечень.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Regulation</em>' containment reference.
	 * @see #setRegulation(LegalAct)
	 * @see org.profmonitor.model.ProfmonitorPackage#getIndicatorSet_Regulation()
	 * @model containment="true"
	 * @generated
	 */
	LegalAct getRegulation();

	/**
	 * Sets the value of the '{@link org.profmonitor.model.IndicatorSet#getRegulation <em>Regulation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Regulation</em>' containment reference.
	 * @see #getRegulation()
	 * @generated
	 */
	void setRegulation(LegalAct value);

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' containment reference list.
	 * The list contents are of type {@link org.profmonitor.model.LegalAct}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Другие документы, на которых основан набор (протоколы, письма, муниципальные приказы).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sources</em>' containment reference list.
	 * @see org.profmonitor.model.ProfmonitorPackage#getIndicatorSet_Sources()
	 * @model containment="true"
	 * @generated
	 */
	EList<LegalAct> getSources();

	/**
	 * Returns the value of the '<em><b>Criteria</b></em>' containment reference list.
	 * The list contents are of type {@link org.profmonitor.model.Criterion}.
	 * It is bidirectional and its opposite is '{@link org.profmonitor.model.Criterion#getIndicatorSet <em>Indicator Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Критерии.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Criteria</em>' containment reference list.
	 * @see org.profmonitor.model.ProfmonitorPackage#getIndicatorSet_Criteria()
	 * @see org.profmonitor.model.Criterion#getIndicatorSet
	 * @model opposite="indicatorSet" containment="true"
	 * @generated
	 */
	EList<Criterion> getCriteria();

	/**
	 * Returns the value of the '<em><b>Data Elements</b></em>' containment reference list.
	 * The list contents are of type {@link org.profmonitor.model.DataElement}.
	 * It is bidirectional and its opposite is '{@link org.profmonitor.model.DataElement#getIndicatorSet <em>Indicator Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Собираемые от ОО данные.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Elements</em>' containment reference list.
	 * @see org.profmonitor.model.ProfmonitorPackage#getIndicatorSet_DataElements()
	 * @see org.profmonitor.model.DataElement#getIndicatorSet
	 * @model opposite="indicatorSet" containment="true"
	 * @generated
	 */
	EList<DataElement> getDataElements();

	/**
	 * Returns the value of the '<em><b>Recommendation Templates</b></em>' containment reference list.
	 * The list contents are of type {@link org.profmonitor.model.RecommendationTemplate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Шаблоны адресных рекомендаций.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recommendation Templates</em>' containment reference list.
	 * @see org.profmonitor.model.ProfmonitorPackage#getIndicatorSet_RecommendationTemplates()
	 * @model containment="true"
	 * @generated
	 */
	EList<RecommendationTemplate> getRecommendationTemplates();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Коды критериев, показателей и элементов данных уникальны в наборе (одно пространство имён).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean uniqueCodes(DiagnosticChain diagnostics, Map<Object, Object> context);

} // IndicatorSet
