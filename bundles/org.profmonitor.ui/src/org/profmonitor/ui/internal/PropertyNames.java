package org.profmonitor.ui.internal;

import java.lang.reflect.Field;

import org.eclipse.osgi.util.NLS;

/**
 * Translated names of model attributes for the Properties view. A field per attribute name; the
 * ones not listed show the model's name, so a new attribute is visible before it is translated.
 */
public final class PropertyNames extends NLS {
	private static final String BUNDLE_NAME = "org.profmonitor.ui.internal.properties"; //$NON-NLS-1$

	public static String id;
	public static String code;
	public static String name;
	public static String shortName;
	public static String kind;
	public static String title;
	public static String version;
	public static String regionCode;
	public static String description;
	public static String unit;
	public static String direction;
	public static String formula;
	public static String level;
	public static String levels;
	public static String synthetic;
	public static String note;
	public static String assumption;
	public static String assumptionNote;
	public static String disaggregations;
	public static String formerNames;
	public static String academicYear;
	public static String periodStart;
	public static String periodEnd;
	public static String schedule;
	public static String status;
	public static String indicatorSet;
	public static String previous;
	public static String openingOrder;

	static {
		NLS.initializeMessages(BUNDLE_NAME, PropertyNames.class);
	}

	private PropertyNames() {
	}

	/**
	 * @param attribute a model attribute's name
	 * @return its translated name, or the name itself
	 */
	public static String of(String attribute) {
		try {
			Field field = PropertyNames.class.getField(attribute);
			Object value = field.get(null);
			return value instanceof String text ? text : attribute;
		} catch (NoSuchFieldException | IllegalAccessException e) {
			return attribute;
		}
	}
}
