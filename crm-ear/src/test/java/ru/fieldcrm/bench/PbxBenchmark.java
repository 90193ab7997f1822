package ru.fieldcrm.bench;

import jakarta.json.Json;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import ru.fieldcrm.calls.FakeZadarma;
import ru.fieldcrm.shared.WebClient;

/**
 * Webhook ingestion: {@code bench.rate} signed Zadarma events a second (default 500) for
 * {@code bench.seconds} (default 30) against a running CRM on this machine ({@code bench.url}),
 * after {@code bench.warmup} seconds (default 30) at the same rate that are not counted. Each
 * call's NOTIFY_START, NOTIFY_ANSWER and NOTIFY_END are sent back to back, as a PBX does when a
 * short call ends.
 *
 * <p>The sender is open-loop and light, so that it neither hides the server's slowness nor takes
 * its CPU: every request is signed and written out as bytes before the run; {@code bench.connections}
 * threads (default 64), each with a keep-alive connection, take the events in order, wait for each
 * one's scheduled moment ({@code start + i / rate}), write it and read the answer; and each answer's
 * time is counted from that scheduled moment, not from when the request left, so a sender that
 * falls behind (all its connections waiting for answers) shows as slower answers (no coordinated
 * omission). Prints the achieved rate, the answer times (p50/p95/p99/max), the answers that were
 * not 200, the sender's own CPU time and the load average at the start and the end; with
 * {@code bench.db.url} (the CRM's PostgreSQL on this machine), how many of the run's events the
 * database holds by kind. Points the CRM's PBX settings at Zadarma with a throw-away key: run it
 * on a bench database only.
 */
public final class PbxBenchmark {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private PbxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(System.getProperty("bench.url", "http://127.0.0.1:8381/crm/"));
        int rate = Integer.getInteger("bench.rate", 500);
        int seconds = Integer.getInteger("bench.seconds", 30);
        int warmup = Integer.getInteger("bench.warmup", 30);
        int connections = Integer.getInteger("bench.connections", 64);
        WebClient admin = Bench.signedIn(base);
        String secret = UUID.randomUUID().toString();
        long version = Json.createReader(new StringReader(admin.get("api/pbx/settings").body())).readObject()
                .getJsonNumber("version").longValue();
        HttpResponse<String> saved = admin.json("PUT", "api/pbx/settings?version=" + version,
                "{\"pbx\":\"ZADARMA\",\"apiKey\":\"bench\",\"secret\":\"" + secret + "\",\"apiUrl\":null}");
        if (saved.statusCode() != 200) {
            throw new IllegalStateException("PBX settings refused: " + saved.body());
        }
        URI webhook = base.resolve(Json.createReader(new StringReader(saved.body())).readObject()
                .getString("webhookPath"));

