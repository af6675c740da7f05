package org.profmonitor.reports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The rows a report design reads: named tables of rows, each row a map of column name to value
 * ({@link String}, {@link Double}, {@link Boolean}, {@code byte[]} for an image, or {@code null}), or a
 * {@link Deferred} one that {@link #value(String, int, String)} makes when a design reads it.
 * <p>
 * This is the one data path into the designs: the engine puts this object into the task's app
 * context under {@link #APP_CONTEXT_KEY}, and each scripted data set of a design reads the table
 * of its name through {@link #size(String)} and {@link #value(String, int, String)} (see
 * {@code reports/spravka.rptdesign}). Designs hold no queries. The scripts call these two methods
 * rather than walk the maps because BIRT's Rhino wraps Java maps and lists as JavaScript objects
 * whose {@code get} is not the Java method.
 */
public final class ReportData {

    /** The app-context key under which the designs find the tables. */
    public static final String APP_CONTEXT_KEY = "profmonitor.rows"; //$NON-NLS-1$

    private final Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();

    /**
     * Adds a row to a table, creating the table on first use.
     *
     * @param table the table's name, as the design's data set reads it
     * @param row the row; kept as given
     * @return this
     */
    public ReportData add(String table, Map<String, Object> row) {
        tables.computeIfAbsent(table, name -> new ArrayList<>()).add(row);
        return this;
    }

    /** Declares a table that may stay empty, so that its data set opens on no rows. */
    public ReportData declare(String table) {
        tables.computeIfAbsent(table, name -> new ArrayList<>());
        return this;
    }

    /** @return the rows of a table; empty if there is none */
    public List<Map<String, Object>> rows(String table) {
        return Collections.unmodifiableList(tables.getOrDefault(table, List.of()));
    }

    /**
     * For the designs' scripted data sets.
     *
     * @param table a table's name
     * @return how many rows it has; 0 if there is no such table
     */
    public int size(String table) {
        return tables.getOrDefault(table, List.of()).size();
    }

    /**
     * For the designs' scripted data sets.
     *
     * @param table a table's name
     * @param row the row's index, from 0
     * @param column the column's name
     * @return the value, or {@code null} if the row has none
     */
    public Object value(String table, int row, String column) {
        Object value = tables.get(table).get(row).get(column);
        return value instanceof Deferred deferred ? deferred.get() : value;
    }

    /**
     * A value made only when a design reads it (a chart, which a design without the chart never
     * asks for), and then once.
     */
    public static final class Deferred {
        private Supplier<?> maker;
        private Object value;

        /** @param maker makes the value, on the first {@link #get()} */
        public Deferred(Supplier<?> maker) {
            this.maker = maker;
        }

        /** @return the value, made on the first call */
        public synchronized Object get() {
            if (maker != null) {
                value = maker.get();
                maker = null;
            }
            return value;
        }
    }

    /** @return the tables */
    public Map<String, List<Map<String, Object>>> tables() {
        return Collections.unmodifiableMap(tables);
    }
}
