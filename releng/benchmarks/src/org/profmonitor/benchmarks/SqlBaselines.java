/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.benchmarks;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What Derby does on its own with the same rows: the baselines the program's paths are measured
 * against. Written by hand, as a DBA would, with no ProfMonitor code in between.
 */
final class SqlBaselines {

    /** A table shaped like DATA_VALUE (same key and index) for Derby's own import to fill. */
    static final String IMPORT_TABLE = "BENCH_IMPORT"; //$NON-NLS-1$

    private SqlBaselines() {
    }

    /** Reads every row of DATA_VALUE, every column the computation needs: the bare full scan. */
    static long fullScan(Connection connection) throws SQLException {
        long rows = 0;
        double checksum = 0;
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT CAMPAIGN_ID, ORGANISATION_CODE, ELEMENT_CODE, DISAGGREGATION, VAL FROM DATA_VALUE")) { //$NON-NLS-1$
            while (rs.next()) {
                rs.getString(1);
                rs.getString(2);
                rs.getString(3);
                rs.getString(4);
                checksum += rs.getDouble(5);
                rows++;
            }
        }
        return checksum < 0 ? -rows : rows;
    }

    /**
     * Sums, counts of flags set and counts of reports per campaign and element, for every
     * municipality and region and the country at once (ROLLUP): what a DBA would write to get the
     * aggregate levels of share and sum indicators. The synthetic codes carry their region
     * ({@code R01}) and municipality ({@code R01-001}) as prefixes.
     *
     * @return the number of result rows
     */
    static long groupBy(Connection connection) throws SQLException {
        long rows = 0;
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT CAMPAIGN_ID, ELEMENT_CODE, REGION_CODE, MUNICIPALITY_CODE, " //$NON-NLS-1$
                        + "SUM(VAL), SUM(FLAG_SET), COUNT(*) FROM (SELECT CAMPAIGN_ID, ELEMENT_CODE, " //$NON-NLS-1$
                        + "SUBSTR(ORGANISATION_CODE, 1, 3) AS REGION_CODE, SUBSTR(ORGANISATION_CODE, 1, 7) AS MUNICIPALITY_CODE, " //$NON-NLS-1$
                        + "VAL, CASE WHEN VAL = 1 THEN 1 ELSE 0 END AS FLAG_SET FROM DATA_VALUE WHERE DISAGGREGATION = '') T " //$NON-NLS-1$
                        + "GROUP BY ROLLUP (CAMPAIGN_ID, ELEMENT_CODE, REGION_CODE, MUNICIPALITY_CODE)")) { //$NON-NLS-1$
            while (rs.next()) {
                rs.getString(1);
                rs.getString(4);
                rs.getDouble(5);
                rows++;
            }
        }
        return rows;
    }

    /** Drops the import table if it is there. */
    static void dropImportTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DROP TABLE " + IMPORT_TABLE); //$NON-NLS-1$
        } catch (SQLException e) {
            // not there
        }
    }

    /**
     * Creates (again) the empty table Derby's import fills, shaped like {@code DATA_VALUE}: its
     * primary key, its index and, when asked, its foreign key to {@code CAMPAIGN} (for which Derby
     * builds a third index on the campaign column and checks every row).
     *
     * @param campaignId the campaign the rows take from the column's default; it must exist
     * @param foreignKey whether to declare the foreign key
     */
    static void createImportTable(Connection connection, String campaignId, boolean foreignKey) throws SQLException {
        dropImportTable(connection);
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE " + IMPORT_TABLE + " (CAMPAIGN_ID VARCHAR(100) NOT NULL DEFAULT '" //$NON-NLS-1$ //$NON-NLS-2$
                    + campaignId.replace("'", "''") + "', " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + "ORGANISATION_CODE VARCHAR(64) NOT NULL, ELEMENT_CODE VARCHAR(64) NOT NULL, " //$NON-NLS-1$
                    + "DISAGGREGATION VARCHAR(64) NOT NULL DEFAULT '', VAL DOUBLE NOT NULL, " //$NON-NLS-1$
                    + "CHANGED_BY VARCHAR(128) NOT NULL DEFAULT 'bench', CHANGED_AT TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, " //$NON-NLS-1$
                    + "CONSTRAINT BENCH_IMPORT_PK PRIMARY KEY (CAMPAIGN_ID, ORGANISATION_CODE, ELEMENT_CODE, DISAGGREGATION)" //$NON-NLS-1$
                    + (foreignKey ? ", CONSTRAINT BENCH_IMPORT_CAMPAIGN_FK FOREIGN KEY (CAMPAIGN_ID) REFERENCES CAMPAIGN (ID)" : "") //$NON-NLS-1$ //$NON-NLS-2$
                    + ")"); //$NON-NLS-1$
            statement.executeUpdate("CREATE INDEX BENCH_IMPORT_ELEMENT ON " + IMPORT_TABLE + " (CAMPAIGN_ID, ELEMENT_CODE)"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /**
     * Derby's own bulk import of a CSV file ({@code организация;показатель;значение}, one header
     * line) into the empty import table: SYSCS_UTIL.SYSCS_IMPORT_DATA_BULK with REPLACE, which
     * Derby runs in its bulk-insert mode.
     */
    static void derbyImport(Connection connection, String file) throws SQLException {
        try (CallableStatement call = connection
                .prepareCall("CALL SYSCS_UTIL.SYSCS_IMPORT_DATA_BULK(NULL, ?, ?, ?, ?, ';', NULL, 'UTF-8', 1, 1)")) { //$NON-NLS-1$
            call.setString(1, IMPORT_TABLE);
            call.setString(2, "ORGANISATION_CODE,ELEMENT_CODE,VAL"); //$NON-NLS-1$
            call.setString(3, "1,2,3"); //$NON-NLS-1$
            call.setString(4, file);
            call.execute();
        }
    }

    static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) { //$NON-NLS-1$
            rs.next();
            return rs.getLong(1);
        }
    }
}
