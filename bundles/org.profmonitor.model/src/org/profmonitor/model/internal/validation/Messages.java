/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model.internal.validation;

import org.eclipse.osgi.util.NLS;

/** Validation messages; Russian in {@code messages_ru.properties}, English as the fallback. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.profmonitor.model.internal.validation.messages"; //$NON-NLS-1$

    public static String Label_Coded;
    public static String Constraint_DuplicateCode;
    public static String Constraint_FormulaEmpty;
    public static String Constraint_FormulaError;
    public static String Constraint_WholeCycle;
    public static String Constraint_WholeType;
    public static String Constraint_RangeInverted;
    public static String Constraint_NegativeMinimum;
    public static String Constraint_TargetMissing;
    public static String Constraint_TargetNegative;
    public static String Constraint_TargetAbove100;
    public static String Constraint_PartAboveWhole;
    public static String Constraint_PartsSumAboveWhole;
    public static String Constraint_ValueUnknownElement;
    public static String Constraint_CountNotWhole;
    public static String Constraint_FlagNotBoolean;
    public static String Constraint_ValueNotNumber;
    public static String Constraint_ValueBelowMin;
    public static String Constraint_ValueAboveMax;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
