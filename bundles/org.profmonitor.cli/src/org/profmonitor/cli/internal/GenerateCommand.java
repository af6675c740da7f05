/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.cli.internal.CommandOptions.UsageException;
import org.profmonitor.core.indicators.IndicatorSetContribution;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.cycle.CycleException;
import org.profmonitor.generator.CountryGenerator;
import org.profmonitor.generator.GeneratorSettings;
import org.profmonitor.generator.SyntheticCountry;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;

/**
 * {@code profmonitor generate}: a synthetic country's campaigns for an installed indicator set,
 * into the database and optionally as the CSV files the import reads; for load tests and benchmarks.
 */
final class GenerateCommand extends DatabaseCommand {

	private static final String REGIONS = "--regions"; //$NON-NLS-1$
	private static final String MUNICIPALITIES = "--municipalities-per-region"; //$NON-NLS-1$
	private static final String ORGANISATIONS = "--organisations-per-municipality"; //$NON-NLS-1$
	private static final String CAMPAIGNS = "--campaigns"; //$NON-NLS-1$
	private static final String SEED = "--seed"; //$NON-NLS-1$
	private static final String SET = "--set"; //$NON-NLS-1$
	private static final String CSV = "--csv"; //$NON-NLS-1$

	GenerateCommand(IndicatorSetRegistry registry) {
		super(registry);
	}

	@Override
	String help() {
		return Messages.Help_Generate;
	}

	@Override
	Set<String> valueOptions() {
		return Set.of(REGIONS, MUNICIPALITIES, ORGANISATIONS, CAMPAIGNS, SEED, SET, CSV);
	}

	@Override
	void validate(CommandOptions options) throws UsageException {
		super.validate(options);
		settings(options);
	}

	@Override
	int execute(Store store, CommandOptions options, PrintStream out, PrintStream err)
			throws StoreException, CycleException, UsageException {
		GeneratorSettings settings = settings(options);
		IndicatorSetContribution contribution = contribution(options.value(SET));
		SyntheticCountry country = new SyntheticCountry(settings);
		CountryGenerator generator = new CountryGenerator(contribution.indicatorSet(), contribution.id(), country);
		long start = System.nanoTime();
		CountryGenerator.Result result = generator.writeTo(store, (campaignId, values) -> out
				.println(NLS.bind(Messages.Generate_Campaign, campaignId, Long.toString(values))));
		String csv = options.value(CSV);
		if (csv != null) {
			Path folder = Path.of(csv);
			try {
				List<Path> files = generator.writeCsv(folder);
				out.println(NLS.bind(Messages.Generate_Csv, files.size(), folder.toAbsolutePath()));
			} catch (IOException e) {
				throw new CycleException(NLS.bind(Messages.Error_Write, folder, e.getMessage()), e);
			}
		}
		out.println(NLS.bind(Messages.Generate_Done, new Object[] { settings.regions(), result.organisations(),
				result.campaignIds().size(), Long.toString(result.values()), contribution.id(),
				String.format("%.1f", (System.nanoTime() - start) / 1e9) })); //$NON-NLS-1$
		return 0;
	}

	private IndicatorSetContribution contribution(String setId) throws CycleException {
		List<IndicatorSetContribution> installed = registry.contributions();
		if (setId == null) {
			if (installed.isEmpty()) {
				throw new CycleException(Messages.Generate_NoSet);
			}
			return installed.get(0);
		}
		return registry.find(setId).orElseThrow(() -> new CycleException(NLS.bind(Messages.Generate_UnknownSet, setId)));
	}

	private static GeneratorSettings settings(CommandOptions options) throws UsageException {
		try {
			return new GeneratorSettings(number(options, REGIONS, GeneratorSettings.DEFAULT_REGIONS),
					number(options, MUNICIPALITIES, GeneratorSettings.DEFAULT_MUNICIPALITIES),
					number(options, ORGANISATIONS, GeneratorSettings.DEFAULT_ORGANISATIONS),
					number(options, CAMPAIGNS, GeneratorSettings.DEFAULT_CAMPAIGNS),
					seed(options.value(SEED)));
		} catch (IllegalArgumentException e) {
			throw new UsageException(NLS.bind(Messages.Generate_BadSize, e.getMessage()));
		}
	}

	private static int number(CommandOptions options, String name, int defaultValue) throws UsageException {
		String value = options.value(name);
		if (value == null) {
			return defaultValue;
		}
		try {
			return Integer.parseInt(value.strip());
		} catch (NumberFormatException e) {
			throw new UsageException(NLS.bind(Messages.Option_BadValue, name, value));
		}
	}

	private static long seed(String value) throws UsageException {
		if (value == null) {
			return GeneratorSettings.DEFAULT_SEED;
		}
		try {
			return Long.parseLong(value.strip());
		} catch (NumberFormatException e) {
			throw new UsageException(NLS.bind(Messages.Option_BadValue, SEED, value));
		}
	}
}
