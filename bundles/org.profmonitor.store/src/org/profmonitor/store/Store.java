/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.profmonitor.store.internal.Database;
import org.profmonitor.store.internal.Migrations;
import org.profmonitor.store.internal.Migrator;
import org.profmonitor.store.internal.SqlErrors;

/**
 * An open ProfMonitor database. {@link #open(StoreLocation)} brings its schema up to date;
 * {@link #close()} shuts an embedded database down and releases its folder for other programs.
 * <p>
 * A store is safe to use from several threads: every operation runs on a connection of its own.
 */
public final class Store implements AutoCloseable {

    private final Database database;
    private final List<Integer> migrationsApplied;
    private final int schemaVersion;
    private final CampaignStore campaigns;
    private final ValueStore values;
    private final AnalysisStore analyses;
    private final BulkValueLoader bulk;
    private final OrganisationStore organisations;
    private final UserStore users;

    private Store(Database database, List<Integer> migrationsApplied, int schemaVersion) {
        this.database = database;
        this.migrationsApplied = List.copyOf(migrationsApplied);
        this.schemaVersion = schemaVersion;
        this.campaigns = new CampaignStore(database);
        this.values = new ValueStore(database);
        this.analyses = new AnalysisStore(database);
        this.bulk = new BulkValueLoader(database);
        this.organisations = new OrganisationStore(database);
        this.users = new UserStore(database);
    }

    /**
     * Opens a database, creating an embedded one that does not exist yet, and migrates its schema
     * to the newest version this program knows, one transaction per migration.
     *
     * @param location the database
     * @return the open store
     * @throws StoreException when the database is open in another program (an embedded database
     *                        belongs to one program at a time), is newer than this program, cannot be
     *                        reached, or cannot be migrated; the message says which, for the user
     */
    public static Store open(StoreLocation location) throws StoreException {
        Database database = Database.open(location);
        try {
            Migrator migrator = new Migrator(location, Migrations.load());
            try (Connection connection = database.connect()) {
                List<Integer> applied = migrator.migrate(connection);
                return new Store(database, applied, Migrator.currentVersion(connection));
            }
        } catch (SQLException e) {
            database.shutdown();
            throw SqlErrors.onOpen(location, e);
        } catch (StoreException | RuntimeException e) {
            database.shutdown();
            throw e;
        }
    }

    /**
     * @param pathOrUrl a folder or a JDBC URL, as {@link StoreLocation#of(String)} reads it
     * @return the open store
     * @throws StoreException as {@link #open(StoreLocation)}
     */
    public static Store open(String pathOrUrl) throws StoreException {
        return open(StoreLocation.of(pathOrUrl));
    }

    /** @return where the database is */
    public StoreLocation location() {
        return database.location();
    }

    /** @return the database, for the administration that works below the stores */
    Database database() {
        return database;
    }

    /** @return the schema version after opening */
    public int schemaVersion() {
        return schemaVersion;
    }

    /** @return the schema versions that opening applied, in order; empty when it was up to date */
    public List<Integer> migrationsApplied() {
        return migrationsApplied;
    }

    /** @return the campaigns' metadata */
    public CampaignStore campaigns() {
        return campaigns;
    }

    /** @return the collected values and their audit */
    public ValueStore values() {
        return values;
    }

    /** @return the bulk path for the first load of a campaign's values (generated or country-sized data) */
    public BulkValueLoader bulk() {
        return bulk;
    }

    /** @return the organisations with their municipality, which the scopes of users refer to */
    public OrganisationStore organisations() {
        return organisations;
    }

    /** @return the users of a shared database and their scopes */
    public UserStore users() {
        return users;
    }

    /** @return the results, problems, recommendations and decisions */
    public AnalysisStore analyses() {
        return analyses;
    }

    /**
     * Closes the store. An embedded database is shut down (Derby's normal answer, SQLState 08006,
     * is expected and not reported); a failure is logged, since there is nothing left to undo.
     */
    @Override
    public void close() {
        database.shutdown();
    }
}
