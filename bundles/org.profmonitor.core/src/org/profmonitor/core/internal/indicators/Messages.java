package org.profmonitor.core.internal.indicators;

import org.eclipse.osgi.util.NLS;

/** Messages of the indicator-set registry; Russian in messages_ru.properties, English as fallback. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.profmonitor.core.internal.indicators.messages"; //$NON-NLS-1$

    public static String Problem_Contribution;
    public static String Problem_Workspace;
    public static String Problem_DemoCampaign;
    public static String Problem_Duplicate;
    public static String Reason_MissingAttribute;
    public static String Reason_NoFile;
    public static String Reason_Unreadable;
    public static String Reason_Invalid;
    public static String Reason_MoreErrors;
    public static String Reason_WrongSetId;
    public static String Reason_NoBundle;
    public static String Reason_CampaignSet;
    public static String Formula_Problem;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
