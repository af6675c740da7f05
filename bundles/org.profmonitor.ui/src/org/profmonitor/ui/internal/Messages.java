package org.profmonitor.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Strings of the workbench views; Russian in messages_ru.properties, English as the fallback. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.profmonitor.ui.internal.messages"; //$NON-NLS-1$

	public static String Entry_EditLabel;
	public static String Entry_LoadJob;
	public static String Entry_Loading;
	public static String Entry_NotSaved;
	public static String Entry_Organisation;
	public static String Entry_OrganisationTip;
	public static String Entry_Problems;
	public static String Entry_Range;
	public static String Entry_SaveJob;
	public static String Entry_Source;
	public static String Entry_Status;
	public static String Entry_Title;
	public static String Entry_Tooltip;
	public static String Entry_TypeCount;
	public static String Entry_TypeFlag;
	public static String Entry_TypeNumber;
	public static String Entry_Whole;
	public static String Entry_WrongInput;
	public static String Navigator_CampaignLabel;
	public static String Navigator_Campaigns;
	public static String Navigator_EnterData;
	public static String Navigator_IndicatorSets;
	public static String Navigator_Loading;
	public static String Navigator_Recommendations;
	public static String Navigator_Refresh;
	public static String Navigator_Regions;
	public static String Navigator_Report;
	public static String Preferences_Database;
	public static String Preferences_Description;
	public static String Preferences_ReportAuthor;
	public static String Preferences_ReportAuthority;
	public static String Preferences_UpdateSite;
	public static String Recommendations_Action;
	public static String Recommendations_Addressee;
	public static String Recommendations_Before;
	public static String Recommendations_Deadline;
	public static String Recommendations_Effect;
	public static String Recommendations_EffectImproved;
	public static String Recommendations_EffectNoData;
	public static String Recommendations_EffectUnchanged;
	public static String Recommendations_EffectWorsened;
	public static String Recommendations_FollowUpTab;
	public static String Recommendations_Indicator;
	public static String Recommendations_LoadJob;
	public static String Recommendations_NoCampaign;
	public static String Recommendations_NoFollowUp;
	public static String Recommendations_Now;
	public static String Recommendations_Number;
	public static String Recommendations_Refresh;
	public static String Recommendations_RefreshJob;
	public static String Recommendations_RefreshTip;
	public static String Recommendations_Responsible;
	public static String Recommendations_SaveJob;
	public static String Recommendations_Status;
	public static String Recommendations_StatusAdopted;
	public static String Recommendations_StatusDone;
	public static String Recommendations_StatusDraft;
	public static String Recommendations_StatusInProgress;
	public static String Recommendations_StatusOverdue;
	public static String Recommendations_Tab;
	public static String Recommendations_Title;
	public static String Recommendations_Unit;
	public static String Recommendations_WrongDate;
	public static String Report_ChooseUnit;
	public static String Report_Export;
	public static String Report_ExportJob;
	public static String Report_Kind;
	public static String Report_KindCard;
	public static String Report_KindDecision;
	public static String Report_KindSpravka;
	public static String Report_NoBrowser;
	public static String Report_NoCampaign;
	public static String Report_RenderJob;
	public static String Report_Title;
	public static String Report_UnknownUnit;
	public static String Results_All;
	public static String Results_Change;
	public static String Results_ChangePoints;
	public static String Results_Criterion;
	public static String Results_Fraction;
	public static String Results_Indicator;
	public static String Results_IndicatorName;
	public static String Results_Job;
	public static String Results_Level;
	public static String Results_LevelMunicipality;
	public static String Results_LevelOrganisation;
	public static String Results_LevelRegion;
	public static String Results_Municipality;
	public static String Results_No;
	public static String Results_NoCampaign;
	public static String Results_Plan;
	public static String Results_PlanPrevious;
	public static String Results_Previous;
	public static String Results_Reached;
	public static String Results_Title;
	public static String Results_Unit;
	public static String Results_Value;
	public static String Results_Yes;
	public static String Store_LoadingDemo;
	public static String Store_Opening;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
