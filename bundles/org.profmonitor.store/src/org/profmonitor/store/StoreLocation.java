/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a store lives: a folder for an embedded database, or a JDBC URL: Derby
 * ({@code jdbc:derby:memory:name;create=true} for tests, {@code jdbc:derby://host:port/db} for a
 * network server) or PostgreSQL ({@code jdbc:postgresql://host:5432/profmonitor?user=name}). A
 * server's password never belongs in the URL: it comes from the environment variable
 * {@code PROFMONITOR_DB_PASSWORD} or a prompt.
 */
public final class StoreLocation {

    /** The system property that names the data root; the database is its {@code db} folder. */
    public static final String DATA_ROOT_PROPERTY = "profmonitor.data"; //$NON-NLS-1$

    private static final String JDBC_PREFIX = "jdbc:"; //$NON-NLS-1$
    private static final String DERBY_PREFIX = "jdbc:derby:"; //$NON-NLS-1$
    private static final String POSTGRESQL_PREFIX = "jdbc:postgresql:"; //$NON-NLS-1$
    /** {@code password=} as a PostgreSQL query parameter or a Derby attribute. */
    private static final Pattern PASSWORD_ATTRIBUTE = Pattern.compile("[?&;]password=", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$

    private static final Pattern USER_ATTRIBUTE = Pattern.compile("[?&;]user=", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$

    private final String url;
    private final Path folder;
    /* kept in memory only, never in toString() or displayName() */
    private final String password;

    private StoreLocation(String url, Path folder) {
        this(url, folder, null);
    }

    private StoreLocation(String url, Path folder, String password) {
        this.url = url;
        this.folder = folder;
        this.password = password;
    }

    /**
     * @param secret the password of the URL's user, as a prompt read it
     * @return the same location, connecting with the password
     */
    public StoreLocation withPassword(String secret) {
        return new StoreLocation(url, folder, secret);
    }

    /**
     * Names the user of a server URL that names none, as the workbench's preferences keep the user
     * apart from the URL: {@code ?user=} (or {@code &user=}) for PostgreSQL, {@code ;user=} for a
     * Derby network server.
     *
     * @param user the user; blank leaves the location as it is
     * @return the location with the user in its URL; an embedded database or a URL that already
     *         names a user is returned unchanged
     */
    public StoreLocation withUser(String user) {
        if (user == null || user.isBlank() || isEmbedded() || USER_ATTRIBUTE.matcher(url).find()) {
            return this;
        }
        String encoded = java.net.URLEncoder.encode(user.strip(), java.nio.charset.StandardCharsets.UTF_8);
        String withUser;
        if (isPostgreSql()) {
            withUser = url + (url.indexOf('?') < 0 ? '?' : '&') + "user=" + encoded; //$NON-NLS-1$
        } else {
            withUser = url + ";user=" + encoded; //$NON-NLS-1$
        }
        return new StoreLocation(withUser, folder, password);
    }

    /**
     * @return the password given by {@link #withPassword(String)}, or {@code null}: then a server
     *         connection takes the environment variable {@code PROFMONITOR_DB_PASSWORD}
     */
    public String password() {
        return password;
    }

    /**
     * Reads what a user names with {@code --db}: a JDBC URL when it starts with {@code jdbc:},
     * otherwise a folder path.
     *
     * @param pathOrUrl a folder path or a JDBC URL
     * @return the location
     */
    public static StoreLocation of(String pathOrUrl) {
        Objects.requireNonNull(pathOrUrl, "pathOrUrl"); //$NON-NLS-1$
        String trimmed = pathOrUrl.strip();
        if (trimmed.regionMatches(true, 0, JDBC_PREFIX, 0, JDBC_PREFIX.length())) {
            return url(trimmed);
        }
        return folder(Path.of(trimmed));
    }

    /**
     * @param folder the folder of an embedded database; created on first open
     * @return the location
     */
    public static StoreLocation folder(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        return new StoreLocation(DERBY_PREFIX + absolute + ";create=true", absolute); //$NON-NLS-1$
    }

    /**
     * @param jdbcUrl a Derby or PostgreSQL JDBC URL
     * @return the location
     */
    public static StoreLocation url(String jdbcUrl) {
        return new StoreLocation(jdbcUrl, null);
    }

    /**
     * The database the program opens when the user names none: {@code db} in the data root given
     * by the system property {@value #DATA_ROOT_PROPERTY}, else {@code ~/.profmonitor/db}.
     *
     * @return the default location
     */
    public static StoreLocation defaultLocation() {
        String root = System.getProperty(DATA_ROOT_PROPERTY);
        Path dataRoot = root != null && !root.isBlank() ? Path.of(root)
                : Path.of(System.getProperty("user.home"), ".profmonitor"); //$NON-NLS-1$ //$NON-NLS-2$
        return folder(dataRoot.resolve("db")); //$NON-NLS-1$
    }

    /** @return the JDBC URL to connect with */
    public String jdbcUrl() {
        return url;
    }

    /** @return the folder of an embedded database named by its path, or {@code null} for a URL */
    public Path folder() {
        return folder;
    }

    /** @return {@code true} when the database runs inside this program (a folder or an embedded URL) */
    public boolean isEmbedded() {
        return url.startsWith(DERBY_PREFIX) && !url.startsWith(DERBY_PREFIX + "//"); //$NON-NLS-1$
    }

    /**
     * The name Derby knows an embedded database by: the URL between {@code jdbc:derby:} and the
     * first attribute. Shutting the database down needs it.
     *
     * @return the database name, or {@code null} for a network server URL
     */
    public String embeddedName() {
        if (!isEmbedded()) {
            return null;
        }
        String rest = url.substring(DERBY_PREFIX.length());
        int attributes = rest.indexOf(';');
        return attributes < 0 ? rest : rest.substring(0, attributes);
    }

    /** @return {@code true} for a PostgreSQL server */
    public boolean isPostgreSql() {
        return url.regionMatches(true, 0, POSTGRESQL_PREFIX, 0, POSTGRESQL_PREFIX.length());
    }

    /**
     * @return {@code true} when the URL carries a password, which would end up in shell histories,
     *         scripts and preference files; the store refuses such a URL
     */
    public boolean hasPasswordInUrl() {
        return PASSWORD_ATTRIBUTE.matcher(url).find();
    }

    /**
     * @return what to show the user: the folder, or the URL without its attributes (a Derby URL's
     *         after {@code ;}, a PostgreSQL URL's after {@code ?}), so no secret is ever shown
     */
    public String displayName() {
        if (folder != null) {
            return folder.toString();
        }
        int attributes = url.indexOf(isPostgreSql() ? '?' : ';');
        return attributes < 0 ? url : url.substring(0, attributes);
    }

    @Override
    public String toString() {
        return displayName();
    }
}
