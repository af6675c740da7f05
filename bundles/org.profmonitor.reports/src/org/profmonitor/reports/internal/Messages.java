package org.profmonitor.reports.internal;

import org.eclipse.osgi.util.NLS;

/** Texts the reports build in Java; Russian in messages_ru.properties, English as fallback. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.profmonitor.reports.internal.messages"; //$NON-NLS-1$

    public static String Progress_Render;
    public static String Error_NoEngine;
    public static String Error_NoDesign;
    public static String Error_Render;
    public static String Spravka_Title;
    public static String Spravka_Monitoring;
    public static String Spravka_Subtitle;
    public static String Spravka_Basis;
    public static String Spravka_Regulation;
    public static String Spravka_Period;
    public static String Spravka_Schedule;
    public static String Spravka_Year;
    public static String Spravka_Participation;
    public static String Reached_Yes;
    public static String Reached_No;
    public static String Reached_Unknown;
    public static String Plan_AtLeast;
    public static String Plan_AtMost;
    public static String Plan_NotBelowPrevious;
    public static String Plan_None;
    public static String Plan_Municipal;
    public static String Indicator_Heading;
    public static String Criterion_Heading;
    public static String Region_Value;
    public static String Region_Fraction;
    public static String BelowPlan_Item;
    public static String BelowPlan_Line;
    public static String BelowPlan_None;
    public static String Conclusion_Reached;
    public static String Conclusion_Missed;
    public static String Conclusion_Widest;
    public static String Conclusion_Down;
    public static String Conclusion_Up;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
