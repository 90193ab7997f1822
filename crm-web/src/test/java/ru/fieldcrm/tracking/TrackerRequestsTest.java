package ru.fieldcrm.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.fieldcrm.shared.InvalidRequestException;

class TrackerRequestsTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    private static Map<String, List<String>> query(String... pairs) {
        Map<String, List<String>> map = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], List.of(pairs[i + 1]));
        }
        return map;
    }

    @Test
    void osmAndParametersBecomeAPositionWithSpeedInMetresPerSecond() {
        TrackerRequests.Report report = TrackerRequests.fromParameters(query("id", "tok", "lat", "55.75", "lon", "37.62",
                "timestamp", "1780308000", "speed", "10", "bearing", "90.5", "altitude", "150", "accuracy", "7",
                "batt", "64"), NOW);
        assertEquals("tok", report.token());
        PositionReport p = report.position();
        assertEquals(Instant.ofEpochSecond(1780308000), p.time());
        assertEquals(55.75, p.latitude());
        assertEquals(37.62, p.longitude());
        assertEquals(10 * 1852.0 / 3600.0, p.speed(), 1e-9);
        assertEquals(90.5, p.heading());
        assertEquals(150.0, p.altitude());
        assertEquals(7.0, p.accuracy());
        assertEquals(64.0, p.battery());
    }

    @Test
    void timestampsInSecondsMillisecondsIsoAndPlainForm() {
        assertEquals(Instant.ofEpochSecond(1780308000), TrackerRequests.time("1780308000"));
        assertEquals(Instant.ofEpochMilli(1780308000123L), TrackerRequests.time("1780308000123"));
        assertEquals(Instant.parse("2026-06-01T09:00:00Z"), TrackerRequests.time("2026-06-01T12:00:00+03:00"));
        assertEquals(Instant.parse("2026-06-01T09:00:00Z"), TrackerRequests.time("2026-06-01 09:00:00"));
        assertThrows(InvalidRequestException.class, () -> TrackerRequests.time("yesterday"));
    }

    @Test
    void deviceIdAndLocationAreAlternativesAndAMissingTimeIsNow() {
        TrackerRequests.Report report = TrackerRequests.fromParameters(query("deviceid", "t2", "location", "1.5,2.5"), NOW);
        assertEquals("t2", report.token());
        assertEquals(1.5, report.position().latitude());
        assertEquals(2.5, report.position().longitude());
        assertEquals(NOW, report.position().time());
        assertNull(report.position().speed());
    }

    @Test
    void malformedParametersAreRefused() {
        InvalidRequestException bad = assertThrows(InvalidRequestException.class,
                () -> TrackerRequests.fromParameters(query("id", "t", "lat", "north", "lon", "1"), NOW));
        assertEquals("tracking.body.malformed", bad.messageKey());
        assertEquals("lat", bad.field());
        assertEquals("tracking.longitude.range", assertThrows(InvalidRequestException.class,
                () -> TrackerRequests.fromParameters(query("id", "t", "lat", "1"), NOW)).messageKey());
        assertThrows(InvalidRequestException.class,
                () -> TrackerRequests.fromParameters(query("id", "t", "lat", "NaN", "lon", "1"), NOW));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void traccarClientJsonWithSpeedInMetresPerSecondAndBatteryAsAFraction() {
        TrackerRequests.Report report = TrackerRequests.fromJson(json("""
                {"location":{"timestamp":"2026-06-01T09:59:00.000Z","coords":{"latitude":55.1,"longitude":37.2,
                "accuracy":4.5,"speed":3.5,"heading":180,"altitude":120},"is_moving":true,
                "battery":{"level":0.42,"is_charging":false}},"device_id":"tok"}"""));
        assertEquals("tok", report.token());
        PositionReport p = report.position();
        assertEquals(Instant.parse("2026-06-01T09:59:00Z"), p.time());
        assertEquals(55.1, p.latitude());
        assertEquals(3.5, p.speed());
        assertEquals(180.0, p.heading());
        assertEquals(42.0, p.battery(), 1e-9);
        assertEquals(4.5, p.accuracy());
    }

    @Test
    void unknownValuesOfTheAppAreLeftOut() {
        PositionReport p = TrackerRequests.fromJson(json("""
                {"location":{"timestamp":"2026-06-01T09:59:00Z","coords":{"latitude":1,"longitude":2,
                "accuracy":-1,"speed":-1,"heading":-1},"battery":{"level":-1}},"device_id":"tok"}""")).position();
        assertNull(p.speed());
        assertNull(p.heading());
        assertNull(p.accuracy());
        assertNull(p.battery());
    }

    @Test
    void jsonOfAnotherShapeIsRefused() {
        assertThrows(InvalidRequestException.class, () -> TrackerRequests.fromJson(json("{\"device_id\":\"t\"}")));
        assertThrows(InvalidRequestException.class, () -> TrackerRequests.fromJson(json(
                "{\"location\":{\"timestamp\":\"x\",\"coords\":{\"latitude\":1,\"longitude\":2}}}")));
        assertThrows(InvalidRequestException.class, () -> TrackerRequests.fromJson(json(
                "{\"location\":{\"timestamp\":\"2026-06-01T09:59:00Z\",\"coords\":{\"latitude\":\"1\",\"longitude\":2}}}")));
    }

    @Test
    void bearerTokens() {
        assertEquals("abc", TrackingResource.bearer("Bearer abc"));
        assertEquals("abc", TrackingResource.bearer("bearer  abc "));
        assertNull(TrackingResource.bearer("Basic abc"));
        assertNull(TrackingResource.bearer(null));
    }
}
