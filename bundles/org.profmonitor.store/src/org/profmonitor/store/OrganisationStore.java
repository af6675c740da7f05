/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.profmonitor.model.Directory;
import org.profmonitor.model.Municipality;
import org.profmonitor.model.Organisation;
import org.profmonitor.store.internal.Database;

/**
 * The organisations of the regions with their municipality, as the database itself knows them:
 * the region modules' directories live in memory, but the server has to know which organisation
 * belongs to which municipality to enforce a municipal methodologist's scope. Filled from a
 * region's directory whenever one of its campaigns is created or loaded. Obtained from
 * {@link Store#organisations()}.
 */
public final class OrganisationStore {

    private record Row(String municipality, String region, String name) {
    }

    private final Database database;

    OrganisationStore(Database database) {
        this.database = database;
    }

    /**
     * Records a region's directory: new organisations are added, moved or renamed ones updated;
     * nothing is written when the database knows the directory already (so users who may not
     * change the directory can still load their region's campaigns).
     *
     * @param directory a region's directory
     * @return how many organisations were added or updated
     * @throws StoreException when the database refuses it
     */
    public int register(Directory directory) throws StoreException {
        String region = directory.getRegion() == null ? null : directory.getRegion().getCode();
        Map<String, Row> wanted = new HashMap<>();
        for (Municipality municipality : directory.getMunicipalities()) {
            for (Organisation organisation : municipality.getOrganisations()) {
                wanted.put(organisation.getCode(), new Row(municipality.getCode(), region, organisation.getName()));
            }
        }
        Map<String, Row> stored = database.read(connection -> {
            Map<String, Row> rows = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT CODE, MUNICIPALITY_CODE, REGION_CODE, NAME FROM ORGANISATION"); //$NON-NLS-1$
                    ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), new Row(rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
            return rows;
        });
        List<Map.Entry<String, Row>> changed = wanted.entrySet().stream()
                .filter(entry -> !Objects.equals(stored.get(entry.getKey()), entry.getValue())).toList();
        if (changed.isEmpty()) {
            return 0;
        }
        return database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ORGANISATION " //$NON-NLS-1$
                    + "(MUNICIPALITY_CODE, REGION_CODE, NAME, CODE) VALUES (?, ?, ?, ?)"); //$NON-NLS-1$
                    PreparedStatement update = connection.prepareStatement("UPDATE ORGANISATION " //$NON-NLS-1$
                            + "SET MUNICIPALITY_CODE = ?, REGION_CODE = ?, NAME = ? WHERE CODE = ?")) { //$NON-NLS-1$
                for (Map.Entry<String, Row> entry : changed) {
                    PreparedStatement write = stored.containsKey(entry.getKey()) ? update : insert;
                    write.setString(1, entry.getValue().municipality());
                    write.setString(2, entry.getValue().region());
                    write.setString(3, entry.getValue().name());
                    write.setString(4, entry.getKey());
                    write.executeUpdate();
                }
            }
            return changed.size();
        });
    }

    /**
     * @param organisationCode an organisation's code
     * @return the code of its municipality, or empty when the database does not know it
     * @throws StoreException when the database fails
     */
    public Optional<String> municipalityOf(String organisationCode) throws StoreException {
        return database.read(connection -> {
            try (PreparedStatement select = connection
                    .prepareStatement("SELECT MUNICIPALITY_CODE FROM ORGANISATION WHERE CODE = ?")) { //$NON-NLS-1$
                select.setString(1, organisationCode);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }
}
