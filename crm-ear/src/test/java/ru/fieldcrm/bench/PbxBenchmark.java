package ru.fieldcrm.bench;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import ru.fieldcrm.calls.FakeZadarma;
import ru.fieldcrm.shared.WebClient;

/**
 * Webhook ingestion: {@code bench.rate} signed Zadarma events a second (default 500) for
 * {@code bench.seconds} (default 30) against a running CRM on this machine ({@code bench.url}),
 * each call's NOTIFY_START, NOTIFY_ANSWER and NOTIFY_END sent back to back, as a PBX does when a
 * short call ends. Events are sent open-loop on a fixed schedule (a slow answer does not slow the
 * sending), so the answer times are what a PBX would see. Prints the achieved rate, the answer
 * times (p50/p95/p99/max) and how many answers were not 200. Points the CRM's PBX settings at
 * Zadarma with a throw-away key: run it on a bench database only.
 */
public final class PbxBenchmark {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private PbxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(System.getProperty("bench.url", "http://127.0.0.1:8381/crm/"));
        int rate = Integer.getInteger("bench.rate", 500);
        int seconds = Integer.getInteger("bench.seconds", 30);
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
        System.out.printf("PBX webhook benchmark: %d events/s for %d s against %s, load average %.2f%n", rate,
                seconds, base, Bench.loadAverage());

        try (FakeZadarma pbx = new FakeZadarma("bench", secret)) {
            int total = rate * seconds;
            long[] answers = new long[total];
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            AtomicInteger done = new AtomicInteger();
            AtomicInteger bad = new AtomicInteger();
            String run = Long.toString(System.currentTimeMillis(), 36);
            String start = LocalDateTime.now(ZoneId.of("Europe/Moscow")).format(LOCAL);
            ExecutorService senders = Executors.newFixedThreadPool(64);
            ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
            long periodNanos = 1_000_000_000L / rate;
            AtomicInteger next = new AtomicInteger();
            long began = System.nanoTime();
            clock.scheduleAtFixedRate(() -> {
                int i = next.getAndIncrement();
                if (i >= total) {
                    return;
                }
                senders.execute(() -> {
                    int call = i / 3;
                    String callId = "bench-" + run + "-" + call;
                    String caller = "7916" + String.format("%07d", call % 10_000_000);
                    long t0 = System.nanoTime();
                    HttpResponse<String> answer = switch (i % 3) {
                        case 0 -> pbx.post(webhook, FakeZadarma.fields("event", "NOTIFY_START", "call_start", start,
                                "pbx_call_id", callId, "caller_id", caller, "called_did", "74950001122"),
                                "caller_id", "called_did", "call_start");
                        case 1 -> pbx.post(webhook, FakeZadarma.fields("event", "NOTIFY_ANSWER", "caller_id", caller,
                                "destination", "74950001122", "call_start", start, "pbx_call_id", callId,
                                "internal", "100"), "caller_id", "destination", "call_start");
                        default -> pbx.post(webhook, FakeZadarma.fields("event", "NOTIFY_END", "call_start", start,
                                "pbx_call_id", callId, "caller_id", caller, "called_did", "74950001122",
                                "internal", "100", "duration", "42", "disposition", "answered"),
                                "caller_id", "called_did", "call_start");
                    };
                    answers[i] = System.nanoTime() - t0;
                    if (answer.statusCode() != 200) {
                        bad.incrementAndGet();
                        if (failures.size() < 5) {
                            failures.add(answer.statusCode() + " " + answer.body());
                        }
                    }
                    done.incrementAndGet();
                });
            }, 0, periodNanos, TimeUnit.NANOSECONDS);
            while (done.get() < total) {
                Thread.sleep(50);
            }
            long elapsed = System.nanoTime() - began;
            clock.shutdownNow();
            senders.shutdown();
            long[] sorted = answers.clone();
            Arrays.sort(sorted);
            System.out.printf("%d events (%d calls) in %.1f s: %.0f events/s; answer p50 %.1f ms, p95 %.1f ms,"
                    + " p99 %.1f ms, max %.1f ms; not 200: %d %s; load average %.2f%n", total, total / 3,
                    elapsed / 1e9, total / (elapsed / 1e9), Bench.ms(Bench.percentile(sorted, 50)),
                    Bench.ms(Bench.percentile(sorted, 95)), Bench.ms(Bench.percentile(sorted, 99)),
                    Bench.ms(sorted[sorted.length - 1]), bad.get(), List.copyOf(failures), Bench.loadAverage());
        }
    }
}
