package org.profmonitor.core.analysis;

import java.util.List;

import org.profmonitor.model.Problem;

/**
 * Finds problems in a campaign's computed indicators. ProfMonitor's own rules find plans missed,
 * falls against last year, zero coverage and organisations that did not report; a region bundle
 * adds its own through the extension point {@code org.profmonitor.core.problemRules}.
 * <p>
 * A rule returns new {@link Problem}s (kind, indicator code, unit level and code, and a description
 * in Russian); kind {@link org.profmonitor.model.ProblemKind#RULE} marks those of contributed rules
 * unless they fit one of the general kinds. A rule that throws is reported and skipped: it does
 * not stop the analysis.
 */
public interface ProblemRule {

    /**
     * @param input the campaign's computed indicators and figures
     * @return the problems found, in the order they should be listed
     */
    List<Problem> find(AnalysisInput input);
}
