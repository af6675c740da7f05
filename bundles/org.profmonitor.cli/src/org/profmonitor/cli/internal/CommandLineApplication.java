package org.profmonitor.cli.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;
import org.profmonitor.core.indicators.IndicatorSetRegistry;

/**
 * The headless entry point of {@code ./profmonitor COMMAND ...}. The exit code is the application's
 * result: 0 on success, non-zero with a one-line message on standard error otherwise, so that IT
 * staff can script the commands.
 */
public class CommandLineApplication implements IApplication {

	/** Exit code of a command line the program does not understand. */
	public static final int EXIT_USAGE = 2;

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		return Integer.valueOf(run(args == null ? List.of() : Arrays.asList(args), System.out, System.err));
	}

	/**
	 * Runs one command line.
	 *
	 * @return the process exit code
	 */
	public int run(List<String> args, PrintStream out, PrintStream err) {
		if (args.isEmpty()) {
			out.println(Messages.Usage);
			return EXIT_USAGE;
		}
		String command = args.get(0);
		if ("--help".equals(command) || "-h".equals(command) || "help".equals(command)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			out.println(Messages.Usage);
			return 0;
		}
		if ("--version".equals(command) || "version".equals(command)) { //$NON-NLS-1$ //$NON-NLS-2$
			out.println("ProfMonitor " + version()); //$NON-NLS-1$
			return 0;
		}
		List<String> options = args.subList(1, args.size());
		IndicatorSetRegistry registry = IndicatorSetRegistry.getDefault();
		if ("regions".equals(command)) { //$NON-NLS-1$
			return regions(registry, options, out, err);
		}
		if ("db".equals(command)) { //$NON-NLS-1$
			return DbCommand.run(options, out, err);
		}
		DatabaseCommand databaseCommand = databaseCommand(command, registry);
		if (databaseCommand != null) {
			return databaseCommand.run(options, out, err);
		}
		if (args.contains("--help") || args.contains("-h")) { //$NON-NLS-1$ //$NON-NLS-2$
			out.println(Messages.Usage);
			return 0;
		}
		err.println(Messages.bind(Messages.UnknownCommand, command));
		return EXIT_USAGE;
	}

	private static DatabaseCommand databaseCommand(String name, IndicatorSetRegistry registry) {
		return switch (name) {
		case "campaigns" -> new CampaignsCommand(registry); //$NON-NLS-1$
		case "demo" -> new DemoCommand(registry); //$NON-NLS-1$
		case "template" -> new TemplateCommand(registry); //$NON-NLS-1$
		case "import" -> new ImportCommand(registry); //$NON-NLS-1$
		case "results" -> new ResultsCommand(registry); //$NON-NLS-1$
		case "problems" -> new ProblemsCommand(registry); //$NON-NLS-1$
		case "recommendations" -> new RecommendationsCommand(registry); //$NON-NLS-1$
		case "generate" -> new GenerateCommand(registry); //$NON-NLS-1$
		case "report" -> new ReportCommand(registry); //$NON-NLS-1$
		default -> null;
		};
	}

	/* regions reads no database; --db is accepted (and ignored) as on every command. */
	private static int regions(IndicatorSetRegistry registry, List<String> args, PrintStream out, PrintStream err) {
		try {
			CommandOptions options = CommandOptions.parse(args, Set.of(), Set.of());
			if (options.has(CommandOptions.HELP)) {
				out.println(Messages.Help_Regions);
				return 0;
			}
			if (!options.arguments().isEmpty()) {
				throw new CommandOptions.UsageException(
						Messages.bind(Messages.Option_Unexpected, options.arguments().get(0)));
			}
		} catch (CommandOptions.UsageException e) {
			err.println(e.getMessage());
			return EXIT_USAGE;
		}
		return new RegionsCommand(registry).run(out, err);
	}

	/** The version of the installed program, as its bundles carry it. */
	public static String version() {
		return FrameworkUtil.getBundle(CommandLineApplication.class).getVersion().toString();
	}

	@Override
	public void stop() {
		// Commands are short and not interruptible from outside; nothing to stop.
	}
}
