/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.generator.internal;

import org.eclipse.osgi.util.NLS;

/** Names of the synthetic units and campaigns; Russian in {@code messages_ru.properties}. */
@SuppressWarnings("javadoc")
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.profmonitor.generator.internal.messages"; //$NON-NLS-1$

    public static String Country_Name;
    public static String Region_Name;
    public static String Municipality_Name;
    public static String Organisation_Secondary;
    public static String Organisation_Basic;
    public static String Organisation_Gymnasium;
    public static String Organisation_Lyceum;
    public static String Campaign_Title;
    public static String Campaign_Note;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
