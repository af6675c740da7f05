package org.profmonitor.cli.internal;

import java.io.Console;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.store.StoreLocation;
import org.profmonitor.store.internal.Database;

/**
 * The password of a database server: from the environment variable, else asked on the terminal.
 * It is never read from a file or the command line, so it does not end up in scripts and shell
 * histories.
 */
final class ServerPassword {

	private ServerPassword() {
	}

	/**
	 * @param location a database
	 * @return the location, with the password typed at the prompt when it is a server's, the
	 *         environment gives none and there is a terminal to ask on; otherwise unchanged
	 */
	static StoreLocation complete(StoreLocation location) {
		if (location.isEmbedded() || location.password() != null || System.getenv(Database.PASSWORD_VARIABLE) != null) {
			return location;
		}
		Console console = System.console();
		if (console == null) {
			// scripts: the server decides whether it needs a password, and says so if it does
			return location;
		}
		char[] typed = console.readPassword("%s", NLS.bind(Messages.Db_PasswordPrompt, location.displayName())); //$NON-NLS-1$
		return typed == null || typed.length == 0 ? location : location.withPassword(new String(typed));
	}
}
