package org.profmonitor.cli.internal;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.profmonitor.cli.internal.CommandOptions.UsageException;
import org.profmonitor.core.compute.Units;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.cycle.CampaignAnalysis;
import org.profmonitor.cycle.CampaignContext;
import org.profmonitor.cycle.CycleException;
import org.profmonitor.model.Analysis;
import org.profmonitor.model.Problem;
import org.profmonitor.model.UnitLevel;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;

/**
 * {@code profmonitor problems --campaign ID [--level L] [--format csv|json]}: analyses the campaign
 * from its current data (the analysis is stored, recommendations users touched are kept) and lists
 * the problems found, numbered as the stored analysis numbers them.
 */
final class ProblemsCommand extends DatabaseCommand {

	static final List<String> COLUMNS = List.of("number", "kind", "indicator", "level", "unit_code", "unit_name", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"description"); //$NON-NLS-1$

	ProblemsCommand(IndicatorSetRegistry registry) {
		super(registry);
	}

	@Override
	String help() {
		return Messages.Help_Problems;
	}

	@Override
	Set<String> valueOptions() {
		return Set.of(CommandOptions.CAMPAIGN, CommandOptions.LEVEL, CommandOptions.FORMAT);
	}

	@Override
	void validate(CommandOptions options) throws UsageException {
		super.validate(options);
		options.required(CommandOptions.CAMPAIGN);
		ResultsCommand.levels(options);
		ResultsCommand.json(options);
	}

	@Override
	int execute(Store store, CommandOptions options, PrintStream out, PrintStream err)
			throws StoreException, CycleException, UsageException {
		String campaignId = options.required(CommandOptions.CAMPAIGN);
		CampaignAnalysis analysis = new CampaignAnalysis(store, registry, LocalDate.now());
		Analysis analysed = analysis.refresh(campaignId, null);
		analysis.warnings().forEach(err::println);
		Units units = new Units(CampaignContext.resolve(store, registry, campaignId).directory());
		List<UnitLevel> levels = ResultsCommand.levels(options);
		List<Object[]> rows = new ArrayList<>();
		int number = 0;
		for (Problem problem : analysed.getProblems()) {
			number++;
			if (!levels.isEmpty() && !levels.contains(problem.getUnitLevel())) {
				continue;
			}
			String name = problem.getUnitCode() == null ? null
					: units.find(problem.getUnitCode()).map(unit -> unit.name()).orElse(null);
			rows.add(new Object[] { Integer.valueOf(number), problem.getKind(), problem.getIndicatorCode(),
					problem.getUnitLevel() == null ? null : ResultsWriter.level(problem.getUnitLevel()),
					problem.getUnitCode(), name, problem.getDescription() });
		}
		new TableWriter(COLUMNS, rows).write(out, ResultsCommand.json(options));
		return 0;
	}
}
