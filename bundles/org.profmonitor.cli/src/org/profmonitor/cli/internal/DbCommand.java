package org.profmonitor.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.cli.internal.CommandOptions.UsageException;
import org.profmonitor.store.DatabaseAdmin;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;
import org.profmonitor.store.StoreLocation;

/**
 * {@code profmonitor db status|migrate|export|import}: what IT staff do to a database. Status reads
 * the schema version without changing anything; migrate brings the schema up to date; export and
 * import copy a whole database (an embedded one to the server and back) into an empty one, all or
 * nothing.
 */
final class DbCommand {

	static final String FROM = "--from"; //$NON-NLS-1$
	static final String TO = "--to"; //$NON-NLS-1$

	private DbCommand() {
	}

	static int run(List<String> args, PrintStream out, PrintStream err) {
		if (args.isEmpty() || args.get(0).startsWith("-")) { //$NON-NLS-1$
			boolean help = args.contains(CommandOptions.HELP) || args.contains("-h"); //$NON-NLS-1$
			(help ? out : err).println(Messages.Help_Db);
			return help ? 0 : CommandLineApplication.EXIT_USAGE;
		}
		String action = args.get(0);
		try {
			if ("user".equals(action)) { //$NON-NLS-1$
				return DbUserCommand.run(args.subList(1, args.size()), out);
			}
			CommandOptions options = CommandOptions.parse(args.subList(1, args.size()), Set.of(FROM, TO), Set.of());
			if (options.has(CommandOptions.HELP)) {
				out.println(Messages.Help_Db);
				return 0;
			}
			if (!options.arguments().isEmpty()) {
				throw new UsageException(NLS.bind(Messages.Option_Unexpected, options.arguments().get(0)));
			}
			StoreLocation db = ServerPassword.complete(options.database());
			return switch (action) {
			case "status" -> status(db, out); //$NON-NLS-1$
			case "migrate" -> migrate(db, out); //$NON-NLS-1$
			case "export" -> copy(db, other(options, TO), out); //$NON-NLS-1$
			case "import" -> copy(other(options, FROM), db, out); //$NON-NLS-1$
			default -> throw new UsageException(NLS.bind(Messages.Db_UnknownAction, action));
			};
		} catch (UsageException e) {
			err.println(e.getMessage());
			return CommandLineApplication.EXIT_USAGE;
		} catch (StoreException e) {
			err.println(DatabaseCommand.oneLine(e.getMessage()));
			return DatabaseCommand.EXIT_ERROR;
		} catch (RuntimeException e) {
			err.println(DatabaseCommand.oneLine(NLS.bind(Messages.Error_Internal, e)));
			return DatabaseCommand.EXIT_ERROR;
		}
	}

	private static StoreLocation other(CommandOptions options, String name) throws UsageException {
		return ServerPassword.complete(StoreLocation.of(options.required(name)));
	}

	private static int status(StoreLocation db, PrintStream out) throws StoreException {
		DatabaseAdmin.SchemaStatus status = DatabaseAdmin.status(db);
		String state = status.upToDate() ? Messages.Db_StatusUpToDate
				: status.current() < status.latest() ? Messages.Db_StatusOlder : Messages.Db_StatusNewer;
		out.println(NLS.bind(Messages.Db_Status, new Object[] { db.displayName(), status.current(), status.latest(),
				state, status.campaigns() }));
		return status.current() > status.latest() ? DatabaseCommand.EXIT_ERROR : 0;
	}

	private static int migrate(StoreLocation db, PrintStream out) throws StoreException {
		try (Store store = Store.open(db)) {
			if (store.migrationsApplied().isEmpty()) {
				out.println(NLS.bind(Messages.Db_MigrateNothing, db.displayName(), store.schemaVersion()));
			} else {
				String applied = store.migrationsApplied().stream().map(String::valueOf).collect(Collectors.joining(", ")); //$NON-NLS-1$
				out.println(NLS.bind(Messages.Db_Migrated, new Object[] { db.displayName(), applied, store.schemaVersion() }));
			}
		}
		return 0;
	}

	private static int copy(StoreLocation from, StoreLocation to, PrintStream out) throws StoreException {
		long rows = DatabaseAdmin.copy(from, to);
		out.println(NLS.bind(Messages.Db_Copied, new Object[] { from.displayName(), to.displayName(), rows }));
		return 0;
	}
}
