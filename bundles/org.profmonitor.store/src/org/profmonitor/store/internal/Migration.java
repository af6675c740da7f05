/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One schema migration: an SQL script {@code V<version>__<description>.sql} of the bundle's
 * {@code sql/} folder, and optionally {@code V<version>__<description>.postgresql.sql} beside it
 * for what only PostgreSQL has (roles, row-level security), run after it in the same transaction,
 * and likewise {@code V<version>__<description>.derby.sql} for what only Derby has (functions in
 * Java).
 * A script is a list of statements, each ended by a semicolon; {@code --} starts a comment up to
 * the end of the line; {@code $$} quotes a function's or a {@code DO} block's body.
 *
 * @param version    the schema version the script produces, from 1
 * @param script     the file name, recorded in {@code SCHEMA_VERSION}
 * @param source     where to read the script
 * @param postgresql where to read the PostgreSQL-only script, or {@code null}
 * @param derby      where to read the Derby-only script, or {@code null}
 */
public record Migration(int version, String script, URL source, URL postgresql, URL derby) {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql"); //$NON-NLS-1$
    private static final Pattern POSTGRESQL_NAME = Pattern.compile("V(\\d+)__(\\w+)\\.postgresql\\.sql"); //$NON-NLS-1$
    private static final Pattern DERBY_NAME = Pattern.compile("V(\\d+)__(\\w+)\\.derby\\.sql"); //$NON-NLS-1$
    private static final String DOLLAR_QUOTE = "$$"; //$NON-NLS-1$

    /** Checks the parts. */
    public Migration {
        Objects.requireNonNull(script, "script"); //$NON-NLS-1$
        Objects.requireNonNull(source, "source"); //$NON-NLS-1$
        if (version < 1) {
            throw new IllegalArgumentException("version " + version); //$NON-NLS-1$
        }
    }

    /**
     * @param fileName a file name such as {@code V2__analysis.sql}
     * @param source   the file
     * @return the migration, or empty when the name is not a migration's
     */
    public static Optional<Migration> named(String fileName, URL source) {
        Matcher matcher = NAME.matcher(fileName);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Migration(Integer.parseInt(matcher.group(1)), fileName, source, null, null));
    }

    /**
     * @param fileName a file name such as {@code V4__scopes.postgresql.sql}
     * @return the name of the common script it belongs to ({@code V4__scopes.sql}), or empty when
     *         the name is not a PostgreSQL-only script's
     */
    public static Optional<String> postgresqlCompanionOf(String fileName) {
        return companionOf(POSTGRESQL_NAME, fileName);
    }

    /**
     * @param fileName a file name such as {@code V5__bulk_values.derby.sql}
     * @return the name of the common script it belongs to ({@code V5__bulk_values.sql}), or empty
     *         when the name is not a Derby-only script's
     */
    public static Optional<String> derbyCompanionOf(String fileName) {
        return companionOf(DERBY_NAME, fileName);
    }

    private static Optional<String> companionOf(Pattern pattern, String fileName) {
        Matcher matcher = pattern.matcher(fileName);
        return matcher.matches() ? Optional.of("V" + matcher.group(1) + "__" + matcher.group(2) + ".sql") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                : Optional.empty();
    }

    /**
     * @param companion the PostgreSQL-only script of this version
     * @return this migration with it
     */
    public Migration withPostgresql(URL companion) {
        return new Migration(version, script, source, companion, derby);
    }

    /**
     * @param companion the Derby-only script of this version
     * @return this migration with it
     */
    public Migration withDerby(URL companion) {
        return new Migration(version, script, source, postgresql, companion);
    }

    /**
     * @param onPostgresql {@code true} when the database is PostgreSQL
     * @return the statements to run: the common script's, then the system's own script's
     *         (PostgreSQL's, or else Derby's)
     * @throws IOException when a script cannot be read
     */
    public List<String> statements(boolean onPostgresql) throws IOException {
        List<String> statements = new ArrayList<>(statements());
        URL own = onPostgresql ? postgresql : derby;
        if (own != null) {
            try (InputStream in = own.openStream()) {
                statements.addAll(split(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        return statements;
    }

    /**
     * @return the statements of the script, without comments and semicolons
     * @throws IOException when the script cannot be read
     */
    public List<String> statements() throws IOException {
        try (InputStream in = source.openStream()) {
            return split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /**
     * @param sql a script
     * @return its statements: semicolons and {@code --} inside string literals are kept
     */
    public static List<String> split(String sql) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inLiteral = false;
        boolean inDollarQuote = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (sql.startsWith(DOLLAR_QUOTE, i) && !inLiteral) {
                // a PostgreSQL body: its semicolons, quotes and dashes belong to it
                current.append(DOLLAR_QUOTE);
                inDollarQuote = !inDollarQuote;
                i++;
            } else if (inDollarQuote) {
                current.append(c);
            } else if (inLiteral) {
                current.append(c);
                inLiteral = c != '\'';
            } else if (c == '\'') {
                current.append(c);
                inLiteral = true;
            } else if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                while (i < sql.length() && sql.charAt(i) != '\n') {
                    i++;
                }
                current.append('\n');
            } else if (c == ';') {
                addStatement(statements, current);
            } else {
                current.append(c);
            }
        }
        addStatement(statements, current);
        return statements;
    }

    private static void addStatement(List<String> statements, StringBuilder current) {
        String statement = current.toString().strip();
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
        current.setLength(0);
    }
}
