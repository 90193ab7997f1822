package ru.fieldcrm.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import ru.fieldcrm.shared.WebClient;

/**
 * The sales issue's figures on the data of {@code payara-config/bench/generate-sales.sh} (100,000
 * deals over a year, 5,000 of them open on one pipeline, 500,000 calls of 50 salespeople): p50, p95,
 * p99 and max of the board's data for the open deals ({@code GET /api/sales/deals?pipeline=…&open=true})
 * and as the board asks it (open, and closed in the last 30 days: {@code &closedSince=…}) and of the figures for a year ({@code GET /api/sales/figures},
 * the figures page's call), for everyone and for one salesperson, then the two pages themselves. A
 * program that prints figures, not a test; how to run it is in {@code docs/performance.md}.
 *
 * <p>Settings (system properties): {@code bench.url} (http://127.0.0.1:8383/crm/), {@code
 * bench.login} (admin), {@code bench.password} (else CRM_ADMIN_PASSWORD), {@code bench.db.url}
 * (jdbc:postgresql://127.0.0.1:5432/crm_bench9), {@code bench.db.user} (postgres), {@code bench.zone}
 * (Europe/Moscow), {@code bench.warmup} (20), {@code bench.iterations} (100).
 */
public final class SalesBenchmark {

    private final int warmup;
    private final int iterations;

    private SalesBenchmark(int warmup, int iterations) {
        this.warmup = warmup;
        this.iterations = iterations;
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(System.getProperty("bench.url", "http://127.0.0.1:8383/crm/"));
        String dbUrl = System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/crm_bench9");
        Bench.requireLoopbackDatabase(dbUrl);
        WebClient web = Bench.signedIn(base);
        LocalDate today = LocalDate.now(ZoneId.of(System.getProperty("bench.zone", "Europe/Moscow")));
        long pipeline;
        long seller;
        try (Connection db = DriverManager.getConnection(dbUrl, System.getProperty("bench.db.user", "postgres"),
                System.getenv().getOrDefault("CRM_DB_PASSWORD", ""));
                Statement query = db.createStatement()) {
            pipeline = single(query, "select id from pipeline where active order by position, id limit 1");
            seller = single(query, "select user_id from phone_call group by user_id order by count(*) desc limit 1");
            System.out.printf(Locale.ROOT, "%d processors, load average %.2f%n", Runtime.getRuntime().availableProcessors(),
                    Bench.loadAverage());
            System.out.printf(Locale.ROOT, "Deals %d (open on pipeline %d: %d), calls %d, activities %d%n%n",
                    single(query, "select count(*) from deal"), pipeline,
                    single(query, "select count(*) from deal where closed_at is null and pipeline_id = " + pipeline),
                    single(query, "select count(*) from phone_call"), single(query, "select count(*) from deal_activity"));
        }
        SalesBenchmark bench = new SalesBenchmark(Integer.getInteger("bench.warmup", 20),
                Integer.getInteger("bench.iterations", 100));
        String year = "from=%s&to=%s".formatted(today.minusYears(1).plusDays(1), today);
        int open = Json.createReader(new StringReader(web.get("api/sales/deals?open=true&pipeline=" + pipeline).body()))
                .readArray().size();
        System.out.printf(Locale.ROOT, "Board data: %d open deals; figures for %s; warm-up %d, measured %d, sequential%n",
                open, year, bench.warmup, bench.iterations);
        System.out.printf(Locale.ROOT, "%-52s %8s %8s %8s %8s%n", "operation", "p50 ms", "p95 ms", "p99 ms", "max ms");
        bench.measure("sales.deals open deals of the pipeline (HTTP)",
                () -> web.get("api/sales/deals?open=true&pipeline=" + pipeline));
        String board = "api/sales/deals?pipeline=" + pipeline + "&closedSince=" + today.minusDays(30);
        bench.measure("sales.deals as the board: open + 30 days closed (HTTP)", () -> web.get(board));
        bench.measure("sales.figures a year, everyone (HTTP)",
                () -> web.get("api/sales/figures?" + year + "&pipeline=" + pipeline));
        bench.measure("sales.figures a year, one salesperson (HTTP)",
                () -> web.get("api/sales/figures?" + year + "&pipeline=" + pipeline + "&seller=" + seller));
        bench.measure("sales/board.xhtml, the page (HTTP)", () -> web.get("sales/board.xhtml"));
        bench.measure("sales/figures.xhtml this month, the page (HTTP)", () -> web.get("sales/figures.xhtml"));
        JsonObject totals = Json.createReader(new StringReader(web.get("api/sales/figures?" + year).body())).readObject()
                .getJsonObject("totals");
        System.out.printf(Locale.ROOT, "%nYear totals: calls out %d, in %d, answered %d; deals created %d, won %d, lost %d%n",
                totals.getInt("callsOutgoing"), totals.getInt("callsIncoming"), totals.getInt("callsAnswered"),
                totals.getInt("dealsCreated"), totals.getInt("dealsWon"), totals.getInt("dealsLost"));
        System.out.printf(Locale.ROOT, "Load average at the end %.2f%n", Bench.loadAverage());
    }

    private static long single(Statement query, String sql) throws Exception {
        try (ResultSet rows = query.executeQuery(sql)) {
            if (!rows.next()) {
                throw new IllegalStateException("No rows: generate the data first (" + sql + ")");
            }
            return rows.getLong(1);
        }
    }

    private void measure(String name, Supplier<HttpResponse<String>> operation) {
        for (int i = 0; i < warmup; i++) {
            check(operation.get());
        }
        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            HttpResponse<String> answer = operation.get();
            nanos[i] = System.nanoTime() - start;
            check(answer);
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-52s %8.1f %8.1f %8.1f %8.1f%n", name, Bench.ms(Bench.percentile(nanos, 50)),
                Bench.ms(Bench.percentile(nanos, 95)), Bench.ms(Bench.percentile(nanos, 99)), Bench.ms(nanos[nanos.length - 1]));
    }

    private static void check(HttpResponse<String> answer) {
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + answer.statusCode() + " " + answer.body());
        }
    }
}
