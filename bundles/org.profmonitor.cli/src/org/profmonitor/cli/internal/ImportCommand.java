package org.profmonitor.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.cli.internal.CommandOptions.UsageException;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.cycle.CampaignContext;
import org.profmonitor.cycle.CycleException;
import org.profmonitor.cycle.ValueImport;
import org.profmonitor.exchange.ImportBatch;
import org.profmonitor.exchange.ImportProblem;
import org.profmonitor.store.ApplyResult;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;

/**
 * {@code profmonitor import --campaign ID [--dry-run] FILE|DIR...}: every file is checked first;
 * with any problem, every problem is printed and nothing is written. Otherwise all values are
 * written in one transaction, or with {@code --dry-run} only compared with the database.
 */
final class ImportCommand extends DatabaseCommand {

	/** The user the audit records for the command line: the operating system's account. */
	private static final String USER = System.getProperty("user.name", "profmonitor"); //$NON-NLS-1$ //$NON-NLS-2$

	ImportCommand(IndicatorSetRegistry registry) {
		super(registry);
	}

	@Override
	String help() {
		return Messages.Help_Import;
	}

	@Override
	Set<String> valueOptions() {
		return Set.of(CommandOptions.CAMPAIGN);
	}

	@Override
	Set<String> flagOptions() {
		return Set.of(CommandOptions.DRY_RUN);
	}

	@Override
	void validate(CommandOptions options) throws UsageException {
		options.required(CommandOptions.CAMPAIGN);
		if (options.arguments().isEmpty()) {
			throw new UsageException(Messages.Import_NoFiles);
		}
	}

	@Override
	int execute(Store store, CommandOptions options, PrintStream out, PrintStream err)
			throws StoreException, CycleException, UsageException {
		CampaignContext campaign = CampaignContext.resolve(store, registry, options.required(CommandOptions.CAMPAIGN));
		List<Path> paths = new ArrayList<>();
		for (String argument : options.arguments()) {
			paths.add(Path.of(argument));
		}
		ValueImport valueImport = new ValueImport(store, campaign);
		if (!options.has(CommandOptions.DRY_RUN)) {
			valueImport.requireOpen();
		}
		ImportBatch batch = valueImport.read(paths);
		if (!batch.isApplicable()) {
			for (ImportProblem problem : batch.problems()) {
				err.println(problem(problem));
			}
			err.println(NLS.bind(Messages.Import_Refused, batch.problems().size()));
			return EXIT_ERROR;
		}
		if (options.has(CommandOptions.DRY_RUN)) {
			out.print(batch.summary().format());
			ApplyResult wouldWrite = valueImport.preview(batch);
			out.println(NLS.bind(Messages.Import_Preview, new Object[] { wouldWrite.inserted(), wouldWrite.updated(),
					wouldWrite.unchanged() }));
			return 0;
		}
		out.println(written(valueImport.apply(batch, USER)));
		return 0;
	}

	/** @return a problem as one line: file, sheet, row, column, message */
	static String problem(ImportProblem problem) {
		Path file = problem.file();
		return NLS.bind(Messages.Import_Problem, new Object[] { file == null ? "\u2014" : file.toString(), //$NON-NLS-1$
				problem.sheet() == null ? "\u2014" : problem.sheet(), //$NON-NLS-1$
				problem.row() > 0 ? Integer.toString(problem.row()) : "\u2014", //$NON-NLS-1$
				problem.column() > 0 ? problem.columnLabel() : "\u2014", //$NON-NLS-1$
				oneLine(problem.message()) });
	}

	static String written(ApplyResult result) {
		return NLS.bind(Messages.Import_Done, new Object[] { result.inserted(), result.updated(), result.unchanged(),
				result.changed() });
	}
}
