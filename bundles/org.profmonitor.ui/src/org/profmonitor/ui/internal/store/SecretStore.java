package org.profmonitor.ui.internal.store;

import java.io.IOException;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * The database server's password, in Eclipse secure storage (encrypted, in the user's home, not in
 * the workspace), never in the preference file: {@code .prefs} files are plain text that users copy
 * between machines and into backups.
 */
public final class SecretStore {

	/** The node of the workbench's secrets in the default secure storage. */
	public static final String NODE = "/org.profmonitor.ui/database"; //$NON-NLS-1$

	private static final String PASSWORD = "password"; //$NON-NLS-1$

	private SecretStore() {
	}

	private static ISecurePreferences node() {
		return SecurePreferencesFactory.getDefault().node(NODE);
	}

	/**
	 * @return the stored password, or {@code null} for none
	 * @throws StorageException when the secure storage cannot be read (no master password...)
	 */
	public static String password() throws StorageException {
		return node().get(PASSWORD, null);
	}

	/**
	 * Keeps a password encrypted, or forgets it.
	 *
	 * @param password the password; {@code null} or empty removes it
	 * @throws StorageException when it cannot be encrypted
	 * @throws IOException      when the secure storage cannot be written
	 */
	public static void setPassword(String password) throws StorageException, IOException {
		ISecurePreferences node = node();
		if (password == null || password.isEmpty()) {
			node.remove(PASSWORD);
		} else {
			node.put(PASSWORD, password, true);
		}
		node.flush();
	}
}
