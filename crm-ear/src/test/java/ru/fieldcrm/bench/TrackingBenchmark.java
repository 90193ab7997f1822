package ru.fieldcrm.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import ru.fieldcrm.shared.WebClient;

/**
 * The map issue's figures. First, positions in: {@code bench.managers} (200) managers' devices send
 * batches of {@code bench.batch} (50) fixes to {@code POST /api/tracking/positions} at
 * {@code bench.rate} (2,000) positions a second for {@code bench.seconds} (60) after
 * {@code bench.warmup} (10) seconds. The load is open: every batch leaves at its planned moment
 * whether the earlier ones were answered or not, and its answer time is counted from that moment,
 * so a server falling behind shows in the figures instead of slowing the senders. Then the office's
 * "where is everybody": {@code GET /api/tracking/last}, one request after another.
 *
 * <p>The managers ({@code gps-bench-NNN}) are created once and found again by later runs; each
 * run issues them new device tokens. How to run it: {@code docs/performance.md}.
 */
public final class TrackingBenchmark {

    private static final String PASSWORD = "Gps-bench-1";

    private TrackingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(System.getProperty("bench.url", "http://127.0.0.1:8380/crm/"));
        int managers = Integer.getInteger("bench.managers", 200);
        int rate = Integer.getInteger("bench.rate", 2_000);
        int batch = Integer.getInteger("bench.batch", 50);
        int seconds = Integer.getInteger("bench.seconds", 60);
        int warmup = Integer.getInteger("bench.warmup", 10);
        int lastRuns = Integer.getInteger("bench.last.runs", 500);
        WebClient admin = Bench.signedIn(base);

        String[] tokens = new String[managers];
        for (int i = 0; i < managers; i++) {
            tokens[i] = token(admin, manager(admin, i));
        }
        System.out.printf(Locale.ROOT, "%d managers with a new device each; load average %.2f%n", managers,
                Bench.loadAverage());

        Ingest ingest = new Ingest(base, tokens, batch);
        ingest.run(rate, warmup, seconds);

