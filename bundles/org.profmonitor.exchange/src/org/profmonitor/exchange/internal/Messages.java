/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.exchange.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of data collection and import; Russian in {@code messages_ru.properties}, English as the fallback. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.profmonitor.exchange.internal.messages"; //$NON-NLS-1$

    public static String Location_Cell;
    public static String Location_SheetRow;
    public static String Location_Sheet;
    public static String Location_LineColumn;
    public static String Location_Line;
    public static String Summary_Totals;
    public static String Summary_Organisation;
    public static String Summary_Silent;
    public static String Summary_SilentOrganisation;
    public static String Problem_UnknownOrganisation;
    public static String Problem_UnknownElement;
    public static String Problem_EmptyValue;
    public static String Problem_NotANumber;
    public static String Problem_NegativeCount;
    public static String Problem_NotInteger;
    public static String Problem_FlagNotBinary;
    public static String Problem_BelowMin;
    public static String Problem_AboveMax;
    public static String Problem_PartAboveWhole;
    public static String Problem_PartsAboveWhole;
    public static String Problem_Duplicate;
    public static String Problem_UnterminatedQuote;
    public static String Problem_MalformedCsv;
    public static String Problem_WrongColumnCount;
    public static String Problem_UnrecognisedHeader;
    public static String Problem_EmptyFile;
    public static String Problem_Unreadable;
    public static String Problem_NotAWorkbook;
    public static String Problem_NotATemplate;
    public static String Problem_WrongCampaign;
    public static String Problem_Unsupported;
    public static String Problem_MissingFile;
    public static String Template_Title;
    public static String Template_Campaign;
    public static String Template_Organisation;
    public static String Template_OrganisationCode;
    public static String Template_Municipality;
    public static String Template_IndicatorSet;
    public static String Template_Instruction;
    public static String Template_ColumnCode;
    public static String Template_ColumnName;
    public static String Template_ColumnUnit;
    public static String Template_ColumnRange;
    public static String Template_ColumnValue;
    public static String Template_Yes;
    public static String Template_No;
    public static String Template_RangeBetween;
    public static String Template_RangeAtLeast;
    public static String Template_RangeAtMost;
    public static String Template_RangeAny;
    public static String Template_RangeFlag;
    public static String Template_ErrorTitle;
    public static String Template_ErrorCount;
    public static String Template_ErrorCountBetween;
    public static String Template_ErrorNumber;
    public static String Template_ErrorNumberBetween;
    public static String Template_ErrorNumberAtLeast;
    public static String Template_ErrorNumberAtMost;
    public static String Template_ErrorFlag;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
