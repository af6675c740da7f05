package org.profmonitor.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the command line; Russian in messages_ru.properties, English as fallback. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.profmonitor.cli.internal.messages"; //$NON-NLS-1$

	public static String Usage;
	public static String UnknownCommand;
	public static String Regions_Id;
	public static String Regions_Region;
	public static String Regions_Version;
	public static String Regions_Origin;
	public static String Regions_Regulation;
	public static String Regions_OriginShipped;
	public static String Regions_OriginWorkspace;
	public static String Regions_RegulationText;
	public static String Regions_None;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
