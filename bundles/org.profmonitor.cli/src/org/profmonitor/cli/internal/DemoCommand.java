package org.profmonitor.cli.internal;

import java.io.PrintStream;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.cycle.CycleException;
import org.profmonitor.cycle.DemoLoader;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;

/** {@code profmonitor demo}: loads the installed regions' demo campaigns; a second run changes nothing. */
final class DemoCommand extends DatabaseCommand {

	DemoCommand(IndicatorSetRegistry registry) {
		super(registry);
	}

	@Override
	String help() {
		return Messages.Help_Demo;
	}

	@Override
	int execute(Store store, CommandOptions options, PrintStream out, PrintStream err)
			throws StoreException, CycleException {
		DemoLoader.Result result = new DemoLoader(store, registry).load();
		out.println(NLS.bind(Messages.Demo_Done, new Object[] { result.campaignIds().size(),
				String.join(", ", result.campaignIds()), result.campaignsCreated() })); //$NON-NLS-1$
		out.println(ImportCommand.written(result.values()));
		return 0;
	}
}
