package org.profmonitor.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.cli.internal.CommandOptions.UsageException;
import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.cycle.CampaignContext;
import org.profmonitor.cycle.CycleException;
import org.profmonitor.cycle.ResultCalculation;
import org.profmonitor.model.UnitLevel;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;

/**
 * {@code profmonitor results --campaign ID [--level L] [--format csv|json]}: the campaign's
 * indicators computed from the values in the database, for scripts (see {@link ResultsWriter}).
 */
final class ResultsCommand extends DatabaseCommand {

	ResultsCommand(IndicatorSetRegistry registry) {
		super(registry);
	}

	@Override
	String help() {
		return Messages.Help_Results;
	}

	@Override
	Set<String> valueOptions() {
		return Set.of(CommandOptions.CAMPAIGN, CommandOptions.LEVEL, CommandOptions.FORMAT);
	}

	@Override
	void validate(CommandOptions options) throws UsageException {
		super.validate(options);
		options.required(CommandOptions.CAMPAIGN);
		levels(options);
		json(options);
	}

	@Override
	int execute(Store store, CommandOptions options, PrintStream out, PrintStream err)
			throws StoreException, CycleException, UsageException {
		CampaignContext campaign = CampaignContext.resolve(store, registry, options.required(CommandOptions.CAMPAIGN));
		ResultCalculation calculation = new ResultCalculation(store, campaign);
		List<UnitLevel> levels = levels(options);
		List<IndicatorValue> values = calculation.compute(levels);
		new ResultsWriter(values, values, calculation.computeDisaggregated(levels)).write(out, json(options));
		return 0;
	}

	static List<UnitLevel> levels(CommandOptions options) throws UsageException {
		String level = options.value(CommandOptions.LEVEL);
		if (level == null || "all".equals(level)) { //$NON-NLS-1$
			return List.of();
		}
		for (UnitLevel candidate : List.of(UnitLevel.ORGANISATION, UnitLevel.MUNICIPALITY, UnitLevel.REGION)) {
			if (ResultsWriter.level(candidate).equals(level)) {
				return List.of(candidate);
			}
		}
		throw new UsageException(NLS.bind(Messages.Option_BadValue, CommandOptions.LEVEL, level));
	}

	static boolean json(CommandOptions options) throws UsageException {
		String format = options.value(CommandOptions.FORMAT);
		if (format == null || "csv".equals(format)) { //$NON-NLS-1$
			return false;
		}
		if ("json".equals(format)) { //$NON-NLS-1$
			return true;
		}
		throw new UsageException(NLS.bind(Messages.Option_BadValue, CommandOptions.FORMAT, format));
	}
}
