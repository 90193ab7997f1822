package ru.fieldcrm.tracker;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Optional;
import ru.fieldcrm.tracking.PositionReport;

/**
 * Reads NMEA 0183 sentences from a GPS receiver: {@code $xxRMC} (time, date, validity, position,
 * speed over ground in knots, course) makes a position; {@code $xxGGA} (altitude, HDOP) of the same
 * second adds to it. Any talker ({@code GP}, {@code GN}, {@code GL}…). A sentence whose checksum (XOR
 * of the characters between {@code $} and {@code *}, two hex digits) is missing or wrong is
 * ignored, as are fixes the receiver marks invalid (RMC status {@code V}).
 * Field layout: NMEA 0183 as described in gpsd's "NMEA Revealed" (gpsd.gitlab.io/gpsd/NMEA.html).
 */
final class Nmea {

    /** Metres per second in a knot. */
    static final double KNOT = 1852.0 / 3600.0;
    /** A rough 1-sigma horizontal error per unit of HDOP for a consumer receiver, in metres. */
    static final double METRES_PER_HDOP = 5.0;
    /** {@code ddmmyy}; a two-digit year is read from 1980 (when GPS time began) to 2079. */
    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
            .appendPattern("ddMM").appendValueReduced(ChronoField.YEAR, 2, 2, 1980).toFormatter();

    private String ggaTime;
    private Double ggaAltitude;
    private Double ggaHdop;

    /** The position a sentence completes, if any. */
    Optional<PositionReport> read(String line) {
        Optional<String[]> parsed = fields(line);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        String[] f = parsed.get();
        String type = f[0].length() >= 5 ? f[0].substring(f[0].length() - 3) : "";
        try {
            if (type.equals("GGA") && f.length > 9) {
                ggaTime = f[1];
                ggaAltitude = number(f[9]);
                ggaHdop = number(f[8]);
                return Optional.empty();
            }
            if (type.equals("RMC") && f.length > 9 && "A".equals(f[2])) {
                Instant time = LocalDate.parse(f[9], DATE).atTime(time(f[1])).toInstant(ZoneOffset.UTC);
                Double latitude = coordinate(f[3], f[4], 'S');
                Double longitude = coordinate(f[5], f[6], 'W');
                if (latitude == null || longitude == null) {
                    return Optional.empty();
                }
                Double knots = number(f[7]);
                boolean sameSecond = f[1].equals(ggaTime);
                Double hdop = sameSecond ? ggaHdop : null;
                return Optional.of(new PositionReport(time, latitude, longitude,
                        hdop == null ? null : hdop * METRES_PER_HDOP, knots == null ? null : knots * KNOT, number(f[8]),
                        sameSecond ? ggaAltitude : null, null));
            }
        } catch (RuntimeException e) {
            // A garbled sentence with a correct checksum (a receiver's bug): not a position.
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The sentence's fields (the first is the talker and type) when its checksum is right. */
    static Optional<String[]> fields(String line) {
        if (line == null) {
            return Optional.empty();
        }
        String sentence = line.strip();
        int star = sentence.lastIndexOf('*');
        if (!sentence.startsWith("$") || star < 0 || star + 3 != sentence.length()) {
            return Optional.empty();
        }
        int sum = 0;
        for (int i = 1; i < star; i++) {
            sum ^= sentence.charAt(i);
        }
        int given;
        try {
            given = Integer.parseInt(sentence.substring(star + 1), 16);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (given != sum) {
            return Optional.empty();
        }
        return Optional.of(sentence.substring(1, star).split(",", -1));
    }

    /** {@code hhmmss} or {@code hhmmss.sss}. */
    private static LocalTime time(String value) {
        int hours = Integer.parseInt(value.substring(0, 2));
        int minutes = Integer.parseInt(value.substring(2, 4));
        double seconds = Double.parseDouble(value.substring(4));
        long nanos = Math.round((seconds - Math.floor(seconds)) * 1_000_000_000L);
        return LocalTime.of(hours, minutes, (int) Math.floor(seconds), (int) Math.min(nanos, 999_999_999L));
    }

    /** {@code ddmm.mmmm} / {@code dddmm.mmmm} and a hemisphere to signed degrees. */
    private static Double coordinate(String value, String hemisphere, char negative) {
        if (value.isEmpty() || hemisphere.isEmpty()) {
            return null;
        }
        int dot = value.indexOf('.');
        int degreeDigits = (dot < 0 ? value.length() : dot) - 2;
        double degrees = Integer.parseInt(value.substring(0, degreeDigits))
                + Double.parseDouble(value.substring(degreeDigits)) / 60.0;
        return hemisphere.charAt(0) == negative ? -degrees : degrees;
    }

    private static Double number(String value) {
        return value == null || value.isEmpty() ? null : Double.valueOf(value);
    }
}
