package org.profmonitor.core.internal.analysis;

import org.eclipse.osgi.util.NLS;

/** Texts of problems and recommendations; Russian in messages_ru.properties, English as fallback. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.profmonitor.core.internal.analysis.messages"; //$NON-NLS-1$

    public static String Problem_BelowTarget;
    public static String Problem_Fell;
    public static String Problem_ZeroCoverage;
    public static String Problem_NotReported;
    public static String Problem_NotReportedIndicator;
    public static String Rule_Broken;
    public static String Rule_Failed;
    public static String Placeholder_AllIndicators;
    public static String Placeholder_None;
    public static String Placeholder_More;
    public static String Addressee_MINISTRY;
    public static String Addressee_MUNICIPAL_DEPARTMENTS;
    public static String Addressee_MUNICIPAL_DEPARTMENT;
    public static String Addressee_ALL_SCHOOLS;
    public static String Addressee_ALL_PRESCHOOLS;
    public static String Addressee_ALL_ADDITIONAL_EDUCATION;
    public static String Addressee_COLLEGES;
    public static String Addressee_UNIVERSITIES;
    public static String Addressee_INSTITUTE;
    public static String Addressee_OTHER;
    public static String Addressee_ALL_ORGANISATIONS;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
