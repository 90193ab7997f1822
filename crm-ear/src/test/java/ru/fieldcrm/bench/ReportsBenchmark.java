package ru.fieldcrm.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import ru.fieldcrm.shared.WebClient;

/**
 * The reports issue's figures on the 1,000,000-order data set: the daily-finance job over one year
 * of days (started through {@code POST /api/reports/runs} as the page does, timed until the run is
 * COMPLETED, and the job's own start and end), run {@code bench.runs} times to show that a re-run
 * replaces the figures instead of adding to them; then a month's finance table, p50/p95/p99 of
 * {@code GET /api/reports/finance} for all managers and for one, and of the report page itself. A
 * program that prints figures, not a test; how to run it is in {@code docs/performance.md}.
 *
 * <p>Settings (system properties): {@code bench.url} (http://127.0.0.1:8380/crm/), {@code
 * bench.login} (admin), {@code bench.password} (else CRM_ADMIN_PASSWORD), {@code bench.db.url}
 * (jdbc:postgresql://127.0.0.1:5432/crm_bench), {@code bench.db.user} (postgres), {@code bench.zone}
 * (Europe/Moscow), {@code bench.days} (365), {@code bench.runs} (2), {@code bench.warmup} (20),
 * {@code bench.iterations} (200).
 */
public final class ReportsBenchmark {

    private final WebClient web;
    private final Connection db;
    private final int warmup;
    private final int iterations;

    private ReportsBenchmark(WebClient web, Connection db, int warmup, int iterations) {
        this.web = web;
        this.db = db;
        this.warmup = warmup;
        this.iterations = iterations;
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(System.getProperty("bench.url", "http://127.0.0.1:8380/crm/"));
        String dbUrl = System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/crm_bench");
        Bench.requireLoopbackDatabase(dbUrl);
        WebClient web = Bench.signedIn(base);
        LocalDate today = LocalDate.now(ZoneId.of(System.getProperty("bench.zone", "Europe/Moscow")));
        try (Connection db = DriverManager.getConnection(dbUrl, System.getProperty("bench.db.user", "postgres"),
                System.getenv().getOrDefault("CRM_DB_PASSWORD", ""))) {
            ReportsBenchmark bench = new ReportsBenchmark(web, db, Integer.getInteger("bench.warmup", 20),
                    Integer.getInteger("bench.iterations", 200));
            LocalDate yearTo = today.minusDays(1);
            LocalDate yearFrom = yearTo.minusDays(Integer.getInteger("bench.days", 365) - 1L);
            System.out.printf(Locale.ROOT, "%d processors, load average %.2f%n", Runtime.getRuntime().availableProcessors(),
                    Bench.loadAverage());
            System.out.printf(Locale.ROOT, "Orders in %s – %s: %d%n%n", yearFrom, yearTo, bench.orders(yearFrom, yearTo));
            int runs = Integer.getInteger("bench.runs", 2);
            for (int run = 1; run <= runs; run++) {
                bench.job(run, yearFrom, yearTo);
            }
            LocalDate month = today.minusMonths(1).withDayOfMonth(1);
            System.out.printf(Locale.ROOT, "%nA month's finance table, %s – %s, warm-up %d, measured %d, sequential%n",
                    month, month.plusMonths(1).minusDays(1), bench.warmup, bench.iterations);
            System.out.printf(Locale.ROOT, "%-48s %8s %8s %8s %8s%n", "operation", "p50 ms", "p95 ms", "p99 ms", "max ms");
            String period = "from=%s&to=%s".formatted(month, month.plusMonths(1).minusDays(1));
            long manager = bench.busiestManager(month, month.plusMonths(1).minusDays(1));
            bench.measure("reports.finance month, all managers (HTTP)",
                    () -> web.get("api/reports/finance?" + period));
            bench.measure("reports.finance month, one manager (HTTP)",
                    () -> web.get("api/reports/finance?" + period + "&manager=" + manager));
            bench.measure("reports/finance.xhtml this month, the page (HTTP)", () -> web.get("reports/finance.xhtml"));
            System.out.printf(Locale.ROOT, "%nLoad average at the end %.2f%n", Bench.loadAverage());
        }
    }

    private long orders(LocalDate from, LocalDate to) throws Exception {
        try (PreparedStatement query = db.prepareStatement("select count(*) from crm_order where visit_date between ? and ?")) {
            query.setObject(1, from);
            query.setObject(2, to);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private long busiestManager(LocalDate from, LocalDate to) throws Exception {
        try (PreparedStatement query = db.prepareStatement("select manager_id from crm_order where visit_date between ? and ?"
                + " and manager_id is not null group by manager_id order by count(*) desc limit 1")) {
            query.setObject(1, from);
            query.setObject(2, to);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("No manager has orders in " + from + " – " + to);
                }
                return rows.getLong(1);
            }
        }
    }

    /** Starts a run of the job for the period and waits for its end; prints the time and what it wrote. */
    private void job(int run, LocalDate from, LocalDate to) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> started = web.json("POST", "api/reports/runs", """
                {"from":"%s","to":"%s"}""".formatted(from, to));
        if (started.statusCode() != 202) {
            throw new IllegalStateException("The run was not started: HTTP " + started.statusCode() + " " + started.body());
        }
        long id = object(started.body()).getJsonNumber("id").longValue();
        JsonObject state;
        do {
            Thread.sleep(100);
            HttpResponse<String> polled = web.get("api/reports/runs/" + id);
            if (polled.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + polled.statusCode() + " " + polled.body());
            }
            state = object(polled.body());
        } while (!"COMPLETED".equals(state.getString("status")) && !"FAILED".equals(state.getString("status")));
        double seen = (System.nanoTime() - start) / 1e9;
        if (!"COMPLETED".equals(state.getString("status"))) {
            throw new IllegalStateException("Run " + id + " failed: " + state);
        }
        Duration own = Duration.between(Instant.parse(state.getString("startedAt")), Instant.parse(state.getString("endedAt")));
        long[] written = written(from, to);
        System.out.printf(Locale.ROOT, "daily-finance run %d (id %d): %d days, %.1f s until COMPLETED was seen,"
                + " %.1f s start to end by the job; finance_day rows %d, orders counted %d, final sum %s%n", run, id,
                state.getInt("daysDone"), seen, own.toMillis() / 1000.0, written[0], written[1], finalSum(from, to));
    }

    private long[] written(LocalDate from, LocalDate to) throws Exception {
        try (PreparedStatement query = db.prepareStatement(
                "select count(*), coalesce(sum(orders_planned), 0) from finance_day where work_day between ? and ?")) {
            query.setObject(1, from);
            query.setObject(2, to);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return new long[] {rows.getLong(1), rows.getLong(2)};
            }
        }
    }

    private String finalSum(LocalDate from, LocalDate to) throws Exception {
        try (PreparedStatement query = db.prepareStatement(
                "select coalesce(sum(final_sum), 0) from finance_day where work_day between ? and ?")) {
            query.setObject(1, from);
            query.setObject(2, to);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getBigDecimal(1).toPlainString();
            }
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
        System.out.printf(Locale.ROOT, "%-48s %8.1f %8.1f %8.1f %8.1f%n", name, Bench.ms(Bench.percentile(nanos, 50)),
                Bench.ms(Bench.percentile(nanos, 95)), Bench.ms(Bench.percentile(nanos, 99)), Bench.ms(nanos[nanos.length - 1]));
    }

    private static void check(HttpResponse<String> answer) {
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + answer.statusCode() + " " + answer.body());
        }
    }

    private static JsonObject object(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
