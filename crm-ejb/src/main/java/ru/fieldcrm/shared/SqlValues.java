package ru.fieldcrm.shared;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The columns of a native query's row as Java values. The JDBC drivers answer differently
 * (PostgreSQL {@code java.sql.Date}, H2 {@code LocalDate}; {@code Long}, {@code Integer} or
 * {@code BigDecimal} for numbers), these read them the same.
 */
public final class SqlValues {

    private SqlValues() {
    }

    public static long number(Object value) {
        return ((Number) value).longValue();
    }

    public static Long numberOrNull(Object value) {
        return value == null ? null : number(value);
    }

    /** Money: two decimal places. */
    public static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal decimal ? decimal.setScale(2) : new BigDecimal(value.toString()).setScale(2);
    }

    public static LocalDate date(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    public static LocalTime time(Object value) {
        return value instanceof Time time ? time.toLocalTime() : (LocalTime) value;
    }
}
