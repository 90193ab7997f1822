package ru.fieldcrm.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ru.fieldcrm.tracking.PositionReport;

class NmeaTest {

    /** A sentence with its checksum, as a receiver would send it. */
    static String sentence(String body) {
        int sum = 0;
        for (char c : body.toCharArray()) {
            sum ^= c;
        }
        return "$" + body + "*" + String.format("%02X", sum);
    }

    @Test
    void checksumsAreChecked() {
        // the classic example of the NMEA descriptions
        assertTrue(Nmea.fields("$GPRMC,123519,A,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W*6A").isPresent());
        assertTrue(Nmea.fields("$GPRMC,123519,A,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W*6B").isEmpty());
        assertTrue(Nmea.fields("$GPRMC,123519,A,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W").isEmpty());
        assertTrue(Nmea.fields("GPRMC,123519*6A").isEmpty());
        assertTrue(Nmea.fields("$GPRMC,123519*ZZ").isEmpty());
    }

    @Test
    void rmcIsAPositionAndGgaOfTheSameSecondAddsAltitude() {
        Nmea nmea = new Nmea();
        assertTrue(nmea.read(sentence("GPGGA,123519.00,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,")).isEmpty());
        PositionReport p = nmea.read("$GPRMC,123519,A,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W*6A").orElseThrow();
        assertEquals(Instant.parse("1994-03-23T12:35:19Z"), p.time());
        assertEquals(48 + 7.038 / 60, p.latitude(), 1e-9);
        assertEquals(11 + 31.0 / 60, p.longitude(), 1e-9);
        assertEquals(22.4 * 1852 / 3600, p.speed(), 1e-9);
        assertEquals(84.4, p.heading());
        assertNull(p.altitude(), "GGA at 123519.00 and RMC at 123519 are compared as written");

        Nmea gn = new Nmea();
        gn.read(sentence("GNGGA,101500.00,5545.1234,N,03737.5000,E,1,10,1.2,150.5,M,14.0,M,,"));
        PositionReport moscow = gn.read(sentence("GNRMC,101500.00,A,5545.1234,N,03737.5000,E,0.5,270.0,010626,,,A")).orElseThrow();
        assertEquals(Instant.parse("2026-06-01T10:15:00Z"), moscow.time());
        assertEquals(150.5, moscow.altitude());
        assertEquals(1.2 * Nmea.METRES_PER_HDOP, moscow.accuracy(), 1e-9);
    }

    @Test
    void southernAndWesternHemispheresAreNegative() {
        PositionReport p = new Nmea().read(sentence("GPRMC,000001.50,A,3351.000,S,15112.000,W,0,,010626,,")).orElseThrow();
        assertEquals(-(33 + 51.0 / 60), p.latitude(), 1e-9);
        assertEquals(-(151 + 12.0 / 60), p.longitude(), 1e-9);
        assertEquals(Instant.parse("2026-06-01T00:00:01.500Z"), p.time());
        assertNull(p.heading());
    }

    @Test
    void invalidFixesAndOtherSentencesAreNoPosition() {
        Nmea nmea = new Nmea();
        assertEquals(Optional.empty(), nmea.read(sentence("GPRMC,123519,V,,,,,,,230394,,")));
        assertEquals(Optional.empty(), nmea.read(sentence("GPGSV,3,1,11,03,03,111,00,04,15,270,00,06,01,010,00,13,06,292,00")));
        assertEquals(Optional.empty(), nmea.read(sentence("GPRMC,12x519,A,4807.038,N,01131.000,E,022.4,084.4,230394,,")));
        assertEquals(Optional.empty(), nmea.read("garbage"));
    }

    @Test
    void aRecordedFileIsReadOnce(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("track.nmea");
        java.nio.file.Files.writeString(file, String.join("\r\n",
                sentence("GPGGA,101500.00,5545.1234,N,03737.5000,E,1,10,1.2,150.5,M,14.0,M,,"),
                sentence("GPRMC,101500.00,A,5545.1234,N,03737.5000,E,0.5,270.0,010626,,,A"),
                "$GPRMC,broken*00",
                sentence("GPRMC,101505.00,A,5545.2000,N,03737.6000,E,0.5,270.0,010626,,,A")));
        NmeaSource source = NmeaSource.file(file);
        assertTrue(source.isFile());
        java.util.List<PositionReport> read = new java.util.ArrayList<>();
        source.run(read::add);
        assertEquals(2, read.size());
        assertEquals(Instant.parse("2026-06-01T10:15:05Z"), read.get(1).time());
    }
}
