package org.profmonitor.ui.internal.store;

import org.eclipse.core.runtime.Platform;
import org.profmonitor.ui.internal.UiPlugin;

/** The keys of the workbench's preferences, in the instance scope of {@code org.profmonitor.ui}. */
public final class UiPreferences {

	/** A folder of an embedded database or a Derby JDBC URL, as {@code --db} takes it. */
	public static final String DATABASE = "database"; //$NON-NLS-1$

	/** The p2 update site: a local folder or an http URL. */
	public static final String UPDATE_SITE = "updateSite"; //$NON-NLS-1$

	/** Who signs the analytical report. */
	public static final String REPORT_AUTHOR = "reportAuthor"; //$NON-NLS-1$

	/** The education authority the report is issued by. */
	public static final String REPORT_AUTHORITY = "reportAuthority"; //$NON-NLS-1$

	/**
	 * The user a server database is connected as, apart from the URL; its password is in the secure
	 * storage ({@link SecretStore}), never here.
	 */
	public static final String DATABASE_USER = "databaseUser"; //$NON-NLS-1$

	private UiPreferences() {
	}

	/**
	 * The update site for the update menus; other bundles read it here or as the preference
	 * {@code updateSite} of the node {@code org.profmonitor.ui}.
	 *
	 * @return a folder or an http URL, "" when none is set
	 */
	public static String updateSite() {
		return get(UPDATE_SITE);
	}

	/** @return who signs the reports, "" when not set */
	public static String reportAuthor() {
		return get(REPORT_AUTHOR);
	}

	/** @return the education authority issuing the reports, "" when not set */
	public static String reportAuthority() {
		return get(REPORT_AUTHORITY);
	}

	/** @return the server database's user, "" when not set */
	public static String databaseUser() {
		return get(DATABASE_USER);
	}

	private static String get(String key) {
		return Platform.getPreferencesService().getString(UiPlugin.ID, key, "", null).strip(); //$NON-NLS-1$
	}
}
