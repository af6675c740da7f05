package org.profmonitor.ui.indicators.internal;

import org.eclipse.osgi.util.NLS;

/** Strings of the indicator-set editor; Russian in messages_ru.properties, English as the fallback. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.profmonitor.ui.indicators.internal.messages"; //$NON-NLS-1$

	public static String Revert_Title;
	public static String Revert_NoCopy;
	public static String Revert_Confirm;
	public static String Revert_Job;
	public static String Revert_Failed;
	public static String Editor_Code;
	public static String Editor_DataElements;
	public static String Editor_Description;
	public static String Editor_Formula;
	public static String Editor_FormulaProblem;
	public static String Editor_Name;
	public static String Editor_NoSet;
	public static String Editor_NotSaved;
	public static String Editor_OriginShipped;
	public static String Editor_OriginWorkspace;
	public static String Editor_SaveFailed;
	public static String Editor_SaveJob;
	public static String Editor_Saved;
	public static String Editor_Title;
	public static String Editor_TreeFaulty;
	public static String Editor_Unit;
	public static String Editor_Version;
	public static String Editor_WrongInput;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
