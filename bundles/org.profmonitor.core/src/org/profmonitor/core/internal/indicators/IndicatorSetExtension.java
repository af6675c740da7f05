package org.profmonitor.core.internal.indicators;

/**
 * The names of the extension point {@code org.profmonitor.core.indicatorSets}, as its schema
 * {@code schema/org.profmonitor.core.indicatorSets.exsd} defines them; kept here only, so that a
 * change of the schema is a change of this class.
 */
public final class IndicatorSetExtension {

    /** The fully qualified id of the extension point. */
    public static final String POINT_ID = "org.profmonitor.core.indicatorSets"; //$NON-NLS-1$

    /** One indicator set with its directory. */
    public static final String INDICATOR_SET = "indicatorSet"; //$NON-NLS-1$

    /** A demo campaign inside {@link #INDICATOR_SET}. */
    public static final String DEMO_CAMPAIGN = "demoCampaign"; //$NON-NLS-1$

    /** Id of a set or of a demo campaign. */
    public static final String ID = "id"; //$NON-NLS-1$

    /** Bundle-relative path of the set's or the campaign's XMI. */
    public static final String FILE = "file"; //$NON-NLS-1$

    /** Bundle-relative path of the directory XMI of a set. */
    public static final String DIRECTORY = "directory"; //$NON-NLS-1$

    /** Bundle-relative path of a demo campaign's CSV of raw values. */
    public static final String VALUES = "values"; //$NON-NLS-1$

    private IndicatorSetExtension() {
    }
}
