/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;

/** Nullable parameters and columns, which plain JDBC reads as 0 and false. */
public final class Jdbc {

    private Jdbc() {
    }

    /**
     * The time a change is stamped with. PostgreSQL keeps microseconds, Derby nanoseconds; cut to
     * microseconds, a time reads back the same from both, so a database copied from one to the
     * other compares equal.
     *
     * @return now, to the microsecond
     */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** @return {@link #now()} as a timestamp parameter */
    public static Timestamp timestampNow() {
        return Timestamp.from(now());
    }

    /**
     * @param statement the statement
     * @param index     the parameter
     * @param value     the value or {@code null}
     * @throws SQLException as Derby reports it
     */
    public static void setDouble(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    /**
     * @param statement the statement
     * @param index     the parameter
     * @param value     the value or {@code null}
     * @throws SQLException as Derby reports it
     */
    public static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    /**
     * @param statement the statement
     * @param index     the parameter
     * @param value     the value or {@code null}
     * @throws SQLException as Derby reports it
     */
    public static void setBoolean(PreparedStatement statement, int index, Boolean value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BOOLEAN);
        } else {
            statement.setBoolean(index, value);
        }
    }

    /**
     * @param statement the statement
     * @param index     the parameter
     * @param value     the date or {@code null}
     * @throws SQLException as Derby reports it
     */
    public static void setDate(PreparedStatement statement, int index, LocalDate value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(value));
        }
    }

    /**
     * @param statement the statement
     * @param index     the parameter
     * @param value     the enum literal or {@code null}; stored by name, which never changes
     * @throws SQLException as Derby reports it
     */
    public static void setEnum(PreparedStatement statement, int index, Enum<?> value) throws SQLException {
        statement.setString(index, value == null ? null : value.name());
    }

    /**
     * @param rs     a row
     * @param column the column
     * @return the value or {@code null}
     * @throws SQLException as Derby reports it
     */
    public static Double getDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    /**
     * @param rs     a row
     * @param column the column
     * @return the value or {@code null}
     * @throws SQLException as Derby reports it
     */
    public static Integer getInteger(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /**
     * @param rs     a row
     * @param column the column
     * @return the value or {@code null}
     * @throws SQLException as Derby reports it
     */
    public static Boolean getBoolean(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    /**
     * @param rs     a row
     * @param column the column
     * @return the date or {@code null}
     * @throws SQLException as Derby reports it
     */
    public static LocalDate getDate(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    /**
     * @param rs     a row
     * @param column the column
     * @return the instant or {@code null}
     * @throws SQLException as Derby reports it
     */
    public static Instant getInstant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    /**
     * @param <E>    the enum
     * @param rs     a row
     * @param column the column
     * @param byName the enum's {@code get(String)} by literal name, e.g. {@code CampaignStatus::get}
     * @return the literal or {@code null}
     * @throws SQLException as Derby reports it
     */
    public static <E> E getEnum(ResultSet rs, String column, Function<String, E> byName) throws SQLException {
        String name = rs.getString(column);
        return name == null ? null : byName.apply(name);
    }
}
