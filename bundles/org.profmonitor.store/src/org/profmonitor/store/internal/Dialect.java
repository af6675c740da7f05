/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What differs between the database systems the store runs on. The store's SQL is written once,
 * in the common subset of Derby and PostgreSQL; only the few spots listed here need a system's
 * own words. The migration scripts stay as they were applied to Derby databases (they are never
 * edited), so their Derby-only type names are translated when a script runs on PostgreSQL.
 */
public enum Dialect {

    /** Apache Derby, embedded or through its network server. */
    DERBY("org.apache.derby.iapi.jdbc.AutoloadedDriver", "X0Y32"), //$NON-NLS-1$ //$NON-NLS-2$
    /** Apache Derby's network client. */
    DERBY_CLIENT("org.apache.derby.client.ClientAutoloadedDriver", "X0Y32"), //$NON-NLS-1$ //$NON-NLS-2$
    /** PostgreSQL, through its own JDBC driver. */
    POSTGRESQL("org.postgresql.Driver", "42P07"); //$NON-NLS-1$ //$NON-NLS-2$

    private static final String POSTGRESQL_PREFIX = "jdbc:postgresql:"; //$NON-NLS-1$
    private static final String DERBY_CLIENT_PREFIX = "jdbc:derby://"; //$NON-NLS-1$

    /** Derby's {@code DOUBLE}; PostgreSQL knows only {@code DOUBLE PRECISION}, which Derby also accepts. */
    private static final Pattern DOUBLE = Pattern.compile("\\bDOUBLE\\b(?!\\s+PRECISION)"); //$NON-NLS-1$

    private final String driver;
    private final String tableExistsState;

    Dialect(String driver, String tableExistsState) {
        this.driver = driver;
        this.tableExistsState = tableExistsState;
    }

    /**
     * @param jdbcUrl a JDBC URL
     * @return the dialect of the system it names; Derby for anything not PostgreSQL
     */
    public static Dialect of(String jdbcUrl) {
        String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        if (lower.startsWith(POSTGRESQL_PREFIX)) {
            return POSTGRESQL;
        }
        return lower.startsWith(DERBY_CLIENT_PREFIX) ? DERBY_CLIENT : DERBY;
    }

    /**
     * @return the driver class to load explicitly: the {@code java.sql.Driver} service file is
     *         invisible from a bundle class loader
     */
    public String driverClass() {
        return driver;
    }

    /** @return the SQLState of "the table exists already" */
    public String tableExistsState() {
        return tableExistsState;
    }

    /**
     * @param statement a statement of a migration script, written for Derby
     * @return the statement as this system understands it
     */
    public String translate(String statement) {
        if (this != POSTGRESQL) {
            return statement;
        }
        return DOUBLE.matcher(statement).replaceAll("DOUBLE PRECISION"); //$NON-NLS-1$
    }

    /**
     * Unquoted names are folded to upper case by Derby and to lower case by PostgreSQL; the
     * metadata calls want the folded name.
     *
     * @param name a table name as the SQL writes it, unquoted
     * @return the name as the catalogue stores it
     */
    public String catalogName(String name) {
        return this == POSTGRESQL ? name.toLowerCase(Locale.ROOT) : name.toUpperCase(Locale.ROOT);
    }
}
