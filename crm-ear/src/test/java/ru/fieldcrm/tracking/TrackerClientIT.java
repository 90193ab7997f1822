package ru.fieldcrm.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import ru.fieldcrm.shared.Deployments;
import ru.fieldcrm.shared.WebClient;

/**
 * The built tracker-client jar, run as its own process, against the deployed CRM: fixes from a fake
 * gpsd on loopback are journalled while the server is out of reach (a loopback proxy that is not
 * listening yet), and arrive, in order and once each, as soon as the proxy lets it through.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrackerClientIT {

    private static final String PASSWORD = "Secret-pass1";
    private static final int FIXES = 20;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crm();
    }

    @ArquillianResource
    URL deployed;

    @TempDir
    Path journal;

    Process client;
    final List<AutoCloseable> closing = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        if (client != null) {
            client.destroy();
            client.waitFor();
        }
        for (AutoCloseable c : closing) {
            c.close();
        }
    }

    private static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** The jar the tracker-client module built (the reactor builds it before this module). */
    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "tracker-client", "target"))) {
            return files.filter(p -> p.getFileName().toString().matches("tracker-client-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().startsWith("original-"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("build tracker-client first"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void await(String what, int seconds, BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("waited " + seconds + " s for " + what);
            }
            Thread.sleep(250);
        }
    }

    @Test
    void fixesFromGpsdWaitForTheServerAndArriveOnceInOrder() throws Exception {
        URI base = Deployments.base(deployed);
        WebClient admin = new WebClient(base);
        assertEquals(302, admin.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword()).statusCode());
        String login = "tracker" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = admin.json("POST", "api/users", """
                {"login":"%s","fullName":"Водитель %s","role":"MANAGER","password":"%s"}""".formatted(login, login, PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
        long managerId = object(created).getJsonNumber("id").longValue();
        HttpResponse<String> issued = admin.json("POST", "api/tracking/devices?manager=" + managerId, "{\"label\":\"Газель\"}");
        assertEquals(201, issued.statusCode(), issued.body());
        String token = object(issued).getString("token");

        // fixes of the last minutes, one a second
        Instant first = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(10, ChronoUnit.MINUTES);
        List<String> reports = new ArrayList<>();
        for (int i = 0; i < FIXES; i++) {
            reports.add("{\"class\":\"TPV\",\"device\":\"/dev/ttyACM0\",\"mode\":3,\"time\":\"" + first.plusSeconds(i)
                    + "\",\"lat\":" + (55.7 + i * 0.0001) + ",\"lon\":37.6,\"altMSL\":140.0,\"speed\":11.5,\"track\":45.0,"
                    + "\"epx\":3.0,\"epy\":4.0}");
        }
        FakeGpsd gpsd = new FakeGpsd(reports);
        closing.add(gpsd);
        Proxy proxy = new Proxy(freePort(), base.getPort());
        closing.add(proxy);

        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar().toString());
        builder.environment().put("CRM_TRACKER_SERVER", "http://127.0.0.1:" + proxy.port + base.getPath());
        builder.environment().put("CRM_TRACKER_TOKEN", token);
        builder.environment().put("CRM_TRACKER_SOURCE", "gpsd://127.0.0.1:" + gpsd.port());
        builder.environment().put("CRM_TRACKER_INTERVAL", "1");
        builder.environment().put("CRM_TRACKER_EVERY", "0");
        builder.environment().put("CRM_TRACKER_BATCH", "7");
        builder.environment().put("CRM_TRACKER_JOURNAL", journal.toString());
        builder.redirectErrorStream(true).redirectOutput(new File("target", "tracker-client-it.log"));
        client = builder.start();

        Path lines = journal.resolve("positions.journal");
        await("the journal to hold every fix", 30, () -> {
            try {
                return Files.exists(lines) && Files.readAllLines(lines).size() == FIXES;
            } catch (IOException e) {
                return false;
            }
        });
        LocalDate day = LocalDate.ofInstant(first, ZoneId.of("Europe/Moscow"));
        String track = "api/tracking/track?manager=" + managerId + "&day=" + day;
        assertEquals(0, array(admin.get(track)).size(), "nothing reaches the server while it is out of reach");
        Path log = Path.of("target", "tracker-client-it.log");
        await("the client to find the server out of reach", 15, () -> {
            try {
                return Files.readString(log).contains("Server not reached (status 0)");
            } catch (IOException e) {
                return false;
            }
        });
        assertTrue(!Files.readString(log).contains(token), "the token is never logged");

        proxy.open();
        await("every fix on the server", 30, () -> array(admin.get(track)).size() >= FIXES);
        Thread.sleep(2_000);
        JsonArray stored = array(admin.get(track));
        assertEquals(FIXES, stored.size(), "none twice");
        for (int i = 0; i < FIXES; i++) {
            JsonObject p = stored.getJsonObject(i);
            assertEquals(first.plusSeconds(i), Instant.parse(p.getString("time")));
            assertEquals(55.7 + i * 0.0001, p.getJsonNumber("latitude").doubleValue(), 1e-9);
            assertEquals(11.5, p.getJsonNumber("speed").doubleValue(), 1e-9);
            assertEquals(4.0, p.getJsonNumber("accuracy").doubleValue(), 1e-9);
        }
        assertEquals(String.valueOf(Files.size(lines)), Files.readString(journal.resolve("positions.offset")).strip(),
                "the client committed everything it sent");
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    /** A gpsd on loopback: the reports after ?WATCH, then the line stays open as a real one would. */
    static final class FakeGpsd implements AutoCloseable {
        final ServerSocket server;
        final CountDownLatch done = new CountDownLatch(1);
        final Thread thread;

        FakeGpsd(List<String> reports) throws IOException {
            server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
            thread = new Thread(() -> {
                try (Socket client = server.accept()) {
                    BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                    OutputStream out = client.getOutputStream();
                    out.write("{\"class\":\"VERSION\",\"release\":\"3.25\",\"proto_major\":3,\"proto_minor\":15}\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
                    in.readLine();
                    for (String report : reports) {
                        out.write((report + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                    done.await();
                } catch (IOException | InterruptedException e) {
                    // closed by the test
                }
            }, "fake-gpsd");
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return server.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            done.countDown();
            server.close();
        }
    }

    /** A loopback TCP proxy to the server: closed (connections refused) until {@link #open()}. */
    static final class Proxy implements AutoCloseable {
        final int port;
        final int target;
        volatile ServerSocket listening;
        final List<Socket> sockets = new ArrayList<>();

        Proxy(int port, int target) {
            this.port = port;
            this.target = target;
        }

        void open() throws IOException {
            ServerSocket server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            listening = server;
            Thread accepting = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket in = server.accept();
                        Socket out = new Socket(InetAddress.getLoopbackAddress(), target);
                        synchronized (sockets) {
                            sockets.add(in);
                            sockets.add(out);
                        }
                        pipe(in.getInputStream(), out.getOutputStream());
                        pipe(out.getInputStream(), in.getOutputStream());
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "proxy");
            accepting.setDaemon(true);
            accepting.start();
        }

        private static void pipe(InputStream from, OutputStream to) {
            Thread thread = new Thread(() -> {
                try {
                    from.transferTo(to);
                    to.close();
                } catch (IOException e) {
                    // one side closed
                }
            }, "proxy-pipe");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() throws IOException {
            if (listening != null) {
                listening.close();
            }
            synchronized (sockets) {
                for (Socket s : sockets) {
                    s.close();
                }
            }
        }
    }
}
