package ru.fieldcrm.sms;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The hours of the company's day when no message goes out (by default 21:00–09:00): a message due
 * then waits until they end. {@code from} after {@code to} spans midnight.
 */
record QuietHours(LocalTime from, LocalTime to, ZoneId zone) {

    static QuietHours none(ZoneId zone) {
        return new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, zone);
    }

    boolean contains(Instant instant) {
        if (from.equals(to)) {
            return false;
        }
        LocalTime t = instant.atZone(zone).toLocalTime();
        return from.isBefore(to) ? !t.isBefore(from) && t.isBefore(to) : !t.isBefore(from) || t.isBefore(to);
    }

    /** The instant itself if it is outside the quiet hours, else the moment they end. */
    Instant allowedFrom(Instant due) {
        if (!contains(due)) {
            return due;
        }
        ZonedDateTime local = due.atZone(zone);
        ZonedDateTime end = local.toLocalDate().atTime(to).atZone(zone);
        return (end.isAfter(local) ? end : end.plusDays(1)).toInstant();
    }
}
