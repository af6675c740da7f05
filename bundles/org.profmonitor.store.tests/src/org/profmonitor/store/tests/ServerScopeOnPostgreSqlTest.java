/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.profmonitor.model.Directory;
import org.profmonitor.model.Municipality;
import org.profmonitor.model.Organisation;
import org.profmonitor.model.ProfmonitorFactory;
import org.profmonitor.model.Region;
import org.profmonitor.store.AuditEntry;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;
import org.profmonitor.store.StoreLocation;
import org.profmonitor.store.UserRole;
import org.profmonitor.store.UserScope;
import org.profmonitor.store.ValueChange;
import org.profmonitor.store.ValueEdit;
import org.profmonitor.store.testing.PostgresServer;

/**
 * Who may change what, enforced by the PostgreSQL server: every refusal is shown twice, once
 * through the store (its message) and once with plain JDBC statements that skip the store's own
 * checks, so that only the server's grants and row-level security policies stand in the way.
 */
class ServerScopeOnPostgreSqlTest {

    private static final String CAMPAIGN = "tver-2022";
    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private static final AtomicInteger USERS = new AtomicInteger();

    private StoreLocation admin;
    private String municipal;
    private String organisation;
    private String readonly;
    private String regional;

    @BeforeEach
    void aRegionWithTwoMunicipalitiesAndFourUsers() throws Exception {
        admin = TestDatabases.postgreSql();
        String suffix = ProcessHandle.current().pid() + "_" + USERS.incrementAndGet();
        municipal = "mun_" + suffix;
        organisation = "org_" + suffix;
        readonly = "ro_" + suffix;
        regional = "reg_" + suffix;
        try (Store store = Store.open(admin)) {
            store.campaigns().save(TestDatabases.campaign(CAMPAIGN));
            assertEquals(4, store.organisations().register(directory()));
            assertEquals(0, store.organisations().register(directory()), "a known directory writes nothing");
            store.users().add(municipal, UserRole.MUNICIPAL, "son", null);
            store.users().add(organisation, UserRole.ORGANISATION, "kim-1", null);
            store.users().add(readonly, UserRole.READONLY, null, null);
            store.users().add(regional, UserRole.REGIONAL, null, "секрет".toCharArray());
            // a value outside the municipal user's municipality, entered by the administrator
            store.values().applyValues(CAMPAIGN, List.of(ValueChange.of("kim-1", "grade9", 20)), "ivanova", "a.csv");
        }
    }

    private static Directory directory() {
        ProfmonitorFactory factory = ProfmonitorFactory.eINSTANCE;
        Directory directory = factory.createDirectory();
        Region region = factory.createRegion();
        region.setCode("tver");
        directory.setRegion(region);
        for (String code : List.of("son", "kim")) {
            Municipality municipality = factory.createMunicipality();
            municipality.setCode(code);
            for (int i = 1; i <= 2; i++) {
                Organisation school = factory.createOrganisation();
                school.setCode(code + "-" + i);
                school.setName("Школа " + code + " " + i);
                municipality.getOrganisations().add(school);
            }
            directory.getMunicipalities().add(municipality);
        }
        return directory;
    }

    private StoreLocation as(String user) {
        return StoreLocation.url(admin.jdbcUrl().replace("?user=" + PostgresServer.SUPERUSER, "?user=" + user));
    }

    private Connection connectAs(String user) throws SQLException {
        return DriverManager.getConnection(as(user).jdbcUrl());
    }

