package org.profmonitor.cli.internal;

import java.io.PrintStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.core.indicators.ContributionProblem;
import org.profmonitor.core.indicators.IndicatorSetContribution;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.core.indicators.Origin;
import org.profmonitor.model.LegalAct;

/**
 * {@code profmonitor regions}: the installed indicator sets, one line each, so that IT staff can
 * see which region modules are installed and which sets users have replaced by workspace copies.
 * Contributions that could not be loaded are named on standard error; that is not a failure of the
 * command, which still lists the others.
 */
final class RegionsCommand {

	/* Dates as the Russian documents write them, whatever the display language. */
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy"); //$NON-NLS-1$

	private static final String SEPARATOR = "  "; //$NON-NLS-1$

	private final IndicatorSetRegistry registry;

	RegionsCommand(IndicatorSetRegistry registry) {
		this.registry = registry;
	}

	int run(PrintStream out, PrintStream err) {
		List<IndicatorSetContribution> contributions = registry.contributions();
		for (ContributionProblem problem : registry.problems()) {
			err.println(problem.message());
		}
		if (contributions.isEmpty()) {
			out.println(Messages.Regions_None);
			return 0;
		}
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { Messages.Regions_Id, Messages.Regions_Region, Messages.Regions_Version,
				Messages.Regions_Origin, Messages.Regions_Regulation });
		for (IndicatorSetContribution contribution : contributions) {
			rows.add(new String[] { contribution.id(), contribution.regionName(), contribution.bundleVersion(),
					origin(contribution.origin()), regulation(contribution.indicatorSet().getRegulation()) });
		}
		print(rows, out);
		return 0;
	}

	/** Prints rows as aligned columns, the first row being the header. */
	static void print(List<String[]> rows, PrintStream out) {
		int columns = rows.get(0).length;
		int[] widths = new int[columns];
		for (String[] row : rows) {
			for (int i = 0; i < columns; i++) {
				widths[i] = Math.max(widths[i], row[i].length());
			}
		}
		for (String[] row : rows) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < columns; i++) {
				line.append(row[i]);
				if (i < columns - 1) {
					line.append(" ".repeat(widths[i] - row[i].length())).append(SEPARATOR); //$NON-NLS-1$
				}
			}
			out.println(line);
		}
	}

	private static String origin(Origin origin) {
		return origin == Origin.WORKSPACE ? Messages.Regions_OriginWorkspace : Messages.Regions_OriginShipped;
	}

	static String regulation(LegalAct act) {
		if (act == null) {
			return "\u2014"; //$NON-NLS-1$
		}
		return NLS.bind(Messages.Regions_RegulationText, new Object[] { text(act.getIssuer()), text(act.getNumber()),
				act.getDate() == null ? "\u2014" : DATE.format(act.getDate()) }); //$NON-NLS-1$
	}

	private static String text(String value) {
		return value == null || value.isBlank() ? "\u2014" : value; //$NON-NLS-1$
	}
}
