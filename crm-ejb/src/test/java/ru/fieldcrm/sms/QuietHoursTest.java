package ru.fieldcrm.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private final QuietHours night = new QuietHours(LocalTime.of(21, 0), LocalTime.of(9, 0), MOSCOW);

    private static Instant moscow(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(MOSCOW).toInstant();
    }

    @Test
    void aMessageDueAtNightWaitsForTheMorning() {
        assertEquals(moscow("2026-11-28T09:00"), night.allowedFrom(moscow("2026-11-27T22:30")));
        assertEquals(moscow("2026-11-28T09:00"), night.allowedFrom(moscow("2026-11-28T03:15")));
        assertEquals(moscow("2026-11-28T09:00"), night.allowedFrom(moscow("2026-11-27T21:00")));
    }

    @Test
    void aMessageDueDuringTheDayIsNotMoved() {
        assertEquals(moscow("2026-11-28T09:00"), night.allowedFrom(moscow("2026-11-28T09:00")));
        assertEquals(moscow("2026-11-28T20:59"), night.allowedFrom(moscow("2026-11-28T20:59")));
        assertFalse(night.contains(moscow("2026-11-28T12:00")));
        assertTrue(night.contains(moscow("2026-11-28T08:59")));
    }

    @Test
    void hoursWithinOneDayAndNoQuietHours() {
        QuietHours lunch = new QuietHours(LocalTime.of(13, 0), LocalTime.of(14, 0), MOSCOW);
        assertEquals(moscow("2026-11-28T14:00"), lunch.allowedFrom(moscow("2026-11-28T13:30")));
        assertFalse(lunch.contains(moscow("2026-11-28T20:00")));
        Instant late = moscow("2026-11-28T23:00");
        assertEquals(late, QuietHours.none(MOSCOW).allowedFrom(late));
    }

    @Test
    void retriesWaitLongerEachTimeUpToHalfAnHour() {
        assertEquals(Duration.ofSeconds(15), SmsDispatcher.backoff(1));
        assertEquals(Duration.ofSeconds(30), SmsDispatcher.backoff(2));
        assertEquals(Duration.ofMinutes(16), SmsDispatcher.backoff(7));
        assertEquals(Duration.ofMinutes(30), SmsDispatcher.backoff(8));
        assertEquals(Duration.ofMinutes(30), SmsDispatcher.backoff(50));
    }
}
