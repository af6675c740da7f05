package org.profmonitor.app.internal;

import org.eclipse.osgi.util.NLS;

/** Strings of the workbench shell; Russian in messages_ru.properties, English as fallback. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.profmonitor.app.internal.messages"; //$NON-NLS-1$

	public static String WindowTitle;
	public static String MenuFile;
	public static String MenuWindow;
	public static String MenuHelp;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
