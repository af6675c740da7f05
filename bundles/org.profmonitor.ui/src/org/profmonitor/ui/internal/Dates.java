package org.profmonitor.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Dates as Russian users type and read them, dd.mm.yyyy. */
public final class Dates {

	/**
	 * The format of every date the views show and take. Strict, so that «31.02.2023» is refused
	 * rather than read as the 28th (the default resolver's "smart" correction).
	 */
	public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd.MM.uuuu") //$NON-NLS-1$
			.withResolverStyle(ResolverStyle.STRICT);

	private Dates() {
	}

	/** @return the date typed, or {@code null} when the text is not one */
	public static LocalDate parse(String text) {
		try {
			return LocalDate.parse(text.strip(), FORMAT);
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	/** @return the date as dd.mm.yyyy, "" for none */
	public static String format(LocalDate date) {
		return date == null ? "" : FORMAT.format(date); //$NON-NLS-1$
	}
}
