/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store;

/**
 * A store operation failed. The message is complete and translated: it is meant for the user as
 * it is (one line, no stack trace); the cause, when there is one, is for the log.
 */
public class StoreException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message the translated message for the user */
    public StoreException(String message) {
        super(message);
    }

    /**
     * @param message the translated message for the user
     * @param cause   the underlying failure, for the log
     */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