    private static int insertValue(Connection connection, String organisationCode, String changedBy) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO DATA_VALUE (CAMPAIGN_ID, "
                + "ORGANISATION_CODE, ELEMENT_CODE, DISAGGREGATION, VAL, CHANGED_BY, CHANGED_AT) "
                + "VALUES (?, ?, 'grade11', '', 5, ?, CURRENT_TIMESTAMP)")) {
            insert.setString(1, CAMPAIGN);
            insert.setString(2, organisationCode);
            insert.setString(3, changedBy);
            return insert.executeUpdate();
        }
    }

    private static int update(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    private static void assertRefusedByServer(SqlWork work) {
        SQLException refused = assertThrows(SQLException.class, work::run);
        assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), refused.getMessage());
    }

    @FunctionalInterface
    private interface SqlWork {
        void run() throws SQLException;
    }

    private double valueOf(String organisationCode, String element) throws Exception {
        try (Store store = Store.open(admin)) {
            return store.values().values(CAMPAIGN).stream()
                    .filter(v -> v.organisationCode().equals(organisationCode) && v.elementCode().equals(element))
                    .mapToDouble(v -> v.value()).findFirst().orElse(Double.NaN);
        }
    }

    @Test
    void theStoreLetsAMunicipalUserEnterItsMunicipalityOnlyAndRecordsTheDatabaseUser() throws Exception {
        try (Store store = Store.open(as(municipal))) {
            assertEquals(new UserScope(municipal, UserRole.MUNICIPAL, "son", null), store.users().current().orElseThrow());
            store.values().applyEdits(CAMPAIGN, List.of(new ValueEdit(ValueChange.of("son-1", "grade9", 14), null)),
                    "ivanova", "ввод вручную");

            StoreException refused = assertThrows(StoreException.class, () -> store.values().applyValues(CAMPAIGN,
                    List.of(ValueChange.of("son-2", "grade9", 7), ValueChange.of("kim-2", "grade9", 8)), "ivanova", "b.csv"));
            assertTrue(refused.getMessage().contains("Пользователь " + municipal
                    + " не может изменять данные организации kim-2: его область — муниципальный методист муниципалитета son."),
                    refused.getMessage());
            // all or nothing: the value inside the scope was not written either
            assertTrue(Double.isNaN(valueOf("son-2", "grade9")));

            List<AuditEntry> audit = store.values().audit(CAMPAIGN);
            AuditEntry last = audit.get(audit.size() - 1);
            assertEquals("son-1", last.organisationCode());
            assertEquals(municipal, last.changedBy(), "on a server the audit names the database user");
            assertEquals(municipal, store.values().values(CAMPAIGN).stream()
                    .filter(v -> v.organisationCode().equals("son-1")).findFirst().orElseThrow().changedBy());
        }
    }

    @Test
    void theServerRefusesAMunicipalUserOutsideItsMunicipalityWhateverTheClientDoes() throws Exception {
        try (Connection connection = connectAs(municipal)) {
            assertEquals(1, insertValue(connection, "son-2", municipal), "inside the municipality");
            assertRefusedByServer(() -> insertValue(connection, "kim-2", municipal));
            // a row outside the scope is invisible to UPDATE and DELETE: nothing changes
            assertEquals(0, update(connection, "UPDATE DATA_VALUE SET VAL = 99, CHANGED_BY = current_user "
                    + "WHERE ORGANISATION_CODE = 'kim-1'"));
            assertEquals(0, update(connection, "DELETE FROM DATA_VALUE WHERE ORGANISATION_CODE = 'kim-1'"));
            // moving an own value to another municipality's organisation
            assertRefusedByServer(() -> update(connection, "UPDATE DATA_VALUE SET ORGANISATION_CODE = 'kim-2' "
                    + "WHERE ORGANISATION_CODE = 'son-2'"));
            // the audit's who is the connection's own user, and the audit only grows
            assertRefusedByServer(() -> insertValue(connection, "son-1", "ivanova"));
            assertRefusedByServer(() -> update(connection, "INSERT INTO VALUE_AUDIT (CAMPAIGN_ID, ORGANISATION_CODE, "
                    + "ELEMENT_CODE, DISAGGREGATION, OLD_VALUE, NEW_VALUE, CHANGED_BY, CHANGED_AT) VALUES ('" + CAMPAIGN
                    + "', 'kim-1', 'grade9', '', 20, 99, current_user, CURRENT_TIMESTAMP)"));
            assertRefusedByServer(() -> update(connection, "UPDATE VALUE_AUDIT SET NEW_VALUE = 0"));
            assertRefusedByServer(() -> update(connection, "DELETE FROM VALUE_AUDIT"));
            // nor the campaigns or the directory
            assertRefusedByServer(() -> update(connection, "UPDATE ORGANISATION SET MUNICIPALITY_CODE = 'son' "
                    + "WHERE CODE = 'kim-1'"));
            assertRefusedByServer(() -> update(connection, "UPDATE USER_SCOPE SET ROLE_NAME = 'regional'"));
        }
        assertEquals(20.0, valueOf("kim-1", "grade9"));
        assertEquals(5.0, valueOf("son-2", "grade11"));
        assertTrue(Double.isNaN(valueOf("kim-2", "grade11")));
    }

    @Test
    void anOrganisationUserEntersItsOwnValuesOnly() throws Exception {
        try (Store store = Store.open(as(organisation))) {
            store.values().applyValues(CAMPAIGN, List.of(ValueChange.of("kim-1", "grade11", 3)), "x", "c.csv");
            StoreException refused = assertThrows(StoreException.class, () -> store.values().applyValues(CAMPAIGN,
                    List.of(ValueChange.of("kim-2", "grade11", 3)), "x", "c.csv"));
            assertTrue(refused.getMessage().contains("организации kim-2: его область — сотрудник образовательной организации kim-1"),
                    refused.getMessage());
        }
        try (Connection connection = connectAs(organisation)) {
            assertRefusedByServer(() -> insertValue(connection, "kim-2", organisation));
            assertRefusedByServer(() -> insertValue(connection, "son-1", organisation));
            assertEquals(1, update(connection, "UPDATE DATA_VALUE SET VAL = 4, CHANGED_BY = current_user "
                    + "WHERE ORGANISATION_CODE = 'kim-1' AND ELEMENT_CODE = 'grade11'"));
        }
        assertEquals(4.0, valueOf("kim-1", "grade11"));
    }

    @Test
    void aReadOnlyUserReadsEverythingAndChangesNothing() throws Exception {
        try (Store store = Store.open(as(readonly))) {
            assertEquals(1, store.values().values(CAMPAIGN).size());
            StoreException refused = assertThrows(StoreException.class, () -> store.values().applyValues(CAMPAIGN,
                    List.of(ValueChange.of("kim-1", "grade9", 1)), "x", "d.csv"));
            assertTrue(refused.getMessage().contains("Пользователю " + readonly + " разрешено только чтение"),
                    refused.getMessage());
            // a write the store does not check itself is refused by the server, with the user's scope
            StoreException server = assertThrows(StoreException.class,
                    () -> store.campaigns().save(TestDatabases.campaign("other")));
            assertTrue(server.getMessage().contains("отказал пользователю " + readonly + " (только чтение)"),
                    server.getMessage());
        }
        try (Connection connection = connectAs(readonly)) {
            assertRefusedByServer(() -> insertValue(connection, "kim-2", readonly));
            assertRefusedByServer(() -> update(connection, "UPDATE DATA_VALUE SET VAL = 0"));
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM VALUE_AUDIT")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        }
    }

    @Test
    void aClosedCampaignIsClosedOnTheServerTooAndOnlyTheRegionalRoleReopensIt() throws Exception {
        try (Store store = Store.open(as(municipal))) {
            assertEquals(municipal, store.campaigns().lockEntry(CAMPAIGN, "ivanova").lockedBy());
            StoreException refused = assertThrows(StoreException.class,
                    () -> store.campaigns().unlockEntry(CAMPAIGN, "ivanova"));
            assertTrue(refused.getMessage().contains("Открыть кампанию " + CAMPAIGN
                    + " для ввода может только региональный методист; пользователь " + municipal), refused.getMessage());
        }
        try (Connection connection = connectAs(municipal)) {
            assertRefusedByServer(() -> update(connection, "UPDATE CAMPAIGN SET ENTRY_LOCKED = FALSE"));
            assertRefusedByServer(() -> insertValue(connection, "son-1", municipal));
        }
        try (Connection connection = connectAs(regional)) {
            assertRefusedByServer(() -> insertValue(connection, "son-1", regional));
        }
        try (Store store = Store.open(as(regional))) {
            assertTrue(store.campaigns().unlockEntry(CAMPAIGN, "x"));
            store.values().applyValues(CAMPAIGN, List.of(ValueChange.of("son-1", "grade11", 9)), "x", "e.csv");
        }
        assertEquals(9.0, valueOf("son-1", "grade11"));
    }

    @Test
    void onlyTheAdministratorManagesUsersAndRemovingOneDropsItsRole() throws Exception {
        try (Store store = Store.open(as(regional))) {
            StoreException refused = assertThrows(StoreException.class,
                    () -> store.users().add("someone_" + USERS.incrementAndGet(), UserRole.READONLY, null, null));
            assertTrue(refused.getMessage().contains("Пользователями управляет только администратор"), refused.getMessage());
        }
        try (Store store = Store.open(admin)) {
            assertEquals(List.of(municipal, organisation, readonly, regional).stream().sorted().toList(),
                    store.users().list().stream().map(UserScope::dbUser).toList());
            StoreException unknown = assertThrows(StoreException.class,
                    () -> store.users().add("x_" + USERS.incrementAndGet(), UserRole.MUNICIPAL, "nowhere", null));
            assertTrue(unknown.getMessage().contains("нет ни одной организации муниципалитета nowhere"), unknown.getMessage());
            assertThrows(StoreException.class, () -> store.users().add("Bad-Name", UserRole.READONLY, null, null));
            assertEquals(UserRole.READONLY, store.users().remove(readonly).role());
            assertFalse(store.users().list().stream().anyMatch(user -> user.dbUser().equals(readonly)));
        }
        try (Connection connection = DriverManager.getConnection(admin.jdbcUrl());
                PreparedStatement select = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            select.setString(1, readonly);
            try (ResultSet rs = select.executeQuery()) {
                assertFalse(rs.next(), "the login role is dropped");
            }
            select.setString(1, regional);
            try (ResultSet rs = select.executeQuery()) {
                assertTrue(rs.next());
            }
        }
    }
}
