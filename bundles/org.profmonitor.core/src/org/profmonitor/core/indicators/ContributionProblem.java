package org.profmonitor.core.indicators;

import org.eclipse.core.runtime.IStatus;

/**
 * A problem met while loading the indicator-set contributions, as it was written to the log.
 *
 * @param bundleName the symbolic name of the contributing bundle
 * @param contributionId the id of the {@code indicatorSet} element, or {@code null} if the element
 *            has none
 * @param status what was logged: the severity and the message, in the user's language
 */
public record ContributionProblem(String bundleName, String contributionId, IStatus status) {

    /** @return the logged message */
    public String message() {
        return status.getMessage();
    }
}
