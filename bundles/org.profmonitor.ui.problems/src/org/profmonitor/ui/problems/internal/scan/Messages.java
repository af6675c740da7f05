package org.profmonitor.ui.problems.internal.scan;

import org.eclipse.osgi.util.NLS;

/** Strings of the problem scans; Russian in messages_ru.properties, English as the fallback. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.profmonitor.ui.problems.internal.scan.messages"; //$NON-NLS-1$

	public static String Location_Value;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
