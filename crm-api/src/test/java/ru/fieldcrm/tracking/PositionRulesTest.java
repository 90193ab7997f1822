package ru.fieldcrm.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PositionRulesTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    private static Optional<String> problem(PositionReport position) {
        return PositionRules.problem(position, NOW);
    }

    @Test
    void aPlainFixPasses() {
        assertEquals(Optional.empty(), problem(new PositionReport(NOW, 55.75, 37.62, 5.0, 12.0, 359.0, 150.0, 80.0)));
        assertEquals(Optional.empty(), problem(PositionReport.at(NOW.plus(Duration.ofMinutes(4)), -90, 180)));
        assertEquals(Optional.empty(), problem(PositionReport.at(NOW.minus(Duration.ofDays(59)), 90, -180)));
    }

    @Test
    void coordinatesOutOfRangeOrMissingAreRefused() {
        assertEquals(Optional.of("tracking.latitude.range"), problem(PositionReport.at(NOW, 90.0001, 0)));
        assertEquals(Optional.of("tracking.longitude.range"), problem(PositionReport.at(NOW, 0, -180.5)));
        assertEquals(Optional.of("tracking.latitude.range"), problem(new PositionReport(NOW, null, 1.0, null, null,
                null, null, null)));
        assertEquals(Optional.of("tracking.latitude.range"), problem(PositionReport.at(NOW, Double.NaN, 0)));
    }

    @Test
    void timesFarAheadOrAbsurdlyOldAreRefused() {
        assertEquals(Optional.of("tracking.time.future"), problem(PositionReport.at(NOW.plus(Duration.ofMinutes(6)), 1, 1)));
        assertEquals(Optional.of("tracking.time.tooOld"), problem(PositionReport.at(Instant.EPOCH, 1, 1)));
        assertEquals(Optional.of("tracking.time.missing"), problem(PositionReport.at(null, 1, 1)));
        assertEquals(Optional.of("tracking.position.missing"), problem(null));
    }

    @Test
    void measuresOutOfRangeAreRefused() {
        assertEquals(Optional.of("tracking.speed.range"), problem(new PositionReport(NOW, 1.0, 1.0, null, -1.0, null, null, null)));
        assertEquals(Optional.of("tracking.heading.range"), problem(new PositionReport(NOW, 1.0, 1.0, null, null, 361.0, null, null)));
        assertEquals(Optional.of("tracking.battery.range"), problem(new PositionReport(NOW, 1.0, 1.0, null, null, null, null, 101.0)));
        assertEquals(Optional.of("tracking.measure.range"), problem(new PositionReport(NOW, 1.0, 1.0, -3.0, null, null, null, null)));
    }
}
