package org.profmonitor.core.indicators;

/** Where the indicator set of a contribution was loaded from. */
public enum Origin {
    /** The file the region bundle ships; never written by the program. */
    SHIPPED,
    /** The user's copy in the workspace folder, which takes precedence over the shipped set. */
    WORKSPACE
}
