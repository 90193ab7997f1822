package ru.fieldcrm.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import ru.fieldcrm.tracking.PositionReport;

class GpsdTest {

    static final String TPV = """
            {"class":"TPV","device":"/dev/ttyACM0","mode":3,"time":"2026-06-01T10:00:00.000Z","ept":0.005,\
            "lat":55.751244,"lon":37.618423,"altHAE":165.2,"altMSL":150.1,"epx":3.2,"epy":4.1,"epv":7.0,\
            "track":271.5,"speed":12.25,"climb":0.1,"eps":0.5}""";

    @Test
    void aTpvWithAFixIsAPosition() {
        PositionReport p = Gpsd.tpv(TPV).orElseThrow();
        assertEquals(Instant.parse("2026-06-01T10:00:00Z"), p.time());
        assertEquals(55.751244, p.latitude());
        assertEquals(37.618423, p.longitude());
        assertEquals(150.1, p.altitude());
        assertEquals(4.1, p.accuracy());
        assertEquals(12.25, p.speed());
        assertEquals(271.5, p.heading());
        assertNull(p.battery());
    }

    @Test
    void otherReportsAndNoFixAreNoPosition() {
        assertTrue(Gpsd.tpv("{\"class\":\"VERSION\",\"release\":\"3.25\",\"proto_major\":3,\"proto_minor\":15}").isEmpty());
        assertTrue(Gpsd.tpv("{\"class\":\"TPV\",\"device\":\"/dev/ttyACM0\",\"mode\":1}").isEmpty());
        assertTrue(Gpsd.tpv("{\"class\":\"SKY\",\"satellites\":[{\"PRN\":5,\"used\":true}]}").isEmpty());
        assertTrue(Gpsd.tpv("{\"class\":\"TPV\",\"mode\":3,\"time\":\"2026-06-01T10:00:00Z\",\"lat\":1}").isEmpty());
        assertTrue(Gpsd.tpv("not json").isEmpty());
        // the old protocol's time in seconds, a 2D fix has no altitude
        PositionReport old = Gpsd.tpv("{\"class\":\"TPV\",\"mode\":2,\"time\":1253593085.470,\"lat\":38.8,\"lon\":-77.0,"
                + "\"alt\":146.9,\"eph\":9.5}").orElseThrow();
        assertEquals(Instant.ofEpochMilli(1253593085470L), old.time());
        assertNull(old.altitude());
        assertEquals(9.5, old.accuracy());
    }

    /** A gpsd on loopback: answers ?WATCH with VERSION, DEVICES and the reports given, then closes. */
    static final class FakeGpsd implements AutoCloseable {
        final ServerSocket server;
        final AtomicReference<String> watch = new AtomicReference<>();
        final Thread thread;

        FakeGpsd(List<String> reports) throws IOException {
            server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
            thread = new Thread(() -> {
                try (Socket client = server.accept()) {
                    BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                    OutputStream out = client.getOutputStream();
                    out.write("{\"class\":\"VERSION\",\"release\":\"3.25\",\"proto_major\":3,\"proto_minor\":15}\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
                    watch.set(in.readLine());
                    out.write("{\"class\":\"DEVICES\",\"devices\":[{\"class\":\"DEVICE\",\"path\":\"/dev/ttyACM0\"}]}\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
                    out.write("{\"class\":\"WATCH\",\"enable\":true,\"json\":true}\r\n".getBytes(StandardCharsets.US_ASCII));
                    for (String report : reports) {
                        out.write((report + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            thread.start();
        }

        int port() {
            return server.getLocalPort();
        }

        @Override
        public void close() throws Exception {
            thread.join(5_000);
            server.close();
        }
    }

    static String tpv(Instant time, double lat, double lon) {
        return "{\"class\":\"TPV\",\"mode\":3,\"time\":\"" + time + "\",\"lat\":" + lat + ",\"lon\":" + lon
                + ",\"altMSL\":120.0,\"speed\":5.0,\"track\":90.0,\"epx\":3.0,\"epy\":3.0}";
    }

    @Test
    void positionsComeFromAGpsdAfterWatch() throws Exception {
        Instant t = Instant.parse("2026-06-01T10:00:00Z");
        List<PositionReport> received = new ArrayList<>();
        try (FakeGpsd gpsd = new FakeGpsd(List.of(tpv(t, 55.0, 37.0), "{\"class\":\"SKY\"}", tpv(t.plusSeconds(1), 55.1, 37.1)))) {
            new Gpsd("127.0.0.1", gpsd.port()).run(received::add);
            assertEquals(Gpsd.WATCH.strip(), gpsd.watch.get());
        }
        assertEquals(2, received.size());
        assertEquals(t.plusSeconds(1), received.get(1).time());
        assertEquals(55.1, received.get(1).latitude());
    }
}
