/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.internal;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.store.StoreException;
import org.profmonitor.store.StoreLocation;

/** Turns Derby's exceptions into messages for the user. */
public final class SqlErrors {

    /** Another JVM has booted the database: Derby's lock on the folder. */
    public static final String ANOTHER_JVM = "XSDB6"; //$NON-NLS-1$
    /** "Failed to start database": the real reason is further down the chain. */
    public static final String BOOT_FAILED = "XJ040"; //$NON-NLS-1$
    /** The client cannot connect to the network server. */
    public static final String CONNECTION_REFUSED = "08001"; //$NON-NLS-1$
    /** PostgreSQL refused for want of rights: a grant missing or a row-level security policy. */
    public static final String INSUFFICIENT_PRIVILEGE = "42501"; //$NON-NLS-1$

    private SqlErrors() {
    }

    /**
     * @param location the database being opened
     * @param e        why it did not open
     * @return the exception to show
     */
    public static StoreException onOpen(StoreLocation location, SQLException e) {
        String where = location.displayName();
        if (hasState(e, ANOTHER_JVM)) {
            return new StoreException(NLS.bind(Messages.Store_inUse, where), e);
        }
        if (!location.isEmbedded() && hasState(e, CONNECTION_REFUSED)) {
            return new StoreException(NLS.bind(Messages.Store_serverUnreachable, where, reason(e)), e);
        }
        return new StoreException(NLS.bind(Messages.Store_cannotOpen, where, reason(e)), e);
    }

    /**
     * @param location the database written to
     * @param e        why the write failed
     * @return the exception to show
     */
    public static StoreException onWrite(StoreLocation location, SQLException e) {
        return new StoreException(NLS.bind(Messages.Store_failed, location.displayName(), reason(e)), e);
    }

    /**
     * Searches the whole chain, both {@link SQLException#getNextException()} and causes: Derby
     * wraps the lock error XSDB6 in XJ040 one way or the other depending on the driver.
     *
     * @param e     the exception
     * @param state an SQLState
     * @return {@code true} when some exception of the chain has the state
     */
    public static boolean hasState(Throwable e, String state) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        return hasState(e, state, seen);
    }

    private static boolean hasState(Throwable e, String state, Map<Throwable, Boolean> seen) {
        if (e == null || seen.put(e, Boolean.TRUE) != null) {
            return false;
        }
        if (e instanceof SQLException sql) {
            if (state.equals(sql.getSQLState())) {
                return true;
            }
            if (hasState(sql.getNextException(), state, seen)) {
                return true;
            }
        }
        return hasState(e.getCause(), state, seen);
    }

    /**
     * @param e an exception
     * @return the most specific message of its chain: Derby's outer "failed to start" says least
     */
    public static String reason(Throwable e) {
        Throwable deepest = e;
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Throwable current = e;
        while (current != null && seen.put(current, Boolean.TRUE) == null) {
            if (current.getMessage() != null) {
                deepest = current;
            }
            Throwable next = current instanceof SQLException sql && sql.getNextException() != null
                    ? sql.getNextException() : current.getCause();
            current = next;
        }
        return deepest.getMessage() != null ? deepest.getMessage() : deepest.getClass().getSimpleName();
    }
}
