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
    public static String Spravka_PreparedBy;
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
    public static String Chart_Value;
    public static String Chart_BelowPlan;
    public static String Chart_Plan;
    public static String Conclusion_Reached;
    public static String Conclusion_Missed;
    public static String Conclusion_Widest;
    public static String Conclusion_Down;
    public static String Conclusion_Up;
    public static String Region_NoData;
    public static String Act_Reference;
    public static String Problem_WithUnit;
    public static String Problem_Organisations;
    public static String Problem_Municipalities;
    public static String Problem_Indicator;
    public static String Problem_IndicatorName;
    public static String ProblemKind_BELOW_TARGET;
    public static String ProblemKind_FELL_AGAINST_PREVIOUS;
    public static String ProblemKind_ZERO_COVERAGE;
    public static String ProblemKind_NOT_REPORTED;
    public static String ProblemKind_RULE;
    public static String Addressee_MINISTRY;
    public static String Addressee_MUNICIPAL_DEPARTMENTS;
    public static String Addressee_ALL_SCHOOLS;
    public static String Addressee_ALL_PRESCHOOLS;
    public static String Addressee_ALL_ADDITIONAL_EDUCATION;
    public static String Addressee_COLLEGES;
    public static String Addressee_UNIVERSITIES;
    public static String Addressee_INSTITUTE;
    public static String Addressee_ALL_ORGANISATIONS;
    public static String Addressee_OTHER;
    public static String Analysis_None;
    public static String Problems_None;
    public static String Recommendations_NoAnalysis;
    public static String Recommendations_None;
    public static String Card_Title;
    public static String Card_Organisation;
    public static String Card_Municipality;
    public static String Card_Region;
    public static String Card_Context;
    public static String Card_Campaign;
    public static String Card_Summary;
    public static String Card_NoData;
    public static String Card_NoUpper;
    public static String Decision_Authority;
    public static String Decision_OrderKind;
    public static String Decision_ProtocolKind;
    public static String Decision_OrderDateLine;
    public static String Decision_ProtocolDateLine;
    public static String Decision_Title;
    public static String Decision_OrderPreamble;
    public static String Decision_ProtocolPreamble;
    public static String Decision_ProtocolAgenda;
    public static String Decision_Heard;
    public static String Decision_OrderCommand;
    public static String Decision_ProtocolCommand;
    public static String Decision_AcceptResults;
    public static String Decision_Deadline;
    public static String Decision_Responsible;
    public static String Decision_Control;
    public static String Decision_InForce;
    public static String Decision_OrderSignature;
    public static String Decision_OrderSignedBy;
    public static String Decision_ProtocolSignedBy;
    public static String Decision_ProtocolSignature;
    public static String Decision_ProtocolSecretary;
    public static String Decision_Acquainted;
    public static String Error_ContributedDesign;
    public static String Level_Sentence;
    public static String Level_Reached;
    public static String Level_NotReached;
    public static String Level_NoPlan;
    public static String Level_PRESCHOOL;
    public static String Level_PRIMARY;
    public static String Level_BASIC;
    public static String Level_SECONDARY;
    public static String Level_ADDITIONAL;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
