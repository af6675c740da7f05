package org.profmonitor.ui.internal.preferences;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.profmonitor.ui.internal.Messages;
import org.profmonitor.ui.internal.UiPlugin;
import org.profmonitor.ui.internal.store.UiPreferences;

/**
 * «ProfMonitor» preferences: the database (a folder or a JDBC URL, read when the workbench opens
 * it, so a change takes effect on the next start), a server's user and password (the password in
 * the secure storage), the update site, the report's author and authority.
 */
public final class ProfMonitorPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** The page's id in plugin.xml. */
	public static final String ID = "org.profmonitor.ui.preferences"; //$NON-NLS-1$

	/** Lays the fields out in a grid, one per line. */
	public ProfMonitorPreferencePage() {
		super(GRID);
		setDescription(Messages.Preferences_Description);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(UiPlugin.getDefault().getPreferenceStore());
	}

	@Override
	protected void createFieldEditors() {
		addField(new StringFieldEditor(UiPreferences.DATABASE, Messages.Preferences_Database, getFieldEditorParent()));
		addField(new StringFieldEditor(UiPreferences.DATABASE_USER, Messages.Preferences_User, getFieldEditorParent()));
		addField(new PasswordFieldEditor(getFieldEditorParent()));
		addField(new StringFieldEditor(UiPreferences.UPDATE_SITE, Messages.Preferences_UpdateSite,
				getFieldEditorParent()));
		addField(new StringFieldEditor(UiPreferences.REPORT_AUTHOR, Messages.Preferences_ReportAuthor,
				getFieldEditorParent()));
		addField(new StringFieldEditor(UiPreferences.REPORT_AUTHORITY, Messages.Preferences_ReportAuthority,
				getFieldEditorParent()));
	}
}
