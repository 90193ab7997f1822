package ru.fieldcrm.tracking;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What a position must be to be stored, shared by the server (which refuses) and
 * {@code tracker-client} (which drops junk before it is journalled).
 */
public final class PositionRules {

    /** Positions in one batch at most. */
    public static final int MAX_BATCH = 500;
    /** How far ahead of the server's clock a device's clock may run. */
    public static final Duration FUTURE = Duration.ofMinutes(5);
    /** How old a position may be: a tracker offline for weeks is still heard, a 1970 clock is not. */
    public static final Duration OLDEST = Duration.ofDays(60);

    private PositionRules() {
    }

    /** The bundle key of the first broken rule, or empty when the position may be stored. */
    public static Optional<String> problem(PositionReport position, Instant now) {
        if (position == null) {
            return Optional.of("tracking.position.missing");
        }
        if (position.time() == null) {
            return Optional.of("tracking.time.missing");
        }
        if (position.time().isAfter(now.plus(FUTURE))) {
            return Optional.of("tracking.time.future");
        }
        if (position.time().isBefore(now.minus(OLDEST))) {
            return Optional.of("tracking.time.tooOld");
        }
        if (!within(position.latitude(), -90, 90)) {
            return Optional.of("tracking.latitude.range");
        }
        if (!within(position.longitude(), -180, 180)) {
            return Optional.of("tracking.longitude.range");
        }
        if (!optional(position.accuracy(), 0, 1_000_000) || !optional(position.altitude(), -12_000, 100_000)) {
            return Optional.of("tracking.measure.range");
        }
        if (!optional(position.speed(), 0, 400)) {
            return Optional.of("tracking.speed.range");
        }
        if (!optional(position.heading(), 0, 360)) {
            return Optional.of("tracking.heading.range");
        }
        if (!optional(position.battery(), 0, 100)) {
            return Optional.of("tracking.battery.range");
        }
        return Optional.empty();
    }

    private static boolean within(Double value, double min, double max) {
        return value != null && !value.isNaN() && value >= min && value <= max;
    }

    private static boolean optional(Double value, double min, double max) {
        return value == null || within(value, min, max);
    }
}
