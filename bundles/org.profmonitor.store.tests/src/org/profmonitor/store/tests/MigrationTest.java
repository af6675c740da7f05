/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.profmonitor.store.AuditEntry;
import org.profmonitor.store.CampaignInfo;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;
import org.profmonitor.store.StoreLocation;
import org.profmonitor.store.StoredValue;
import org.profmonitor.store.internal.Migration;
import org.profmonitor.store.internal.Migrations;
import org.profmonitor.store.internal.Migrator;

class MigrationTest {

    /**
     * @return a new, empty database of the system under test: Derby in memory here, PostgreSQL in
     *         {@code MigrationOnPostgreSqlTest}, which runs this same class
     */
    StoreLocation database() {
        return TestDatabases.memory();
    }

    @Test
    void aNewDatabaseGetsEveryMigrationAndRecordsTheVersion() throws Exception {
        StoreLocation location = database();
        try (Store store = Store.open(location)) {
            assertEquals(List.of(1, 2, 3, 4, 5), store.migrationsApplied());
            assertEquals(5, store.schemaVersion());
        }
        String dump = TestDatabases.dump(location);
        for (String table : TestDatabases.TABLES) {
            assertTrue(dump.contains("== " + table + "\n"), table + " missing in\n" + dump);
        }
        assertEquals(5, TestDatabases.count(location, "SCHEMA_VERSION"));
        assertTrue(dump.contains("SCRIPT=V1__initial.sql;"), dump);
        assertTrue(dump.contains("SCRIPT=V2__analysis.sql;"), dump);
        assertTrue(dump.contains("SCRIPT=V3__recommendation_changes.sql;"), dump);
        assertTrue(dump.contains("SCRIPT=V4__entry_lock_and_scopes.sql;"), dump);
        assertTrue(dump.contains("SCRIPT=V5__bulk_values.sql;"), dump);
    }

    @Test
    void reopeningAnUpToDateDatabaseRunsNothing() throws Exception {
        StoreLocation location = database();
        Store.open(location).close();
        String before = TestDatabases.dump(location);
        try (Store store = Store.open(location)) {
            assertEquals(List.of(), store.migrationsApplied());
            assertEquals(5, store.schemaVersion());
        }
        assertEquals(before, TestDatabases.dump(location));
    }

