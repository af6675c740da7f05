/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.profmonitor.model.Directory;
import org.profmonitor.model.Municipality;
import org.profmonitor.model.Organisation;
import org.profmonitor.model.ProfmonitorFactory;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;
import org.profmonitor.store.StoreLocation;
import org.profmonitor.store.UserRole;
import org.profmonitor.store.ValueChange;

/**
 * On a Derby network server the scopes are recorded and the store enforces them; Derby has no
 * row-level security, so a client that skips the store is not stopped by the server. Both are
 * shown here, so that the README's statement is a tested one.
 */
class ScopeOnDerbyNetworkTest {

    private static final String CAMPAIGN = "tver-2022";

    @Test
    void theStoreEnforcesAMunicipalUsersScopeButTheServerDoesNot() throws Exception {
        StoreLocation admin = TestDatabases.derbyNetwork();
        try (Store store = Store.open(admin)) {
            store.campaigns().save(TestDatabases.campaign(CAMPAIGN));
            store.organisations().register(directory());
            store.users().add("mun", UserRole.MUNICIPAL, "son", null);
        }
        StoreLocation municipal = StoreLocation.url(admin.jdbcUrl().replace(";user=app", ";user=mun"));
        try (Store store = Store.open(municipal)) {
            store.values().applyValues(CAMPAIGN, List.of(ValueChange.of("son-1", "grade9", 3)), "ivanova", "a.csv");
            StoreException refused = assertThrows(StoreException.class, () -> store.values().applyValues(CAMPAIGN,
                    List.of(ValueChange.of("kim-1", "grade9", 4)), "ivanova", "a.csv"));
            assertTrue(refused.getMessage().contains("не может изменять данные организации kim-1"), refused.getMessage());
            assertEquals("mun", store.values().audit(CAMPAIGN).get(0).changedBy(), "the database user, as on PostgreSQL");
        }
        try (Connection connection = DriverManager.getConnection(municipal.jdbcUrl());
                Statement statement = connection.createStatement()) {
            assertEquals(1, statement.executeUpdate("INSERT INTO APP.DATA_VALUE (CAMPAIGN_ID, ORGANISATION_CODE, "
                    + "ELEMENT_CODE, VAL, CHANGED_BY, CHANGED_AT) VALUES ('" + CAMPAIGN
                    + "', 'kim-1', 'grade11', 1, 'mun', CURRENT_TIMESTAMP)"), "Derby itself does not refuse it");
        }
    }

    private static Directory directory() {
        ProfmonitorFactory factory = ProfmonitorFactory.eINSTANCE;
        Directory directory = factory.createDirectory();
        for (String code : List.of("son", "kim")) {
            Municipality municipality = factory.createMunicipality();
            municipality.setCode(code);
            Organisation school = factory.createOrganisation();
            school.setCode(code + "-1");
            municipality.getOrganisations().add(school);
            directory.getMunicipalities().add(municipality);
        }
        return directory;
    }
}
