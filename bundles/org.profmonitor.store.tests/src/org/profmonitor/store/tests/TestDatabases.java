/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.tests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.profmonitor.model.CampaignStatus;
import org.profmonitor.store.CampaignInfo;
import org.profmonitor.store.StoreLocation;
import org.profmonitor.store.internal.Dialect;
import org.profmonitor.store.testing.DerbyNetworkServer;
import org.profmonitor.store.testing.PostgresServer;

/** In-memory Derby and PostgreSQL databases and whole-database dumps for the tests. */
final class TestDatabases {

    /** Every table of the newest schema, parents first. */
    static final List<String> TABLES = List.of("SCHEMA_VERSION", "CAMPAIGN", "DATA_VALUE", "VALUE_AUDIT", "ANALYSIS",
            "INDICATOR_RESULT", "PROBLEM", "RECOMMENDATION", "DECISION", "DECISION_RECOMMENDATION", "RECOMMENDATION_CHANGE",
            "ORGANISATION", "USER_SCOPE");

    private TestDatabases() {
    }

    /** @return a new, empty in-memory database */
    static StoreLocation memory() {
        return StoreLocation.url("jdbc:derby:memory:pm-" + UUID.randomUUID() + ";create=true");
    }

    /**
     * @return a new, empty database on the tests' PostgreSQL server; the test is skipped, saying
     *         why, only when the machine has no PostgreSQL at all (CI machines have it)
     */
    static StoreLocation postgreSql() {
        Assumptions.assumeTrue(PostgresServer.binaries().isPresent(),
                "PostgreSQL is not installed here (no initdb and pg_ctl found): PostgreSQL tests skipped");
        return PostgresServer.get().newDatabase();
    }

    /** @return a new, empty in-memory database on the tests' Derby network server */
    static StoreLocation derbyNetwork() {
        return DerbyNetworkServer.get().newDatabase("app");
    }

    /**
     * @param location a database; the Derby driver is loaded (a store was opened before)
     * @return a connection of the test's own, outside the store
     * @throws SQLException as Derby reports it
     */
    static Connection connect(StoreLocation location) throws SQLException {
        return DriverManager.getConnection(location.jdbcUrl());
    }

    /**
     * @param location a database
     * @param table    a table
     * @return its row count
     * @throws SQLException as Derby reports it
     */
    static int count(StoreLocation location, String table) throws SQLException {
        try (Connection connection = connect(location); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * Every row of every table that exists, sorted by all columns: two equal dumps are two equal
     * databases, identity columns and timestamps included.
     *
     * @param location a database
     * @return the dump
     * @throws SQLException as Derby reports it
     */
    static String dump(StoreLocation location) throws SQLException {
        StringBuilder dump = new StringBuilder();
        try (Connection connection = connect(location)) {
            for (String table : TABLES) {
                String name = Dialect.of(location.jdbcUrl()).catalogName(table);
                try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), name, null)) {
                    if (!tables.next()) {
                        continue;
                    }
                }
                dump.append("== ").append(table).append('\n');
                try (Statement statement = connection.createStatement();
                        ResultSet rs = statement.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    List<String> rows = new java.util.ArrayList<>();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.append(meta.getColumnName(i).toUpperCase(Locale.ROOT)).append('=').append(rs.getString(i)).append(';');
                        }
                        rows.add(row.toString());
                    }
                    rows.stream().sorted().forEach(row -> dump.append(row).append('\n'));
                }
            }
        }
        return dump.toString();
    }

    /**
     * @param id a campaign id
     * @return a minimal campaign of the Tver set
     */
    static CampaignInfo campaign(String id) {
        return new CampaignInfo(id, "tver", "Мониторинг 2022/23", "2022/23", null, null, null,
                CampaignStatus.COLLECTING, null, null, null);
    }
}
