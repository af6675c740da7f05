package org.profmonitor.reports;

/** A report could not be rendered: the engine did not start, a design is missing or BIRT failed. */
public class ReportException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, in the user's language
     * @param cause the underlying failure, or {@code null}
     */
    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
