package org.profmonitor.cycle.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the monitoring cycle; Russian in messages_ru.properties, English as fallback. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.profmonitor.cycle.internal.messages"; //$NON-NLS-1$

	public static String CampaignUnknown;
	public static String SetNotInstalled;
	public static String ImportRefused;
	public static String DemoUnreadable;
	public static String DemoInvalid;
	public static String DemoUser;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
