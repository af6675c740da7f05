package org.profmonitor.ui.update.internal;

import java.util.Locale;

import org.eclipse.equinox.p2.metadata.IInstallableUnit;

/**
 * A region module as p2 knows it: the feature group of a region bundle.
 *
 * @param id      the feature group's id, e.g. {@code org.profmonitor.region.tver.feature.feature.group}
 * @param name    the feature's name in the user's language («ProfMonitor: Тверская область»)
 * @param version the feature's version
 */
public record RegionModule(String id, String name, String version) {

	/** The region features are named {@code org.profmonitor.region.<region>.feature}. */
	static final String ID_PREFIX = "org.profmonitor.region."; //$NON-NLS-1$

	/** p2's suffix of the group of a feature. */
	static final String GROUP_SUFFIX = ".feature.group"; //$NON-NLS-1$

	/** @return whether the unit is a region module's feature group */
	static boolean isRegionModule(IInstallableUnit unit) {
		return unit.getId().startsWith(ID_PREFIX) && unit.getId().endsWith(GROUP_SUFFIX);
	}

	/** @return the module of a feature group, named in the given language */
	static RegionModule of(IInstallableUnit unit, Locale locale) {
		return new RegionModule(unit.getId(), name(unit, locale), unit.getVersion().toString());
	}

	/**
	 * Feature names are localised: the group carries {@code %featureName} and, per language,
	 * {@code ru.featureName} beside the default {@code df_LT.featureName}.
	 */
	private static String name(IInstallableUnit unit, Locale locale) {
		String name = unit.getProperty(IInstallableUnit.PROP_NAME);
		if (name == null) {
			return unit.getId();
		}
		if (!name.startsWith("%")) { //$NON-NLS-1$
			return name;
		}
		String key = name.substring(1);
		for (String prefix : new String[] { locale.toString(), locale.getLanguage(), "df_LT" }) { //$NON-NLS-1$
			String translated = unit.getProperty(prefix + '.' + key);
			if (translated != null) {
				return translated;
			}
		}
		return unit.getId();
	}
}
