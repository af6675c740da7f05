package org.profmonitor.cli.internal;

import java.io.PrintStream;
import java.util.Set;

import org.profmonitor.cli.internal.CommandOptions.UsageException;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.cycle.CycleException;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;

/**
 * A command on the database: parses its options, opens the store named by {@code --db}, runs, and
 * turns every refusal into one line on standard error and a non-zero exit code.
 */
abstract class DatabaseCommand {

	/** Exit code of a refused or failed command. */
	static final int EXIT_ERROR = 1;

	protected final IndicatorSetRegistry registry;

	DatabaseCommand(IndicatorSetRegistry registry) {
		this.registry = registry;
	}

	/** @return the command's help text */
	abstract String help();

	/** @return the options with a value the command accepts besides {@code --db} */
	Set<String> valueOptions() {
		return Set.of();
	}

	/** @return the flags the command accepts besides {@code --help} */
	Set<String> flagOptions() {
		return Set.of();
	}

	/**
	 * Checks the options before the database is opened, so that a usage error does not lock it.
	 *
	 * @throws UsageException when the command line does not fit
	 */
	void validate(CommandOptions options) throws UsageException {
		if (!options.arguments().isEmpty()) {
			throw new UsageException(org.eclipse.osgi.util.NLS.bind(Messages.Option_Unexpected,
					options.arguments().get(0)));
		}
	}

	abstract int execute(Store store, CommandOptions options, PrintStream out, PrintStream err)
			throws StoreException, CycleException, UsageException;

	final int run(java.util.List<String> args, PrintStream out, PrintStream err) {
		CommandOptions options;
		try {
			options = CommandOptions.parse(args, valueOptions(), flagOptions());
			if (options.has(CommandOptions.HELP)) {
				out.println(help());
				return 0;
			}
			validate(options);
		} catch (UsageException e) {
			err.println(e.getMessage());
			return CommandLineApplication.EXIT_USAGE;
		}
		try (Store store = Store.open(options.database())) {
			return execute(store, options, out, err);
		} catch (UsageException e) {
			err.println(e.getMessage());
			return CommandLineApplication.EXIT_USAGE;
		} catch (StoreException | CycleException e) {
			err.println(oneLine(e.getMessage()));
			return EXIT_ERROR;
		} catch (RuntimeException e) {
			// a bug, not a user error: still one line, the type helps the report
			err.println(oneLine(org.eclipse.osgi.util.NLS.bind(Messages.Error_Internal, e)));
			return EXIT_ERROR;
		}
	}

	static String oneLine(String message) {
		return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " "); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
