package org.profmonitor.ui.problems.internal;

import org.eclipse.osgi.util.NLS;

/** Strings of the Problems view support; Russian in messages_ru.properties, English as the fallback. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.profmonitor.ui.problems.internal.messages"; //$NON-NLS-1$

	public static String Refresh_Failed;
	public static String Refresh_Job;
	public static String Refresh_NoData;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