    @Test
    void aVersion1DatabaseMigratesWithoutLosingData() throws Exception {
        StoreLocation location = database();
        Store.open(database()).close(); // loads the driver
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl())) {
            assertEquals(List.of(1), new Migrator(location, Migrations.load()).migrate(connection, 1));
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO CAMPAIGN (ID, INDICATOR_SET_ID, TITLE, ACADEMIC_YEAR, STATUS, "
                        + "ORDER_NUMBER, CREATED_AT, UPDATED_AT) VALUES ('sonkovo-2022', 'tver', 'Сонковский район', "
                        + "'2021/22', 'CLOSED', '1371/ПК', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO DATA_VALUE (CAMPAIGN_ID, "
                    + "ORGANISATION_CODE, ELEMENT_CODE, VAL, CHANGED_BY, CHANGED_AT) VALUES ('sonkovo-2022', ?, ?, ?, "
                    + "'v1', CURRENT_TIMESTAMP)")) {
                insert(insert, "sonkovo", "grade11_graduates", 22);
                insert(insert, "sonkovo", "grade11_to_university", 14);
            }
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO VALUE_AUDIT (CAMPAIGN_ID, ORGANISATION_CODE, ELEMENT_CODE, "
                        + "OLD_VALUE, NEW_VALUE, CHANGED_BY, CHANGED_AT, SOURCE) VALUES ('sonkovo-2022', 'sonkovo', "
                        + "'grade11_to_university', 13, 14, 'v1', CURRENT_TIMESTAMP, 'seed-000.docx')");
            }
            assertEquals(1, Migrator.currentVersion(connection));
        }

        try (Store store = Store.open(location)) {
            assertEquals(List.of(2, 3, 4, 5), store.migrationsApplied());
            CampaignInfo campaign = store.campaigns().find("sonkovo-2022").orElseThrow();
            assertEquals("Сонковский район", campaign.title());
            assertEquals("1371/ПК", campaign.openingOrder().getNumber());
            assertNull(campaign.previousId());
            List<StoredValue> values = store.values().values("sonkovo-2022");
            assertEquals(2, values.size());
            assertEquals("grade11_graduates", values.get(0).elementCode());
            assertEquals(22.0, values.get(0).value());
            assertEquals(14.0, values.get(1).value());
            List<AuditEntry> audit = store.values().audit("sonkovo-2022");
            assertEquals(1, audit.size());
            assertEquals(13.0, audit.get(0).oldValue());
            assertEquals("seed-000.docx", audit.get(0).source());
            assertTrue(store.analyses().load("sonkovo-2022").isEmpty());
        }
    }

    @Test
    void aDatabaseNewerThanTheProgramIsRefused() throws Exception {
        StoreLocation location = database();
        Store.open(location).close();
        try (Connection connection = TestDatabases.connect(location); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO SCHEMA_VERSION (VERSION_NO, SCRIPT, APPLIED_AT) "
                    + "VALUES (7, 'V7__future.sql', CURRENT_TIMESTAMP)");
        }
        String before = TestDatabases.dump(location);
        StoreException refused = assertThrows(StoreException.class, () -> Store.open(location));
        // tests run with osgi.nl=ru, as the product does
        assertTrue(refused.getMessage().contains("имеет версию схемы 7,"), refused.getMessage());
        assertTrue(refused.getMessage().contains("только до 5."), refused.getMessage());
        assertTrue(refused.getMessage().contains(location.displayName()), refused.getMessage());
        assertEquals(before, TestDatabases.dump(location));
    }

    @Test
    void scriptsSplitIntoStatementsKeepingLiterals() {
        List<String> statements = Migration.split("""
                -- a comment; with a semicolon
                CREATE TABLE T (A VARCHAR(10) DEFAULT 'x;y'); -- trailing
                INSERT INTO T VALUES ('it''s -- no comment');
                """);
        assertEquals(List.of("CREATE TABLE T (A VARCHAR(10) DEFAULT 'x;y')",
                "INSERT INTO T VALUES ('it''s -- no comment')"), statements);
    }

    @Test
    void theBundleCarriesNumberedMigrations() throws Exception {
        List<Migration> migrations = Migrations.load();
        assertEquals(5, migrations.size());
        assertEquals("V1__initial.sql", migrations.get(0).script());
        assertEquals(2, migrations.get(1).version());
        assertEquals("V3__recommendation_changes.sql", migrations.get(2).script());
        assertTrue(migrations.get(0).statements().size() >= 5);
        assertNull(migrations.get(0).postgresql());
        // the PostgreSQL-only script runs after the common one, on PostgreSQL only
        Migration v4 = migrations.get(3);
        assertEquals("V4__entry_lock_and_scopes.sql", v4.script());
        assertEquals(v4.statements(), v4.statements(false));
        List<String> onPostgresql = v4.statements(true);
        assertEquals(v4.statements(), onPostgresql.subList(0, v4.statements().size()));
        assertTrue(onPostgresql.stream().anyMatch(sql -> sql.startsWith("ALTER TABLE data_value ENABLE ROW LEVEL SECURITY")),
                onPostgresql.toString());
        assertNull(v4.derby());
        // the Derby-only script likewise: the bulk load's table function, nothing on PostgreSQL
        Migration v5 = migrations.get(4);
        assertEquals("V5__bulk_values.sql", v5.script());
        assertEquals(List.of(), v5.statements());
        assertEquals(List.of(), v5.statements(true));
        List<String> onDerby = v5.statements(false);
        assertEquals(1, onDerby.size(), onDerby.toString());
        assertTrue(onDerby.get(0).startsWith("CREATE FUNCTION PROFMONITOR_BULK_VALUES"), onDerby.get(0));
    }

    @Test
    void dollarQuotedBodiesStayWhole() {
        List<String> statements = Migration.split("""
                DO $$
                BEGIN
                    IF 1 = 1 THEN SELECT 'a;b'; END IF; -- inside
                END
                $$;
                SELECT 2;
                """);
        assertEquals(2, statements.size(), statements.toString());
        assertTrue(statements.get(0).startsWith("DO $$") && statements.get(0).endsWith("$$"), statements.get(0));
        assertTrue(statements.get(0).contains("END IF; -- inside"), statements.get(0));
        assertEquals("SELECT 2", statements.get(1));
    }

    private static void insert(PreparedStatement insert, String organisation, String element, double value)
            throws Exception {
        insert.setString(1, organisation);
        insert.setString(2, element);
        insert.setDouble(3, value);
        insert.executeUpdate();
    }
}
