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
	public static String Help_Regions;
	public static String Help_Campaigns;
	public static String Help_Demo;
	public static String Help_Template;
	public static String Help_Import;
	public static String Help_Results;
	public static String Help_Problems;
	public static String Help_Recommendations;
	public static String Recommendations_NothingToEdit;
	public static String Help_Generate;
	public static String Generate_Campaign;
	public static String Generate_Csv;
	public static String Generate_Done;
	public static String Generate_NoSet;
	public static String Generate_UnknownSet;
	public static String Generate_BadSize;
	public static String Option_Unknown;
	public static String Option_MissingValue;
	public static String Option_Required;
	public static String Option_BadValue;
	public static String Option_Unexpected;
	public static String Error_Internal;
	public static String Error_Write;
	public static String Campaigns_Id;
	public static String Campaigns_Set;
	public static String Campaigns_Year;
	public static String Campaigns_Status;
	public static String Campaigns_None;
	public static String Demo_Done;
	public static String Template_Done;
	public static String Import_NoFiles;
	public static String Import_Problem;
	public static String Import_Refused;
	public static String Import_Preview;
	public static String Import_Done;
	public static String Help_Report;
	public static String Report_Done;
	public static String Report_UnknownUnit;
	public static String Report_NoDesign;
	public static String Help_Db;
	public static String Db_UnknownAction;
	public static String Db_PasswordPrompt;
	public static String Db_Status;
	public static String Db_StatusUpToDate;
	public static String Db_StatusOlder;
	public static String Db_StatusNewer;
	public static String Db_MigrateNothing;
	public static String Db_Migrated;
	public static String Db_Copied;
	public static String Campaigns_Entry;
	public static String Campaigns_EntryOpen;
	public static String Campaigns_EntryClosed;
	public static String Campaigns_Locked;
	public static String Campaigns_Unlocked;
	public static String Campaigns_WasOpen;
	public static String Db_UserAdded;
	public static String Db_UserRemoved;
	public static String Db_UsersNone;
	public static String Db_UserName;
	public static String Db_UserRole;
	public static String Db_UserUnit;
	public static String Db_UserUsage;
	public static String Db_UserRoleNeedsUnit;
	public static String Db_UserRoleTakesNoUnit;
	public static String Db_NewUserPasswordPrompt;
	public static String Db_NewUserPasswordMissing;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
