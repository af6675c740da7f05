package org.profmonitor.cli.internal;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Machine output of a table: CSV with {@code ;} (UTF-8, one header line) or a JSON array of
 * objects keyed by the column names. Numbers use a decimal point and full precision, whatever the
 * display language, because scripts read them; dates are ISO; a missing value is an empty CSV
 * field or JSON {@code null}.
 */
final class TableWriter {

	private final List<String> columns;
	private final List<Object[]> rows;

	/**
	 * @param columns the column names
	 * @param rows    the rows, each with one field per column: String, Number, Boolean, LocalDate,
	 *                an enum or {@code null}
	 */
	TableWriter(List<String> columns, List<Object[]> rows) {
		this.columns = List.copyOf(columns);
		this.rows = rows;
	}

	void write(PrintStream out, boolean json) {
		if (json) {
			json(out);
		} else {
			csv(out);
		}
	}

	void csv(PrintStream out) {
		out.println(String.join(";", columns)); //$NON-NLS-1$
		for (Object[] fields : rows) {
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
		for (int row = 0; row < rows.size(); row++) {
			Object[] fields = rows.get(row);
			StringBuilder line = new StringBuilder("  {"); //$NON-NLS-1$
			for (int i = 0; i < fields.length; i++) {
				if (i > 0) {
					line.append(", "); //$NON-NLS-1$
				}
				line.append(jsonString(columns.get(i))).append(": ").append(jsonValue(fields[i])); //$NON-NLS-1$
			}
			line.append(row < rows.size() - 1 ? "}," : "}"); //$NON-NLS-1$ //$NON-NLS-2$
			out.println(line);
		}
		out.println(']');
	}

	private static String number(Number number) {
		if (number instanceof Integer || number instanceof Long) {
			return number.toString();
		}
		return BigDecimal.valueOf(number.doubleValue()).stripTrailingZeros().toPlainString();
	}

	private static String csvField(Object field) {
		if (field == null) {
			return ""; //$NON-NLS-1$
		}
		if (field instanceof Number number) {
			return number(number);
		}
		String text = text(field);
		if (text.indexOf(';') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return text;
	}

	private static String jsonValue(Object field) {
		if (field == null) {
			return "null"; //$NON-NLS-1$
		}
		if (field instanceof Number number) {
			return number(number);
		}
		if (field instanceof Boolean bool) {
			return bool.toString();
		}
		return jsonString(text(field));
	}

	/* Enums as scripts expect them: lower case (BELOW_TARGET → below_target). */
	private static String text(Object field) {
		if (field instanceof Enum<?> literal) {
			return literal.name().toLowerCase(java.util.Locale.ROOT);
		}
		if (field instanceof LocalDate date) {
			return date.toString();
		}
		return field.toString();
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
