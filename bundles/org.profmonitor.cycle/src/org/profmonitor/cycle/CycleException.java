package org.profmonitor.cycle;

/**
 * An operation of the monitoring cycle was refused or failed. Like the store's exception, the
 * message is complete and translated: one line for the user, the cause (if any) for the log.
 */
public class CycleException extends Exception {

	private static final long serialVersionUID = 1L;

	/** @param message the translated message for the user */
	public CycleException(String message) {
		super(message);
	}

	/**
	 * @param message the translated message for the user
	 * @param cause   the underlying failure, for the log
	 */
	public CycleException(String message, Throwable cause) {
		super(message, cause);
	}
}
