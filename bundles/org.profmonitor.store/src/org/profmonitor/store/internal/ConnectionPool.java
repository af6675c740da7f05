/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Idle connections to a database server, kept for the next unit of work. A server connection
 * costs a process on PostgreSQL's side and several round trips to open, more than most of the
 * store's transactions (the load test of 40 clients measured it); an embedded database needs
 * none of this. A connection handed out is a proxy whose {@code close()} rolls back what was left
 * open, restores auto-commit and returns it; one that failed with a connection error (SQLState
 * class 08) is closed instead.
 */
final class ConnectionPool {

    /** Opens a new connection. */
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    private static final int MAX_IDLE = 8;
    private static final String CONNECTION_ERROR_CLASS = "08"; //$NON-NLS-1$

    private final Opener opener;
    private final Deque<Connection> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger idleCount = new AtomicInteger();

    ConnectionPool(Opener opener) {
        this.opener = opener;
    }

    /**
     * @return an idle connection, or a new one; the caller closes it, which returns it
     * @throws SQLException when a new connection cannot be opened
     */
    Connection lease() throws SQLException {
        Connection raw = idle.pollFirst();
        if (raw != null) {
            idleCount.decrementAndGet();
        } else {
            raw = opener.open();
        }
        return (Connection) Proxy.newProxyInstance(ConnectionPool.class.getClassLoader(),
                new Class<?>[] { Connection.class }, new Lease(raw));
    }

    /** Closes every idle connection; leased ones are closed when they are given back. */
    void closeIdle() {
        Connection raw;
        while ((raw = idle.pollFirst()) != null) {
            idleCount.decrementAndGet();
            closeQuietly(raw);
        }
    }

    private void giveBack(Connection raw, boolean broken) {
        if (!broken) {
            try {
                if (!raw.getAutoCommit()) {
                    raw.rollback();
                    raw.setAutoCommit(true);
                }
                if (idleCount.incrementAndGet() <= MAX_IDLE) {
                    idle.addFirst(raw);
                    return;
                }
                idleCount.decrementAndGet();
            } catch (SQLException e) {
                // not reusable: closed below
            }
        }
        closeQuietly(raw);
    }

    private static void closeQuietly(Connection raw) {
        try {
            raw.close();
        } catch (SQLException e) {
            // it is being thrown away
        }
    }

    private final class Lease implements InvocationHandler {
        private final Connection raw;
        private boolean closed;
        private boolean broken;

        Lease(Connection raw) {
            this.raw = raw;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
            case "close": //$NON-NLS-1$
                if (!closed) {
                    closed = true;
                    giveBack(raw, broken);
                }
                return null;
            case "isClosed": //$NON-NLS-1$
                return closed || raw.isClosed();
            case "equals": //$NON-NLS-1$
                return proxy == args[0];
            case "hashCode": //$NON-NLS-1$
                return System.identityHashCode(proxy);
            default:
                break;
            }
            if (closed) {
                throw new SQLException("connection closed", "08003"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            try {
                return method.invoke(raw, args);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof SQLException sql && sql.getSQLState() != null
                        && sql.getSQLState().startsWith(CONNECTION_ERROR_CLASS)) {
                    broken = true;
                }
                throw cause;
            }
        }
    }
}
