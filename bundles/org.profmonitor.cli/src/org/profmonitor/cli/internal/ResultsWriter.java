package org.profmonitor.cli.internal;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.core.formula.FormulaResult;
import org.profmonitor.model.UnitLevel;

/**
 * Machine output of computed indicators: CSV with {@code ;} (UTF-8, one header line) or a JSON
 * array of objects with the same keys. Numbers use a decimal point and full precision, whatever
 * the display language, because scripts read them; a missing number is an empty CSV field or
 * JSON {@code null}.
 */
final class ResultsWriter {

	static final List<String> COLUMNS = List.of("indicator", "level", "unit_code", "unit_name", "numerator", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"denominator", "value", "target", "reached", "previous", "change"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private final List<IndicatorValue> values;

	ResultsWriter(List<IndicatorValue> values) {
		this.values = values;
	}

	void csv(PrintStream out) {
		out.println(String.join(";", COLUMNS)); //$NON-NLS-1$
		for (IndicatorValue value : values) {
			Object[] fields = fields(value);
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < fields.length; i++) {
				if (i > 0) {
					line.append(';');
				}
				line.append(csvField(fields[i]));
			}
			out.println(line);
		}
	}

	void json(PrintStream out) {
		out.println('[');
		for (int row = 0; row < values.size(); row++) {
			Object[] fields = fields(values.get(row));
			StringBuilder line = new StringBuilder("  {"); //$NON-NLS-1$
			for (int i = 0; i < fields.length; i++) {
				if (i > 0) {
					line.append(", "); //$NON-NLS-1$
				}
				line.append(jsonString(COLUMNS.get(i))).append(": ").append(jsonValue(fields[i])); //$NON-NLS-1$
			}
			line.append(row < values.size() - 1 ? "}," : "}"); //$NON-NLS-1$ //$NON-NLS-2$
			out.println(line);
		}
		out.println(']');
	}

	/** @return the level as the command line names it: organisation, municipality, region */
	static String level(UnitLevel level) {
		return level.getName().toLowerCase(Locale.ROOT);
	}

	/* In COLUMNS order: strings, Doubles and Booleans, null where there is nothing. */
	private static Object[] fields(IndicatorValue value) {
		FormulaResult result = value.result();
		Double previous = value.previous() == null ? null : value.previous().value();
		Double change = result.value() == null || previous == null ? null : result.value() - previous;
		return new Object[] { value.indicator().getCode(), level(value.unit().level()), value.unit().code(),
				value.unit().name(), result.numerator(), result.denominator(), result.value(), value.target(),
				value.reached(), previous, change };
	}

	private static String number(Double number) {
		return BigDecimal.valueOf(number.doubleValue()).stripTrailingZeros().toPlainString();
	}

	private static String csvField(Object field) {
		if (field == null) {
			return ""; //$NON-NLS-1$
		}
		if (field instanceof Double number) {
			return number(number);
		}
		String text = field.toString();
		if (text.indexOf(';') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return text;
	}

	private static String jsonValue(Object field) {
		if (field == null) {
			return "null"; //$NON-NLS-1$
		}
		if (field instanceof Double number) {
			return number(number);
		}
		if (field instanceof Boolean bool) {
			return bool.toString();
		}
		return jsonString(field.toString());
	}

	private static String jsonString(String text) {
		StringBuilder json = new StringBuilder("\""); //$NON-NLS-1$
		for (char c : text.toCharArray()) {
			switch (c) {
			case '"' -> json.append("\\\""); //$NON-NLS-1$
			case '\\' -> json.append("\\\\"); //$NON-NLS-1$
			case '\n' -> json.append("\\n"); //$NON-NLS-1$
			case '\r' -> json.append("\\r"); //$NON-NLS-1$
			case '\t' -> json.append("\\t"); //$NON-NLS-1$
			default -> {
				if (c < 0x20) {
					json.append(String.format("\\u%04x", (int) c)); //$NON-NLS-1$
				} else {
					json.append(c);
				}
			}
			}
		}
		return json.append('"').toString();
	}
}