        try (FakeZadarma pbx = new FakeZadarma("bench", secret)) {
            String run = Long.toString(System.currentTimeMillis(), 36);
            String start = LocalDateTime.now(ZoneId.of("Europe/Moscow")).format(LOCAL);
            byte[][] warming = events(pbx, webhook, "warm-" + run, start, rate * warmup);
            byte[][] measured = events(pbx, webhook, "bench-" + run, start, rate * seconds);
            if (warming.length > 0) {
                System.out.printf("Warming up: %d events/s for %d s%n", rate, warmup);
                send(webhook, warming, rate, connections);
            }
            System.out.printf("PBX webhook benchmark: %d events/s for %d s against %s, %d connections,"
                    + " load average %.2f%n", rate, seconds, base, connections, Bench.loadAverage());
            long cpu0 = cpuNanos();
            Result result = send(webhook, measured, rate, connections);
            long cpu = cpuNanos() - cpu0;
            long[] sorted = result.answers().clone();
            Arrays.sort(sorted);
            int total = measured.length;
            System.out.printf("%d events (%d calls) in %.1f s: %.0f events/s; answer p50 %.1f ms, p95 %.1f ms,"
                    + " p99 %.1f ms, max %.1f ms; not 200: %d %s; sender CPU %.1f s (%.0f %% of one core);"
                    + " load average %.2f%n", total, total / 3, result.nanos() / 1e9, total / (result.nanos() / 1e9),
                    Bench.ms(Bench.percentile(sorted, 50)), Bench.ms(Bench.percentile(sorted, 95)),
                    Bench.ms(Bench.percentile(sorted, 99)), Bench.ms(sorted[sorted.length - 1]), result.bad(),
                    result.failures(), cpu / 1e9, 100.0 * cpu / result.nanos(), Bench.loadAverage());
            String dbUrl = System.getProperty("bench.db.url");
            if (dbUrl != null) {
                stored(dbUrl, "bench-" + run + "-");
            }
        }
    }

    /** How many of the run's events the database holds, by kind: an answer 200 is not enough. */
    private static void stored(String dbUrl, String prefix) throws Exception {
        Bench.requireLoopbackDatabase(dbUrl);
        try (Connection db = DriverManager.getConnection(dbUrl, System.getProperty("bench.db.user", "postgres"),
                System.getProperty("bench.db.password", System.getenv().getOrDefault("CRM_DB_PASSWORD", "")));
                PreparedStatement count = db.prepareStatement("select kind, count(*) from pbx_event"
                        + " where event_key like ? group by kind order by kind")) {
            count.setString(1, prefix + "%");
            StringBuilder kinds = new StringBuilder();
            try (ResultSet rows = count.executeQuery()) {
                while (rows.next()) {
                    kinds.append(' ').append(rows.getString(1)).append(' ').append(rows.getLong(2));
                }
            }
            System.out.println("Stored events of the run:" + kinds);
        }
    }

    /** What a run saw: each answer's time from its scheduled sending, the run's length, the failures. */
    private record Result(long[] answers, long nanos, int bad, List<String> failures) {
    }

    /** The signed requests of {@code count} events, three to a call (start, answer, end), as bytes to write. */
    private static byte[][] events(FakeZadarma pbx, URI webhook, String prefix, String start, int count) {
        byte[][] requests = new byte[count][];
        for (int i = 0; i < count; i++) {
            int call = i / 3;
            String callId = prefix + "-" + call;
            String caller = "7916" + String.format("%07d", call % 10_000_000);
            FakeZadarma.SignedForm form = switch (i % 3) {
                case 0 -> pbx.signed(FakeZadarma.fields("event", "NOTIFY_START", "call_start", start,
                        "pbx_call_id", callId, "caller_id", caller, "called_did", "74950001122"),
                        "caller_id", "called_did", "call_start");
                case 1 -> pbx.signed(FakeZadarma.fields("event", "NOTIFY_ANSWER", "caller_id", caller,
                        "destination", "74950001122", "call_start", start, "pbx_call_id", callId,
                        "internal", "100"), "caller_id", "destination", "call_start");
                default -> pbx.signed(FakeZadarma.fields("event", "NOTIFY_END", "call_start", start,
                        "pbx_call_id", callId, "caller_id", caller, "called_did", "74950001122",
                        "internal", "100", "duration", "42", "disposition", "answered"),
                        "caller_id", "called_did", "call_start");
            };
            byte[] body = form.body().getBytes(StandardCharsets.UTF_8);
            byte[] head = ("POST " + webhook.getRawPath() + " HTTP/1.1\r\nHost: " + webhook.getHost() + ":"
                    + webhook.getPort() + "\r\nContent-Type: application/x-www-form-urlencoded\r\nSignature: "
                    + form.signature() + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            requests[i] = Arrays.copyOf(head, head.length + body.length);
            System.arraycopy(body, 0, requests[i], head.length, body.length);
        }
        return requests;
    }

    /**
     * Sends request {@code i} at {@code began + i / rate} (at once when already late) on the first
     * of {@code connections} connections free, and counts each answer's time from that scheduled
     * moment.
     */
    private static Result send(URI webhook, byte[][] requests, int rate, int connections) throws InterruptedException {
        long[] answers = new long[requests.length];
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger bad = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        long period = 1_000_000_000L / rate;
        long began = System.nanoTime();
        List<Thread> senders = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Thread sender = new Thread(() -> {
                KeepAlive connection = null;
                for (int i = next.getAndIncrement(); i < requests.length; i = next.getAndIncrement()) {
                    long due = began + i * period;
                    for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                        LockSupport.parkNanos(wait);
                    }
                    int status;
                    String failure = null;
                    try {
                        if (connection == null) {
                            connection = new KeepAlive(webhook);
                        }
                        status = connection.exchange(requests[i]);
                        if (connection.closing) {
                            connection.close();
                            connection = null;
                        }
                    } catch (IOException e) {
                        status = -1;
                        failure = e.toString();
                        if (connection != null) {
                            connection.close();
                        }
                        connection = null;
                    }
                    answers[i] = System.nanoTime() - due;
                    if (status != 200) {
                        bad.incrementAndGet();
                        if (failures.size() < 5) {
                            failures.add(failure != null ? failure : "HTTP " + status);
                        }
                    }
                }
                if (connection != null) {
                    connection.close();
                }
            }, "sender-" + c);
            senders.add(sender);
            sender.start();
        }
        for (Thread sender : senders) {
            sender.join();
        }
        return new Result(answers, System.nanoTime() - began, bad.get(), List.copyOf(failures));
    }

    /** One keep-alive HTTP/1.1 connection: writes a request's bytes, reads the answer's status and skips its body. */
    private static final class KeepAlive {

        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        /** The server said it closes the connection after this answer. */
        boolean closing;

        KeepAlive(URI webhook) throws IOException {
            socket = new Socket(webhook.getHost(), webhook.getPort());
            socket.setTcpNoDelay(true);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 8192);
        }

        int exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String status = line();
            int code = Integer.parseInt(status.substring(9, 12));
            long length = 0;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closing = true;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().strip(), 16); size > 0; size = Long.parseLong(line().strip(), 16)) {
                    skip(size + 2);
                }
                line();
            } else {
                skip(length);
            }
            return code;
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new EOFException("connection closed by the server");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        private void skip(long bytes) throws IOException {
            for (long left = bytes; left > 0; left--) {
                if (in.read() < 0) {
                    throw new EOFException("connection closed by the server");
                }
            }
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Closing anyway.
            }
        }
    }

    /** This process's CPU time so far (all its threads). */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
