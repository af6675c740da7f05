/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.cli.internal;

import java.io.Console;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.cli.internal.CommandOptions.UsageException;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;
import org.profmonitor.store.StoreLocation;
import org.profmonitor.store.UserRole;
import org.profmonitor.store.UserScope;

/**
 * {@code profmonitor db user add|list|remove}: IT staff give the users of a shared database their
 * role and scope. On PostgreSQL {@code add} creates the login role; its password comes from
 * {@value #PASSWORD_VARIABLE} or a prompt, never from the command line, where shell histories
 * and process lists would keep it.
 */
final class DbUserCommand {

	/** The environment variable that holds the new user's password. */
	static final String PASSWORD_VARIABLE = "PROFMONITOR_NEW_USER_PASSWORD"; //$NON-NLS-1$
	private static final String ROLE = "--role"; //$NON-NLS-1$
	private static final String MUNICIPALITY = "--municipality"; //$NON-NLS-1$
	private static final String ORGANISATION = "--organisation"; //$NON-NLS-1$

	private DbUserCommand() {
	}

	/**
	 * @param args what follows {@code db user}
	 * @param out  standard output
	 * @return the exit code
	 * @throws UsageException when the arguments are wrong
	 * @throws StoreException when the database refuses
	 */
	static int run(List<String> args, PrintStream out) throws UsageException, StoreException {
		if (args.isEmpty() || args.get(0).startsWith("-")) { //$NON-NLS-1$
			throw new UsageException(Messages.Db_UserUsage);
		}
		String action = args.get(0);
		CommandOptions options = CommandOptions.parse(args.subList(1, args.size()),
				Set.of(ROLE, MUNICIPALITY, ORGANISATION), Set.of());
		if (options.has(CommandOptions.HELP)) {
			out.println(Messages.Db_UserUsage);
			return 0;
		}
		StoreLocation db = options.database();
		return switch (action) {
		case "add" -> add(db, single(options), options, out); //$NON-NLS-1$
		case "remove" -> remove(db, single(options), out); //$NON-NLS-1$
		case "list" -> list(db, options, out); //$NON-NLS-1$
		default -> throw new UsageException(Messages.Db_UserUsage);
		};
	}

	private static String single(CommandOptions options) throws UsageException {
		if (options.arguments().size() != 1) {
			throw new UsageException(Messages.Db_UserUsage);
		}
		return options.arguments().get(0);
	}

	private static int add(StoreLocation db, String name, CommandOptions options, PrintStream out)
			throws UsageException, StoreException {
		String roleName = options.required(ROLE);
		UserRole role = UserRole.of(roleName)
				.orElseThrow(() -> new UsageException(NLS.bind(Messages.Option_BadValue, ROLE, roleName)));
		String unit = unit(role, options);
		try (Store store = Store.open(db)) {
			UserScope scope = store.users().add(name, role, unit, password(name));
			out.println(NLS.bind(Messages.Db_UserAdded, new Object[] { name, scope.describe(), db.displayName() }));
		}
		return 0;
	}

	private static String unit(UserRole role, CommandOptions options) throws UsageException {
		String municipality = options.value(MUNICIPALITY);
		String organisation = options.value(ORGANISATION);
		String needed = role == UserRole.MUNICIPAL ? MUNICIPALITY : role == UserRole.ORGANISATION ? ORGANISATION : null;
		if (needed == null) {
			if (municipality != null || organisation != null) {
				throw new UsageException(NLS.bind(Messages.Db_UserRoleTakesNoUnit, role.id()));
			}
			return null;
		}
		String unit = needed.equals(MUNICIPALITY) ? municipality : organisation;
		String other = needed.equals(MUNICIPALITY) ? organisation : municipality;
		if (unit == null || unit.isBlank() || other != null) {
			throw new UsageException(NLS.bind(Messages.Db_UserRoleNeedsUnit, role.id(), needed));
		}
		return unit.strip();
	}

	private static char[] password(String name) throws UsageException {
		String variable = System.getenv(PASSWORD_VARIABLE);
		if (variable != null && !variable.isEmpty()) {
			return variable.toCharArray();
		}
		Console console = System.console();
		char[] typed = console == null ? null
				: console.readPassword("%s", NLS.bind(Messages.Db_NewUserPasswordPrompt, name)); //$NON-NLS-1$
		if (typed == null || typed.length == 0) {
			throw new UsageException(NLS.bind(Messages.Db_NewUserPasswordMissing, name, PASSWORD_VARIABLE));
		}
		return typed;
	}

	private static int remove(StoreLocation db, String name, PrintStream out) throws StoreException {
		try (Store store = Store.open(db)) {
			store.users().remove(name);
			out.println(NLS.bind(Messages.Db_UserRemoved, name, db.displayName()));
		}
		return 0;
	}

	private static int list(StoreLocation db, CommandOptions options, PrintStream out)
			throws UsageException, StoreException {
		if (!options.arguments().isEmpty()) {
			throw new UsageException(NLS.bind(Messages.Option_Unexpected, options.arguments().get(0)));
		}
		try (Store store = Store.open(db)) {
			List<UserScope> users = store.users().list();
			if (users.isEmpty()) {
				out.println(NLS.bind(Messages.Db_UsersNone, db.displayName()));
				return 0;
			}
			List<String[]> rows = new ArrayList<>();
			rows.add(new String[] { Messages.Db_UserName, Messages.Db_UserRole, Messages.Db_UserUnit });
			for (UserScope user : users) {
				rows.add(new String[] { user.dbUser(), user.role().id(), user.describe() });
			}
			RegionsCommand.print(rows, out);
		}
		return 0;
	}
}
