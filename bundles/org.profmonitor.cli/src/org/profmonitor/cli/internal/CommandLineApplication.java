package org.profmonitor.cli.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

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
		if (args.isEmpty() || args.contains("--help") || args.contains("-h")) { //$NON-NLS-1$ //$NON-NLS-2$
			out.println(Messages.Usage);
			return args.isEmpty() ? EXIT_USAGE : 0;
		}
		String command = args.get(0);
		if ("--version".equals(command) || "version".equals(command)) { //$NON-NLS-1$ //$NON-NLS-2$
			out.println("ProfMonitor " + version()); //$NON-NLS-1$
			return 0;
		}
		if ("regions".equals(command)) { //$NON-NLS-1$
			return new RegionsCommand(IndicatorSetRegistry.getDefault()).run(out, err);
		}
		err.println(Messages.bind(Messages.UnknownCommand, command));
		return EXIT_USAGE;
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
