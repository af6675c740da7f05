/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.internal;

import org.eclipse.osgi.util.NLS;

/** The store's messages for the user; Russian in {@code messages_ru.properties}. */
@SuppressWarnings("javadoc")
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.profmonitor.store.internal.messages"; //$NON-NLS-1$

    public static String Store_inUse;
    public static String Store_cannotOpen;
    public static String Store_serverUnreachable;
    public static String Store_newerSchema;
    public static String Store_migrationFailed;
    public static String Store_migrationsMissing;
    public static String Store_driverMissing;
    public static String Store_failed;
    public static String Store_shutdownFailed;
    public static String Store_campaignUnknown;
    public static String Store_recommendationUnknown;
    public static String Store_bulkNotEmpty;
    public static String Store_passwordInUrl;
    public static String Store_copyTargetNotEmpty;
    public static String Store_copySourceMissing;
    public static String Store_editConflict;
    public static String Store_editPlace;
    public static String Store_editPlaceDisaggregated;
    public static String Store_editTheirs;
    public static String Store_editDeleted;
    public static String Store_editOne;
    public static String Store_editRetry;
    public static String Store_entryLocked;
    public static String Store_outOfScope;
    public static String Store_readOnly;
    public static String Store_bulkRegionalOnly;
    public static String Store_lockNotAllowed;
    public static String Store_unlockRegionalOnly;
    public static String Store_refusedByServer;
    public static String Scope_regional;
    public static String Scope_municipal;
    public static String Scope_organisation;
    public static String Scope_readonly;
    public static String Scope_admin;
    public static String Users_badName;
    public static String Users_exists;
    public static String Users_unknown;
    public static String Users_embedded;
    public static String Users_adminOnly;
    public static String Users_unknownMunicipality;
    public static String Users_unknownOrganisation;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
