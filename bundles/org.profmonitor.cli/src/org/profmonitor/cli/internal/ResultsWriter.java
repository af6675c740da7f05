package org.profmonitor.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.profmonitor.core.analysis.Rankings;
import org.profmonitor.core.analysis.Zone;
import org.profmonitor.core.compute.DisaggregatedValue;
import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.core.formula.FormulaResult;
import org.profmonitor.model.UnitLevel;

/**
 * The rows of {@code profmonitor results}: one per indicator and unit, with its rank among the
 * units of its level and its colour zone, then the disaggregated rows (students with disabilities
 * ...), which carry their disaggregation and no rank. Written through {@link TableWriter}.
 */
final class ResultsWriter {

	static final List<String> COLUMNS = List.of("indicator", "level", "unit_code", "unit_name", "numerator", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"denominator", "value", "target", "reached", "previous", "change", "rank", "zone", "disaggregation"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$

	private final TableWriter table;

	/**
	 * @param values        every computed total
	 * @param ranked        the values the ranks are computed over (all units of the levels shown)
	 * @param disaggregated the disaggregated values
	 */
	ResultsWriter(List<IndicatorValue> values, List<IndicatorValue> ranked, List<DisaggregatedValue> disaggregated) {
		Map<IndicatorValue, Integer> ranks = Rankings.rank(ranked);
		List<Object[]> rows = new ArrayList<>();
		values.forEach(value -> rows.add(fields(value, ranks.get(value), ""))); //$NON-NLS-1$
		disaggregated.forEach(value -> rows.add(fields(value.value(), null, value.disaggregation())));
		table = new TableWriter(COLUMNS, rows);
	}

	void write(PrintStream out, boolean json) {
		table.write(out, json);
	}

	/** @return the level as the command line names it: organisation, municipality, region */
	static String level(UnitLevel level) {
		return level.getName().toLowerCase(Locale.ROOT);
	}

	/* In COLUMNS order: strings, Doubles and Booleans, null where there is nothing. */
	private static Object[] fields(IndicatorValue value, Integer rank, String disaggregation) {
		FormulaResult result = value.result();
		Double previous = value.previous() == null ? null : value.previous().value();
		Double change = result.value() == null || previous == null ? null : result.value() - previous;
		Zone zone = Zone.of(value);
		return new Object[] { value.indicator().getCode(), level(value.unit().level()), value.unit().code(),
				value.unit().name(), result.numerator(), result.denominator(), result.value(), value.target(),
				value.reached(), previous, change, rank, zone == Zone.NONE ? null : zone, disaggregation };
	}
}
