package org.profmonitor.reports;

import java.net.URL;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.profmonitor.reports.internal.Messages;

/**
 * Which design renders a report of a region: the one the region bundle contributes for that kind
 * ({@code <report kind="spravka" file="..."/>} inside its {@code indicatorSet} element of
 * {@code org.profmonitor.core.indicatorSets}), otherwise the reports bundle's own. A region does
 * this where its documents differ, e.g. Chelyabinsk's справка with the coverage per education level.
 * A broken contribution is logged and the shared design is used.
 */
public final class ReportDesigns {

    /** The extension point the region bundles contribute through. */
    static final String EXTENSION_POINT = "org.profmonitor.core.indicatorSets"; //$NON-NLS-1$
    static final String INDICATOR_SET = "indicatorSet"; //$NON-NLS-1$
    static final String REPORT = "report"; //$NON-NLS-1$
    static final String ID = "id"; //$NON-NLS-1$
    static final String KIND = "kind"; //$NON-NLS-1$
    static final String FILE = "file"; //$NON-NLS-1$

    private ReportDesigns() {
    }

    /**
     * @param kind the report
     * @param indicatorSetId the id of the region's {@code indicatorSet} contribution, e.g.
     *            {@code org.profmonitor.region.chelyabinsk.set2022}; {@code null} for the shared design
     * @return the design to render
     */
    public static URL design(ReportKind kind, String indicatorSetId) {
        URL own = FrameworkUtil.getBundle(ReportDesigns.class).getEntry(kind.design());
        IExtensionRegistry registry = Platform.getExtensionRegistry();
        if (indicatorSetId == null || registry == null) {
            return own;
        }
        for (IConfigurationElement set : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!INDICATOR_SET.equals(set.getName()) || !indicatorSetId.equals(set.getAttribute(ID))) {
                continue;
            }
            for (IConfigurationElement report : set.getChildren(REPORT)) {
                if (kind.cliName().equals(report.getAttribute(KIND))) {
                    URL contributed = entry(report);
                    if (contributed != null) {
                        return contributed;
                    }
                }
            }
        }
        return own;
    }

    private static URL entry(IConfigurationElement report) {
        String bundleName = report.getContributor().getName();
        Bundle bundle = Platform.getBundle(bundleName);
        String file = report.getAttribute(FILE);
        URL url = bundle == null || file == null ? null : bundle.getEntry(file);
        if (url == null) {
            Platform.getLog(ReportDesigns.class).warn(NLS.bind(Messages.Error_ContributedDesign, file, bundleName));
        }
        return url;
    }
}
