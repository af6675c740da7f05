package org.profmonitor.core.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.FrameworkUtil;
import org.profmonitor.core.internal.analysis.BelowTargetRule;
import org.profmonitor.core.internal.analysis.FellRule;
import org.profmonitor.core.internal.analysis.Messages;
import org.profmonitor.core.internal.analysis.NotReportedRule;
import org.profmonitor.core.internal.analysis.ZeroCoverageRule;

/**
 * The problem rules for a campaign: ProfMonitor's own, then those region bundles contribute to
 * {@value #POINT_ID} for its indicator set (or for every set). A contribution whose class cannot
 * be created is logged with its bundle's name and left out.
 */
public final class ProblemRules {

    /** The fully qualified id of the extension point. */
    public static final String POINT_ID = "org.profmonitor.core.problemRules"; //$NON-NLS-1$

    private static final String RULE = "rule"; //$NON-NLS-1$
    private static final String ID = "id"; //$NON-NLS-1$
    private static final String CLASS = "class"; //$NON-NLS-1$
    private static final String INDICATOR_SET = "indicatorSet"; //$NON-NLS-1$

    private ProblemRules() {
    }

    /** @return the rules every campaign is analysed with, in the order their problems are listed */
    public static List<ProblemRule> builtIn() {
        return List.of(new BelowTargetRule(), new FellRule(), new ZeroCoverageRule(), new NotReportedRule());
    }

    /**
     * @param setIds the ids a campaign's set is known by: the set's own id and its contribution's
     * @return the built-in rules followed by the contributed rules that apply
     */
    public static List<ProblemRule> forSet(Collection<String> setIds) {
        List<ProblemRule> rules = new ArrayList<>(builtIn());
        if (!Platform.isRunning()) {
            return rules;
        }
        for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(POINT_ID)) {
            if (!RULE.equals(element.getName())) {
                continue;
            }
            String set = element.getAttribute(INDICATOR_SET);
            if (set != null && !set.isBlank() && !setIds.contains(set)) {
                continue;
            }
            try {
                Object rule = element.createExecutableExtension(CLASS);
                if (rule instanceof ProblemRule problemRule) {
                    rules.add(new NamedRule(element.getAttribute(ID), problemRule));
                } else {
                    broken(element, rule.getClass().getName() + " ≠ " + ProblemRule.class.getName()); //$NON-NLS-1$
                }
            } catch (CoreException | RuntimeException | LinkageError e) {
                broken(element, e.getMessage() == null ? e.toString() : e.getMessage());
            }
        }
        return rules;
    }

    private static void broken(IConfigurationElement element, String reason) {
        ILog.of(FrameworkUtil.getBundle(ProblemRules.class)).log(Status.warning(NLS.bind(Messages.Rule_Broken,
                new Object[] { element.getAttribute(ID), element.getContributor().getName(), reason })));
    }

    /** A contributed rule with the id its messages name. */
    record NamedRule(String id, ProblemRule rule) implements ProblemRule {
        @Override
        public List<org.profmonitor.model.Problem> find(AnalysisInput input) {
            return rule.find(input);
        }

        @Override
        public String toString() {
            return id;
        }
    }
}
