package org.profmonitor.ui.update.internal;

import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.osgi.util.NLS;

/**
 * {@code -application org.profmonitor.ui.update.modules}: the region modules of the running
 * product on the command line, through the same operations as the «Региональные модули» dialog,
 * for IT staff and for the install test against a copy of the product:
 * <pre>
 * list                                installed modules: id, version, name
 * available [--site S]                the modules of the site
 * install [--site S] FEATURE_GROUP... installs from the site
 * updates [--site S]                  the updates the site offers
 * update [--site S]                   installs them
 * </pre>
 * The site defaults to the one of the preferences. Exit code 0, or 1 with the reason on standard error.
 */
public final class ModulesApplication implements IApplication {

	private static final Integer FAILED = Integer.valueOf(1);

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		try {
			return run(new ArrayList<>(Arrays.asList(args == null ? new String[0] : args)), out);
		} catch (ProvisionException | IllegalArgumentException e) {
			err.println(e.getMessage());
			return FAILED;
		}
	}

	private static Object run(List<String> args, PrintStream out) throws ProvisionException {
		String command = args.isEmpty() ? "list" : args.remove(0); //$NON-NLS-1$
		URI site = site(args);
		RegionModules modules = new RegionModules(Agents.running(), IProfileRegistry.SELF, Locale.getDefault());
		NullProgressMonitor monitor = new NullProgressMonitor();
		switch (command) {
		case "list" -> modules.installed().forEach(module -> print(out, module)); //$NON-NLS-1$
		case "available" -> modules.available(need(site), monitor).forEach(module -> print(out, module)); //$NON-NLS-1$
		case "updates" -> modules.updates(need(site), monitor).forEach(update -> out //$NON-NLS-1$
				.println(update.installed().id() + '\t' + update.installed().version() + '\t' + update.replacement().version()));
		case "install" -> { //$NON-NLS-1$
			if (args.isEmpty()) {
				throw new IllegalArgumentException(Messages.App_NothingToInstall);
			}
			return done(modules.install(need(site), args, monitor), out);
		}
		case "update" -> { //$NON-NLS-1$
			return done(modules.update(need(site), monitor), out);
		}
		default -> throw new IllegalArgumentException(NLS.bind(Messages.App_Usage, command));
		}
		return EXIT_OK;
	}

	private static URI site(List<String> args) {
		int at = args.indexOf("--site"); //$NON-NLS-1$
		if (at >= 0) {
			if (at + 1 >= args.size()) {
				throw new IllegalArgumentException(Messages.App_SiteMissing);
			}
			String text = args.get(at + 1);
			args.subList(at, at + 2).clear();
			return UpdateSite.parse(text);
		}
		return UpdateSite.configured().map(UpdateSite::parse).orElse(null);
	}

	private static URI need(URI site) {
		if (site == null) {
			throw new IllegalArgumentException(Messages.Site_None);
		}
		return site;
	}

	private static void print(PrintStream out, RegionModule module) {
		out.println(module.id() + '\t' + module.version() + '\t' + module.name());
	}

	private static Object done(IStatus status, PrintStream out) throws ProvisionException {
		if (status.isOK() || status.getSeverity() == IStatus.INFO || status.getSeverity() == IStatus.WARNING) {
			out.println(status.getCode() == org.eclipse.equinox.p2.operations.UpdateOperation.STATUS_NOTHING_TO_UPDATE
					? Messages.Modules_NothingToUpdate : Messages.Modules_Installed);
			return EXIT_OK;
		}
		throw new ProvisionException(Statuses.describe(status));
	}

	@Override
	public void stop() {
		// runs to the end of its one command
	}
}
