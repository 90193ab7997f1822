package ru.fieldcrm.shared;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

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

    /** A {@code timestamp with time zone}: PostgreSQL answers {@code Timestamp}, H2 {@code OffsetDateTime}. */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : ((OffsetDateTime) value).toInstant();
    }

    /** An instant as a parameter of a native query. */
    public static OffsetDateTime parameter(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static LocalTime time(Object value) {
        return value instanceof Time time ? time.toLocalTime() : (LocalTime) value;
    }
}
