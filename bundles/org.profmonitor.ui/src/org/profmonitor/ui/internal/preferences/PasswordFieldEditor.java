package org.profmonitor.ui.internal.preferences;

import java.io.IOException;

import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.profmonitor.ui.internal.Messages;
import org.profmonitor.ui.internal.UiPlugin;
import org.profmonitor.ui.internal.store.SecretStore;

/**
 * The server's password: a masked field whose value goes to the secure storage and never to the
 * preference store, so it is in no {@code .prefs} file.
 */
final class PasswordFieldEditor extends StringFieldEditor {

	/** The field's name; no preference of this name is ever written. */
	static final String NAME = "databasePassword"; //$NON-NLS-1$

	PasswordFieldEditor(Composite parent) {
		super(NAME, Messages.Preferences_Password, parent);
	}

	@Override
	protected Text createTextWidget(Composite parent) {
		return new Text(parent, SWT.SINGLE | SWT.BORDER | SWT.PASSWORD);
	}

	@Override
	protected void doLoad() {
		try {
			String stored = SecretStore.password();
			getTextControl().setText(stored == null ? "" : stored); //$NON-NLS-1$
		} catch (StorageException e) {
			UiPlugin.log(e.getMessage(), e);
		}
	}

	@Override
	protected void doLoadDefault() {
		getTextControl().setText(""); //$NON-NLS-1$
	}

	/* not the preference store's default: "Restore Defaults" then OK forgets the password */
	@Override
	public void store() {
		doStore();
	}

	@Override
	protected void doStore() {
		try {
			SecretStore.setPassword(getStringValue());
			clearErrorMessage();
		} catch (StorageException | IOException e) {
			showErrorMessage(NLS.bind(Messages.Preferences_SecureStorageFailed, e.getMessage()));
			UiPlugin.log(e.getMessage(), e);
		}
	}
}
