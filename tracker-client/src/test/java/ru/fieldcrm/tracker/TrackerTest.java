package ru.fieldcrm.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.fieldcrm.tracking.PositionReport;

/**
 * The tracker against a fake server on loopback that is down, then up: positions wait in the
 * journal, then arrive in order, none twice, also across a restart of the tracker.
 */
class TrackerTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW.plusSeconds(600), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** The server's view: times of the positions stored, in the order they came; answers like the CRM. */
    final Set<Instant> stored = Collections.synchronizedSet(new LinkedHashSet<>());
    final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger status = new AtomicInteger(200);
    HttpServer server;

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    void startServer(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/crm/api/tracking/positions", exchange -> {
            requests.incrementAndGet();
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int answer = status.get();
            int received = 0;
            int added = 0;
            if (answer == 200) {
                @SuppressWarnings("unchecked")
                List<Object> positions = (List<Object>) Json.object(body).get("positions");
                for (Object p : positions) {
                    received++;
                    @SuppressWarnings("unchecked")
                    Map<String, Object> position = (Map<String, Object>) p;
                    if (stored.add(Instant.parse((String) position.get("time")))) {
                        added++;
                    }
                }
            }
            byte[] reply = ("{\"received\":" + received + ",\"stored\":" + added + "}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static PositionReport at(int second) {
        return new PositionReport(NOW.plusSeconds(second), 55.0 + second / 10000.0, 37.0, 5.0, 2.0, 90.0, 100.0, null);
    }

    @Test
    void positionsWaitWhileTheServerIsDownAndArriveInOrderOnceAfter() throws Exception {
        int port = freePort();
        URI crm = URI.create("http://127.0.0.1:" + port + "/crm");
        try (Journal journal = Journal.open(dir)) {
            Tracker tracker = new Tracker(journal, new Sender(crm, "secret-token"), 50, Duration.ofSeconds(5), CLOCK);
            for (int i = 0; i < 120; i++) {
                tracker.accept(at(i));
            }
            assertEquals(0, tracker.flush(), "nobody listens yet");
            assertTrue(journal.hasPending());
        }
        // the tracker restarts; the server comes up
        startServer(port);
        try (Journal journal = Journal.open(dir)) {
            Tracker tracker = new Tracker(journal, new Sender(crm, "secret-token"), 10, Duration.ofSeconds(5), CLOCK);
            assertEquals(24, tracker.flush());
            assertFalse(journal.hasPending());
            assertEquals(0, tracker.flush());
        }
        List<Instant> expected = new ArrayList<>();
        for (int i = 0; i < 120; i += 5) {
            expected.add(NOW.plusSeconds(i));
        }
        assertEquals(expected, new ArrayList<>(stored));
        assertEquals(3, requests.get());
        assertTrue(authorizations.stream().allMatch("Bearer secret-token"::equals));
    }

    @Test
    void aBatchAcknowledgedButNotCommittedIsSentAgainAndStoredOnce() throws Exception {
        int port = freePort();
        startServer(port);
        URI crm = URI.create("http://127.0.0.1:" + port + "/crm/");
        try (Journal journal = Journal.open(dir)) {
            Tracker tracker = new Tracker(journal, new Sender(crm, "t"), 50, Duration.ZERO, CLOCK);
            tracker.accept(at(0));
            tracker.accept(at(1));
            // the server takes the batch but the tracker dies before committing: simulate by sending it directly
            assertEquals(Sender.Outcome.SENT, new Sender(crm, "t").send(journal.next(50).positions()));
        }
        try (Journal journal = Journal.open(dir)) {
            Tracker tracker = new Tracker(journal, new Sender(crm, "t"), 50, Duration.ZERO, CLOCK);
            assertEquals(2, tracker.flush());
        }
        assertEquals(List.of(NOW, NOW.plusSeconds(1)), new ArrayList<>(stored));
        assertEquals(2, requests.get());
    }

    @Test
    void aRefusedTokenKeepsThePositionsAndARefusedBatchIsSkipped() throws Exception {
        int port = freePort();
        startServer(port);
        URI crm = URI.create("http://127.0.0.1:" + port + "/crm");
        try (Journal journal = Journal.open(dir)) {
            Tracker tracker = new Tracker(journal, new Sender(crm, "t"), 1, Duration.ZERO, CLOCK);
            tracker.accept(at(0));
            tracker.accept(at(1));
            status.set(401);
            assertEquals(0, tracker.flush());
            assertTrue(journal.hasPending());
            status.set(400);
            assertEquals(0, tracker.flush());
            assertFalse(journal.hasPending(), "a batch the server refuses for its content would block the rest for ever");
            tracker.accept(at(2));
            status.set(200);
            assertEquals(1, tracker.flush());
        }
        assertEquals(List.of(NOW.plusSeconds(2)), new ArrayList<>(stored));
    }

    @Test
    void fixesTheServerWouldRefuseAreNotJournalled() throws Exception {
        try (Journal journal = Journal.open(dir)) {
            Tracker tracker = new Tracker(journal, new Sender(URI.create("http://127.0.0.1:1/"), "t"), 50, Duration.ZERO, CLOCK);
            tracker.accept(PositionReport.at(NOW, 95, 37));
            tracker.accept(PositionReport.at(NOW.plus(Duration.ofDays(1)), 55, 37));
            assertFalse(journal.hasPending());
        }
    }

    @Test
    void fromAFakeGpsdToTheServer() throws Exception {
        int port = freePort();
        startServer(port);
        Instant t = NOW.plusSeconds(100);
        try (Journal journal = Journal.open(dir);
                GpsdTest.FakeGpsd gpsd = new GpsdTest.FakeGpsd(List.of(GpsdTest.tpv(t, 55.0, 37.0),
                        GpsdTest.tpv(t.plusSeconds(1), 55.1, 37.1), GpsdTest.tpv(t.plusSeconds(6), 55.2, 37.2)))) {
            Tracker tracker = new Tracker(journal, new Sender(URI.create("http://127.0.0.1:" + port + "/crm"), "t"), 50,
                    Duration.ofSeconds(5), CLOCK);
            new Gpsd("127.0.0.1", gpsd.port()).run(tracker::accept);
            assertEquals(2, tracker.flush());
        }
        assertEquals(List.of(t, t.plusSeconds(6)), new ArrayList<>(stored));
    }

    @Test
    void theConfigurationComesFromTheFileAndTheEnvironmentWins() {
        java.util.Properties file = new java.util.Properties();
        file.setProperty("server", "https://crm.example.ru/crm");
        file.setProperty("token", "from-file");
        file.setProperty("source", "nmea:/dev/ttyUSB0");
        TrackerConfig config = TrackerConfig.from(file, Map.of("CRM_TRACKER_TOKEN", "from-env", "CRM_TRACKER_INTERVAL", "30"));
        assertEquals("from-env", config.token());
        assertEquals(Duration.ofSeconds(30), config.interval());
        assertEquals(50, config.batch());
        assertTrue(config.positionSource() instanceof NmeaSource);
        assertFalse(config.toString().contains("from-env"), "the token is never logged");
        assertTrue(TrackerConfig.from(new java.util.Properties(), Map.of("CRM_TRACKER_SERVER", "http://x",
                "CRM_TRACKER_TOKEN", "t")).positionSource() instanceof Gpsd);
    }
}
