package org.profmonitor.ui.internal.store;

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

	private UiPreferences() {
	}
}
