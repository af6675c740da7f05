package org.profmonitor.core.internal.indicators;

/** Why a file of a contribution cannot be used; the message is for the log, in the user's language. */
final class ContributionException extends Exception {

    private static final long serialVersionUID = 1L;

    ContributionException(String message) {
        super(message);
    }

    ContributionException(String message, Throwable cause) {
        super(message, cause);
    }
}
