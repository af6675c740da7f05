package org.profmonitor.ui.update.internal;

import org.eclipse.osgi.util.NLS;

/** Strings of the region modules dialog and application; Russian in messages_ru.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.profmonitor.ui.update.internal.messages"; //$NON-NLS-1$

	public static String App_NothingToInstall;
	public static String App_SiteMissing;
	public static String App_Usage;
	public static String Dialog_Cancelled;
	public static String Dialog_Check;
	public static String Dialog_Close;
	public static String Dialog_CheckJob;
	public static String Dialog_Id;
	public static String Dialog_Install;
	public static String Dialog_InstallFailed;
	public static String Dialog_InstallJob;
	public static String Dialog_Installed;
	public static String Dialog_InstalledRestart;
	public static String Dialog_IsInstalled;
	public static String Dialog_Module;
	public static String Dialog_Newer;
	public static String Dialog_NoUpdates;
	public static String Dialog_NotInstalled;
	public static String Dialog_NothingChecked;
	public static String Dialog_ReadJob;
	public static String Dialog_Restart;
	public static String Dialog_Site;
	public static String Dialog_SiteNone;
	public static String Dialog_SiteUnreadable;
	public static String Dialog_State;
	public static String Dialog_Title;
	public static String Dialog_UpdateLine;
	public static String Dialog_Updates;
	public static String Dialog_Version;
	public static String Modules_Installed;
	public static String Modules_NoP2;
	public static String Modules_NoProfile;
	public static String Modules_NoService;
	public static String Modules_NotOnSite;
	public static String Modules_NothingToUpdate;
	public static String Site_BadUrl;
	public static String Site_NoFolder;
	public static String Site_None;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