        long[] last = new long[lastRuns];
        int listed = 0;
        for (int i = -50; i < lastRuns; i++) {
            long start = System.nanoTime();
            HttpResponse<String> answer = admin.get("api/tracking/last");
            long took = System.nanoTime() - start;
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("last positions: HTTP " + answer.statusCode() + " " + answer.body());
            }
            if (i >= 0) {
                last[i] = took;
            }
            listed = Json.createReader(new StringReader(answer.body())).readArray().size();
        }
        Arrays.sort(last);
        System.out.printf(Locale.ROOT, "%-48s %6s %8s %8s %8s %8s%n", "operation", "n", "p50 ms", "p95 ms", "p99 ms",
                "max ms");
        ingest.print();
        print("tracking.last, " + listed + " managers (HTTP GET)", last);
        System.out.printf(Locale.ROOT, "load average after the run %.2f%n", Bench.loadAverage());
    }

    static void print(String name, long[] sorted) {
        System.out.printf(Locale.ROOT, "%-48s %6d %8.1f %8.1f %8.1f %8.1f%n", name, sorted.length,
                Bench.ms(Bench.percentile(sorted, 50)), Bench.ms(Bench.percentile(sorted, 95)),
                Bench.ms(Bench.percentile(sorted, 99)), Bench.ms(sorted[sorted.length - 1]));
    }

    /** The id of bench manager number {@code i}, created on the first run. */
    private static long manager(WebClient admin, int i) {
        String login = "gps-bench-%03d".formatted(i);
        HttpResponse<String> created = admin.json("POST", "api/users", """
                {"login":"%s","fullName":"Менеджер GPS %03d","role":"MANAGER","password":"%s"}"""
                .formatted(login, i, PASSWORD));
        if (created.statusCode() == 201) {
            return object(created.body()).getJsonNumber("id").longValue();
        }
        HttpResponse<String> found = admin.get("api/users?q=" + login + "&size=5");
        if (found.statusCode() == 200) {
            for (var user : Json.createReader(new StringReader(found.body())).readObject().getJsonArray("rows")
                    .getValuesAs(JsonObject.class)) {
                if (login.equals(user.getString("login"))) {
                    return user.getJsonNumber("id").longValue();
                }
            }
        }
        throw new IllegalStateException("Cannot create or find " + login + ": HTTP " + created.statusCode() + " "
                + created.body());
    }

    private static String token(WebClient admin, long managerId) {
        HttpResponse<String> issued = admin.json("POST", "api/tracking/devices?manager=" + managerId,
                "{\"label\":\"Бенчмарк\"}");
        if (issued.statusCode() != 201) {
            throw new IllegalStateException("Token refused: HTTP " + issued.statusCode() + " " + issued.body());
        }
        return object(issued.body()).getString("token");
    }

    private static JsonObject object(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** The devices' side: batches planned at a fixed rate, each device's clock moving on by a fix a second. */
    private static final class Ingest {

        private final URI positions;
        private final String[] tokens;
        private final int batch;
        private final Instant[] clocks;
        private final ExecutorService senders = Executors.newFixedThreadPool(8);
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(senders).connectTimeout(Duration.ofSeconds(5)).build();
        private final ConcurrentLinkedQueue<Long> measured = new ConcurrentLinkedQueue<>();
        private final AtomicInteger failed = new AtomicInteger();
        private final AtomicLong stored = new AtomicLong();
        private final AtomicLong sentPositions = new AtomicLong();
        private volatile long measureFrom = Long.MAX_VALUE;
        private double measuredSeconds;
        private String firstFailure;

        Ingest(URI base, String[] tokens, int batch) {
            this.positions = base.resolve("api/tracking/positions");
            this.tokens = tokens;
            this.batch = batch;
            // Every device starts an hour back, so its fixes stay in the past however long the run.
            Instant start = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
            this.clocks = new Instant[tokens.length];
            Arrays.fill(clocks, start);
        }

        void run(int rate, int warmup, int seconds) throws Exception {
            double batchesPerSecond = (double) rate / batch;
            long periodNanos = Math.round(1_000_000_000 / batchesPerSecond);
            long total = Math.round(batchesPerSecond * (warmup + seconds));
            ScheduledExecutorService planner = Executors.newSingleThreadScheduledExecutor();
            List<CompletableFuture<?>> answers = new ArrayList<>();
            long begin = System.nanoTime();
            measureFrom = begin + TimeUnit.SECONDS.toNanos(warmup);
            AtomicInteger next = new AtomicInteger();
            planner.scheduleAtFixedRate(() -> {
                int n = next.getAndIncrement();
                if (n >= total) {
                    return;
                }
                long planned = begin + n * periodNanos;
                int device = n % tokens.length;
                String body = body(device);
                HttpRequest request = HttpRequest.newBuilder(positions).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + tokens[device])
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                CompletableFuture<?> answer = http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                        .handle((response, error) -> {
                            long took = System.nanoTime() - planned;
                            record(planned, took, response, error);
                            return null;
                        });
                synchronized (answers) {
                    answers.add(answer);
                }
            }, 0, periodNanos, TimeUnit.NANOSECONDS);
            while (next.get() < total) {
                Thread.sleep(100);
            }
            planner.shutdown();
            List<CompletableFuture<?>> all;
            synchronized (answers) {
                all = new ArrayList<>(answers);
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
            long end = System.nanoTime();
            senders.shutdown();
            measuredSeconds = (end - measureFrom) / 1e9;
        }

        private String body(int device) {
            StringBuilder json = new StringBuilder("{\"positions\":[");
            Instant time = clocks[device];
            double lat = 55.55 + (device % 20) * 0.02;
            double lon = 37.35 + (device / 20) * 0.04;
            for (int i = 0; i < batch; i++) {
                time = time.plusSeconds(1);
                json.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT,
                        "{\"time\":\"%s\",\"latitude\":%.6f,\"longitude\":%.6f,\"accuracy\":6.0,\"speed\":11.5,"
                                + "\"heading\":45.0,\"battery\":%d}",
                        time, lat + i * 0.0001, lon + i * 0.0001, 90 - device % 50));
            }
            clocks[device] = time;
            return json.append("]}").toString();
        }

        private void record(long planned, long took, HttpResponse<String> response, Throwable error) {
            if (error != null || response.statusCode() != 200) {
                failed.incrementAndGet();
                synchronized (this) {
                    if (firstFailure == null) {
                        firstFailure = error != null ? error.toString() : response.statusCode() + " " + response.body();
                    }
                }
                return;
            }
            if (planned >= measureFrom) {
                measured.add(took);
                sentPositions.addAndGet(batch);
                stored.addAndGet(object(response.body()).getInt("stored"));
            }
        }

        void print() {
            long[] sorted = measured.stream().mapToLong(Long::longValue).sorted().toArray();
            if (sorted.length > 0) {
                TrackingBenchmark.print("tracking.positions, batches of " + batch + " (HTTP POST)", sorted);
            }
            System.out.printf(Locale.ROOT, "positions: %d sent and %d stored in %.1f s measured (%.0f a second); "
                    + "failed batches: %d%s%n", sentPositions.get(), stored.get(), measuredSeconds,
                    (double) stored.get() / measuredSeconds, failed.get(),
                    firstFailure == null ? "" : " (first: " + firstFailure + ")");
        }
    }
}
