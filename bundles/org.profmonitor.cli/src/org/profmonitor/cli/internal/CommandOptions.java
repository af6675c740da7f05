package org.profmonitor.cli.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.store.StoreLocation;

/**
 * The options of one command: {@code --name value} (or {@code --name=value}), flags, and the
 * remaining arguments. Which options a command accepts is its own business; anything else is a
 * usage error, so that a typo does not silently do something else.
 */
final class CommandOptions {

	static final String DB = "--db"; //$NON-NLS-1$
	static final String CAMPAIGN = "--campaign"; //$NON-NLS-1$
	static final String OUT = "--out"; //$NON-NLS-1$
	static final String LEVEL = "--level"; //$NON-NLS-1$
	static final String FORMAT = "--format"; //$NON-NLS-1$
	static final String LAYOUT = "--layout"; //$NON-NLS-1$
	static final String DRY_RUN = "--dry-run"; //$NON-NLS-1$
	static final String HELP = "--help"; //$NON-NLS-1$
	static final String NUMBER = "--number"; //$NON-NLS-1$
	static final String STATUS = "--status"; //$NON-NLS-1$
	static final String ACTION = "--action"; //$NON-NLS-1$
	static final String DEADLINE = "--deadline"; //$NON-NLS-1$
	static final String RESPONSIBLE = "--responsible"; //$NON-NLS-1$
	static final String USER = "--user"; //$NON-NLS-1$
	static final String FOLLOW_UP = "--follow-up"; //$NON-NLS-1$
	static final String HISTORY = "--history"; //$NON-NLS-1$

	/** A command line that does not fit the command; the message is for the user. */
	static final class UsageException extends Exception {
		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}
	}

	private final Map<String, String> values = new HashMap<>();
	private final Set<String> flags = new HashSet<>();
	private final List<String> arguments = new ArrayList<>();

	private CommandOptions() {
	}

	/**
	 * @param args        the arguments after the command's name
	 * @param valueNames  the options that take a value ({@code --db} is always one)
	 * @param flagNames   the options without a value ({@code --help} is always one)
	 * @return the options
	 * @throws UsageException on an unknown option or a missing value
	 */
	static CommandOptions parse(List<String> args, Set<String> valueNames, Set<String> flagNames)
			throws UsageException {
		CommandOptions options = new CommandOptions();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if ("-h".equals(arg) || HELP.equals(arg)) { //$NON-NLS-1$
				options.flags.add(HELP);
			} else if (arg.startsWith("--")) { //$NON-NLS-1$
				int equals = arg.indexOf('=');
				String name = equals < 0 ? arg : arg.substring(0, equals);
				if (DB.equals(name) || valueNames.contains(name)) {
					String value;
					if (equals >= 0) {
						value = arg.substring(equals + 1);
					} else if (i + 1 < args.size()) {
						value = args.get(++i);
					} else {
						throw new UsageException(NLS.bind(Messages.Option_MissingValue, name));
					}
					options.values.put(name, value);
				} else if (equals < 0 && flagNames.contains(name)) {
					options.flags.add(name);
				} else {
					throw new UsageException(NLS.bind(Messages.Option_Unknown, name));
				}
			} else {
				options.arguments.add(arg);
			}
		}
		return options;
	}

	/** @return the value of an option, or {@code null} */
	String value(String name) {
		return values.get(name);
	}

	/**
	 * @return the value of an option the command needs
	 * @throws UsageException when it is missing
	 */
	String required(String name) throws UsageException {
		String value = values.get(name);
		if (value == null || value.isBlank()) {
			throw new UsageException(NLS.bind(Messages.Option_Required, name));
		}
		return value;
	}

	boolean has(String flag) {
		return flags.contains(flag);
	}

	List<String> arguments() {
		return arguments;
	}

	/** @return the database named by {@code --db}, or the default one */
	StoreLocation database() {
		String db = values.get(DB);
		return db == null || db.isBlank() ? StoreLocation.defaultLocation()
				: ServerPassword.complete(StoreLocation.of(db));
	}
}
