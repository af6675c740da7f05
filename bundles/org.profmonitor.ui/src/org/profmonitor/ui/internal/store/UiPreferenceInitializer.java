package org.profmonitor.ui.internal.store;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.profmonitor.store.StoreLocation;
import org.profmonitor.ui.internal.UiPlugin;

/**
 * Defaults: the database the command line opens without {@code --db} (so both programs see the
 * same data), no update site, no author.
 */
public final class UiPreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(UiPlugin.ID);
		defaults.put(UiPreferences.DATABASE, StoreLocation.defaultLocation().displayName());
		defaults.put(UiPreferences.UPDATE_SITE, ""); //$NON-NLS-1$
		defaults.put(UiPreferences.REPORT_AUTHOR, ""); //$NON-NLS-1$
		defaults.put(UiPreferences.REPORT_AUTHORITY, ""); //$NON-NLS-1$
		defaults.put(UiPreferences.DATABASE_USER, ""); //$NON-NLS-1$
	}
}
