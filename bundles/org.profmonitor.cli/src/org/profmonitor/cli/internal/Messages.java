package org.profmonitor.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the command line; Russian in messages_ru.properties, English as fallback. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.profmonitor.cli.internal.messages"; //$NON-NLS-1$

	public static String Usage;
	public static String UnknownCommand;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
