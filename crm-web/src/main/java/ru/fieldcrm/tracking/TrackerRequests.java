package ru.fieldcrm.tracking;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import ru.fieldcrm.shared.InvalidRequestException;

/**
 * Reads what Traccar Client sends into positions: the OsmAnd protocol's query or form parameters
 * and the app's newer JSON body. The meanings follow Traccar's own decoder
 * (traccar/traccar, src/main/java/org/traccar/protocol/OsmAndProtocolDecoder.java, and
 * LacakProtocolDecoder.java for the JSON shape): {@code id} or {@code deviceid} is the device's
 * identifier (here: its token); {@code timestamp} is seconds since 1970 (milliseconds when larger
 * than {@code Integer.MAX_VALUE}), ISO 8601 when it has a {@code T}, else {@code yyyy-MM-dd HH:mm:ss}
 * in UTC; {@code speed} is in knots; {@code bearing} or {@code heading} in degrees; {@code batt} in
 * percent. The JSON body is {@code {"device_id", "location": {"timestamp" (ISO), "coords":
 * {latitude, longitude, accuracy, speed (m/s), heading, altitude}, "battery": {"level" (0..1)}}}}.
 */
public final class TrackerRequests {

    /** Metres per second in a knot. */
    static final double KNOT = 1852.0 / 3600.0;
    private static final DateTimeFormatter PLAIN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private TrackerRequests() {
    }

    /** A device's token and one position it sent. */
    public record Report(String token, PositionReport position) {
    }

    /** The OsmAnd parameters (query string and form together); a missing time is the time received. */
    public static Report fromParameters(Map<String, List<String>> parameters, Instant now) {
        String token = first(parameters, "id");
        if (token == null) {
            token = first(parameters, "deviceid");
        }
        String timestamp = first(parameters, "timestamp");
        Double latitude = number(parameters, "lat");
        Double longitude = number(parameters, "lon");
        String location = first(parameters, "location");
        if (location != null && latitude == null && longitude == null) {
            String[] parts = location.split(",");
            if (parts.length != 2) {
                throw malformed("location");
            }
            latitude = parse(parts[0], "location");
            longitude = parse(parts[1], "location");
        }
        if (latitude == null) {
            throw new InvalidRequestException("tracking.latitude.range", "lat");
        }
        if (longitude == null) {
            throw new InvalidRequestException("tracking.longitude.range", "lon");
        }
        Double knots = number(parameters, "speed");
        Double heading = number(parameters, "bearing");
        if (heading == null) {
            heading = number(parameters, "heading");
        }
        return new Report(token, new PositionReport(timestamp == null ? now : time(timestamp), latitude, longitude,
                number(parameters, "accuracy"), knots == null ? null : knots * KNOT, heading,
                number(parameters, "altitude"), number(parameters, "batt")));
    }

    /** Traccar Client's JSON body. */
    public static Report fromJson(JsonObject body) {
        try {
            String token = body.containsKey("device_id") ? string(body.get("device_id"), "device_id") : null;
            JsonObject location = body.getJsonObject("location");
            if (location == null) {
                throw malformed("location");
            }
            JsonObject coords = location.getJsonObject("coords");
            if (coords == null) {
                throw malformed("location.coords");
            }
            Instant time = location.containsKey("timestamp") && location.get("timestamp") instanceof JsonNumber n
                    ? epoch(n.longValue())
                    : time(string(location.get("timestamp"), "location.timestamp"));
            Double battery = null;
            JsonObject batteryObject = location.getJsonObject("battery");
            if (batteryObject != null) {
                Double level = number(batteryObject, "level");
                // The app reports a fraction, and -1 when it does not know.
                battery = level == null || level < 0 ? null : level <= 1 ? level * 100 : level;
            }
            Double speed = number(coords, "speed");
            Double heading = number(coords, "heading");
            return new Report(token, new PositionReport(time, number(coords, "latitude"), number(coords, "longitude"),
                    nonNegative(number(coords, "accuracy")), speed == null || speed < 0 ? null : speed,
                    heading == null || heading < 0 ? null : heading, number(coords, "altitude"), battery));
        } catch (ClassCastException | JsonException e) {
            throw malformed("location");
        }
    }

    /** The app reports -1 for what it does not know. */
    private static Double nonNegative(Double value) {
        return value == null || value < 0 ? null : value;
    }

    static Instant time(String value) {
        if (value == null || value.isBlank()) {
            throw malformed("timestamp");
        }
        String text = value.strip();
        try {
            if (text.chars().allMatch(Character::isDigit)) {
                return epoch(Long.parseLong(text));
            }
            if (text.contains("T")) {
                return OffsetDateTime.parse(text).toInstant();
            }
            return LocalDateTime.parse(text, PLAIN).toInstant(ZoneOffset.UTC);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw malformed("timestamp");
        }
    }

    private static Instant epoch(long value) {
        return value < Integer.MAX_VALUE ? Instant.ofEpochSecond(value) : Instant.ofEpochMilli(value);
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank() ? null
                : values.get(0).strip();
    }

    private static Double number(Map<String, List<String>> parameters, String name) {
        String value = first(parameters, name);
        return value == null ? null : parse(value, name);
    }

    private static Double parse(String value, String field) {
        try {
            double number = Double.parseDouble(value.strip());
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                throw malformed(field);
            }
            return number;
        } catch (NumberFormatException e) {
            throw malformed(field);
        }
    }

    private static Double number(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            return number.doubleValue();
        }
        throw malformed(name);
    }

    private static String string(JsonValue value, String field) {
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw malformed(field);
    }

    private static InvalidRequestException malformed(String field) {
        return new InvalidRequestException("tracking.body.malformed", field);
    }
}
