package ru.fieldcrm.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.fieldcrm.shared.WebClient;

/**
 * The benchmark of the orders issue: p50/p95/p99 of the order list, the client search by a phone
 * fragment and saving an order, against a CRM already running on this machine on a database
 * filled by {@code payara-config/bench/generate.sh}. A program that prints figures, not a test; how
 * to run it is in {@code docs/performance.md}.
 *
 * <p>Each operation is warmed up, then measured a fixed number of times, one request at a time,
 * with parameters drawn from a seeded random generator. Operations go over HTTP as a browser or an
 * API client sends them; only the order list's totals, which the web page asks for and the JSON API
 * does not offer, run their SQL over JDBC.
 *
 * <p>Settings (system properties): {@code bench.url} (http://127.0.0.1:8380/crm/), {@code bench.login}
 * (admin), {@code bench.password} (else the environment's CRM_ADMIN_PASSWORD), {@code bench.db.url}
 * (jdbc:postgresql://127.0.0.1:5432/crm_bench), {@code bench.db.user} (postgres; password from
 * CRM_DB_PASSWORD), {@code bench.warmup} (50), {@code bench.iterations} (300), {@code bench.seed} (42),
 * {@code bench.zone} (Europe/Moscow), {@code bench.only} (the operations whose name begins so).
 */
public final class OrderBenchmark {

    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"orderForm\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern SUGGESTION = Pattern.compile("<li[^>]*ui-autocomplete-item");
    private static final List<List<String>> STATUS_SETS = List.of(
            List.of("CLOSED"), List.of("CLOSED", "CANCELLED"), List.of("CANCELLED"), List.of("DONE", "CLOSED"));

    private final WebClient web;
    private final Connection db;
    private final Random random;
    private final int warmup;
    private final int iterations;
    private final LocalDate today;
    private final List<Long> managers = new ArrayList<>();
    private final List<long[]> clientIds = new ArrayList<>();
    private final List<String> clientPhones = new ArrayList<>();
    private final List<String> clientAddresses = new ArrayList<>();
    private final Map<String, long[]> results = new LinkedHashMap<>();
    /** Only the operations whose name begins so ({@code bench.only}: "orders.list", "clients", …); all by default. */
    private final String only = System.getProperty("bench.only", "");

    private OrderBenchmark(WebClient web, Connection db, Random random, int warmup, int iterations, LocalDate today) {
        this.web = web;
        this.db = db;
        this.random = random;
        this.warmup = warmup;
        this.iterations = iterations;
        this.today = today;
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(System.getProperty("bench.url", "http://127.0.0.1:8380/crm/"));
        String dbUrl = System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/crm_bench");
        Bench.requireLoopbackDatabase(dbUrl);
        WebClient web = Bench.signedIn(base);
        ZoneId zone = ZoneId.of(System.getProperty("bench.zone", "Europe/Moscow"));
        try (Connection db = DriverManager.getConnection(dbUrl, System.getProperty("bench.db.user", "postgres"),
                System.getenv().getOrDefault("CRM_DB_PASSWORD", ""))) {
            OrderBenchmark bench = new OrderBenchmark(web, db, new Random(Long.getLong("bench.seed", 42)),
                    Integer.getInteger("bench.warmup", 50), Integer.getInteger("bench.iterations", 300), LocalDate.now(zone));
            bench.run();
        }
    }


    private void run() throws Exception {
        loadSample();
        System.out.printf(Locale.ROOT, "Data: %s%n", sizes());
        System.out.printf(Locale.ROOT, "Warm-up %d, measured %d, sequential, %d processors, load average %.2f%n%n",
                warmup, iterations, Runtime.getRuntime().availableProcessors(), Bench.loadAverage());

        measure("orders.list  period+status+manager (HTTP)", this::listForManager);
        measure("orders.totals period+status+manager (JDBC)", () -> totals(randomFilter(true)));
        measure("orders.list+totals as the page (HTTP+JDBC)", () -> {
            Filter filter = randomFilter(true);
            return list(filter) + totals(filter);
        });
        measure("orders.list  period+status, all managers (HTTP)", () -> list(randomFilter(false)));
        measure("orders.totals period+status, all managers (JDBC)", () -> totals(randomFilter(false)));

        PhoneLookup lookup = "clients.phone lookup".startsWith(only) || only.startsWith("clients.phone lookup")
                ? new PhoneLookup() : null;
        measure("clients.phone lookup, order form (HTTP)", () -> lookup.search(phoneFragment()));
        measure("clients.phone search, client list (HTTP)", () -> clientListSearch(phoneFragment()));
        measure("clients.phone lookup, first digits typed (HTTP)", () -> firstDigitsLookup());

        measure("orders.create (HTTP POST)", this::createOrder);
        measure("orders.update (HTTP PUT)", this::updateOrder);

        if ("schedule".startsWith(only) || only.startsWith("schedule")) {
            prepareScheduleWeek();
        }
        measure("schedule.week, 50 managers: calendar (HTTP)", () -> schedule(scheduleWeek, 7, scheduleManagers));
        measure("schedule.week, all managers: board (HTTP)", () -> schedule(scheduleWeek, 7, List.of()));
        measure("schedule.day, all managers: board (HTTP)",
                () -> schedule(scheduleWeek.plusDays(random.nextInt(7)), 1, List.of()));

        System.out.printf(Locale.ROOT, "%nLoad average at the end %.2f (the machine's other work counts in every figure)%n",
                Bench.loadAverage());
        System.out.printf(Locale.ROOT, "%-50s %6s %8s %8s %8s %8s%n", "operation", "n", "p50 ms", "p95 ms", "p99 ms", "max ms");
        results.forEach((name, nanos) -> System.out.printf(Locale.ROOT, "%-50s %6d %8.1f %8.1f %8.1f %8.1f%n", name,
                nanos.length, Bench.ms(Bench.percentile(nanos, 50)), Bench.ms(Bench.percentile(nanos, 95)),
                Bench.ms(Bench.percentile(nanos, 99)), Bench.ms(nanos[nanos.length - 1])));
    }

    /** Runs the operation {@code warmup} times, then {@code iterations} times timed; keeps the sorted times. */
    private void measure(String name, LongSupplier operation) {
        if (!name.startsWith(only)) {
            return;
        }
        for (int i = 0; i < warmup; i++) {
            operation.getAsLong();
        }
        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            nanos[i] = operation.getAsLong();
        }
        Arrays.sort(nanos);
        results.put(name, nanos);
        System.out.printf(Locale.ROOT, "%-50s p50 %7.1f ms  p95 %7.1f ms%n", name, Bench.ms(Bench.percentile(nanos, 50)),
                Bench.ms(Bench.percentile(nanos, 95)));
    }




    // ---- the order list ----

    /** A filter of the list: a period of about a month within the generated two years, statuses, perhaps a manager. */
    private record Filter(LocalDate from, LocalDate to, List<String> statuses, Long managerId) {
    }

    private Filter randomFilter(boolean withManager) {
        LocalDate from = today.minusDays(30 + random.nextInt(700));
        return new Filter(from, from.plusDays(29), STATUS_SETS.get(random.nextInt(STATUS_SETS.size())),
                withManager ? managers.get(random.nextInt(managers.size())) : null);
    }

    private long listForManager() {
        return list(randomFilter(true));
    }

    /** The first page of 25 (page and count in one request), sorted as the list sorts by default. */
    private long list(Filter filter) {
        StringBuilder path = new StringBuilder("api/orders?size=25&first=0&from=" + filter.from() + "&to=" + filter.to());
        filter.statuses().forEach(status -> path.append("&status=").append(status));
        if (filter.managerId() != null) {
            path.append("&manager=").append(filter.managerId());
        }
        long start = System.nanoTime();
        HttpResponse<String> response = web.json("GET", path.toString(), null);
        long took = System.nanoTime() - start;
        expect(200, response);
        return took;
    }

    /** What {@code OrderRepository.totals} runs for the same filter (the web page's totals line). */
    private long totals(Filter filter) {
        String sql = "select count(*), coalesce(sum(case when o.status <> 'CANCELLED' then o.amount else 0 end), 0),"
                + " coalesce(sum(case when o.status <> 'CANCELLED' then o.final_sum else 0 end), 0)"
                + " from crm_order o where 1 = 1 and o.visit_date >= ? and o.visit_date <= ? and o.status in ("
                + String.join(", ", filter.statuses().stream().map(status -> "?").toList()) + ")"
                + (filter.managerId() == null ? "" : " and o.manager_id = ?");
        return timeQuery(sql, statement -> {
            int i = 1;
            statement.setObject(i++, filter.from());
            statement.setObject(i++, filter.to());
            for (String status : filter.statuses()) {
                statement.setString(i++, status);
            }
            if (filter.managerId() != null) {
                statement.setLong(i, filter.managerId());
            }
        });
    }

    // ---- the client search by a phone fragment ----

    /** 4 to 6 digits of a real number, as an operator types the part of a number a client gives. */
    private String phoneFragment() {
        String digits = clientPhones.get(random.nextInt(clientPhones.size())).substring(2);
        int length = 4 + random.nextInt(3);
        int at = random.nextInt(digits.length() - length + 1);
        return digits.substring(at, at + length);
    }

    /**
     * The order form's client field: a PrimeFaces autocomplete request on the form of a new order,
     * which calls {@code ClientService.matchByPhone} (up to ten clients with their numbers and
     * addresses).
     */
    private final class PhoneLookup {

        private final String action;
        private final String viewState;

        PhoneLookup() {
            HttpResponse<String> page = web.get("orders/edit.xhtml");
            expect(200, page);
            Matcher form = FORM_ACTION.matcher(page.body());
            if (!form.find()) {
                throw new IllegalStateException("No order form on orders/edit.xhtml");
            }
            action = form.group(1).replace("&amp;", "&");
            viewState = WebClient.viewState(page.body());
            String known = clientPhones.get(0).substring(2, 10);
            if (suggestions(send(known)) == 0) {
                throw new IllegalStateException("The order form found no client for " + known);
            }
        }

        long search(String digits) {
            long start = System.nanoTime();
            HttpResponse<String> response = send(digits);
            long took = System.nanoTime() - start;
            expect(200, response);
            if (!response.body().contains("<partial-response")) {
                throw new IllegalStateException("Not a partial response: " + response.body());
            }
            return took;
        }

        private HttpResponse<String> send(String digits) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("jakarta.faces.partial.ajax", "true");
            form.put("jakarta.faces.source", "orderForm:clientId");
            form.put("jakarta.faces.partial.execute", "orderForm:clientId");
            form.put("jakarta.faces.partial.render", "orderForm:clientId");
            form.put("orderForm:clientId", "orderForm:clientId");
            form.put("orderForm:clientId_query", digits);
            form.put("orderForm", "orderForm");
            form.put("orderForm:clientId_input", digits);
            form.put("jakarta.faces.ViewState", viewState);
            return web.postForm(URI.create(web.base().getPath()).relativize(URI.create(action)).toString(), form);
        }

        private int suggestions(HttpResponse<String> response) {
            expect(200, response);
            int count = 0;
            Matcher item = SUGGESTION.matcher(response.body());
            while (item.find()) {
                count++;
            }
            return count;
        }
    }

    /**
     * The client list's search for text that is digits: {@code GET /api/clients?q=…&size=25}, which
     * calls {@code ClientService.find} ({@code ClientRepository.find}: name and e-mail or a number
     * containing them, first page of 25 in the list's default order and the count, with the page's
     * numbers and addresses).
     */
    /**
     * The lookup as an operator begins to type a number the Russian way: "891", "8916", "89161"…
     * Such beginnings match a large part of all numbers (every generated one begins +79).
     */
    private long firstDigitsLookup() {
        String digits = ("8916" + (100 + random.nextInt(900))).substring(0, 3 + random.nextInt(3));
        long start = System.nanoTime();
        HttpResponse<String> response = web.json("GET", "api/clients/match?phone=" + digits, null);
        long took = System.nanoTime() - start;
        expect(200, response);
        return took;
    }

    private long clientListSearch(String digits) {
        long start = System.nanoTime();
        HttpResponse<String> response = web.json("GET", "api/clients?size=25&first=0&q=" + digits, null);
        long took = System.nanoTime() - start;
        expect(200, response);
        return took;
    }

    // ---- saving an order ----

    private long lastOrderId;
    private long lastOrderVersion;

    /** A new order for a random client and manager, on one of the next 30 days, with two lines. */
    private long createOrder() {
        int client = random.nextInt(clientIds.size());
        String body = orderForm(client, today.plusDays(1 + random.nextInt(30)), 9 + random.nextInt(9),
                managers.get(random.nextInt(managers.size())), null);
        long start = System.nanoTime();
        HttpResponse<String> response = web.json("POST", "api/orders", body);
        long took = System.nanoTime() - start;
        expect(201, response);
        JsonObject order = Json.createReader(new StringReader(response.body())).readObject();
        lastOrderId = order.getJsonNumber("id").longValue();
        lastOrderVersion = order.getJsonNumber("version").longValue();
        return took;
    }

    /** The office's edit of the order created last: another window and a comment. */
    private long updateOrder() {
        if (lastOrderId == 0) {
            createOrder();
        }
        HttpResponse<String> current = web.json("GET", "api/orders/" + lastOrderId, null);
        expect(200, current);
        JsonObject order = Json.createReader(new StringReader(current.body())).readObject();
        int client = clientIndex(order.getJsonNumber("clientId").longValue());
        String body = orderForm(client, LocalDate.parse(order.getString("visitDate")), 9 + random.nextInt(9),
                order.getJsonNumber("managerId").longValue(), "Перезвонить за час, " + random.nextInt(1000));
        long start = System.nanoTime();
        HttpResponse<String> response = web.json("PUT", "api/orders/" + lastOrderId + "?version=" + lastOrderVersion, body);
        long took = System.nanoTime() - start;
        expect(200, response);
        lastOrderVersion = Json.createReader(new StringReader(response.body())).readObject().getJsonNumber("version").longValue();
        return took;
    }

    private int clientIndex(long clientId) {
        for (int i = 0; i < clientIds.size(); i++) {
            if (clientIds.get(i)[0] == clientId) {
                return i;
            }
        }
        throw new IllegalStateException("Client " + clientId + " is not in the sample");
    }

    private String orderForm(int client, LocalDate day, int hour, long managerId, String comment) {
        return Json.createObjectBuilder()
                .add("clientId", clientIds.get(client)[0])
                .add("contactPhone", clientPhones.get(client))
                .add("address", clientAddresses.get(client))
                .add("visitDate", day.toString())
                .add("windowStart", "%02d:00".formatted(hour))
                .add("windowEnd", "%02d:00".formatted(hour + 2))
                .add("description", "Заказ бенчмарка: не работает розетка")
                .add("lines", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", "Диагностика").add("unit", "услуга")
                                .add("price", 700).add("quantity", 1))
                        .add(Json.createObjectBuilder().add("name", "Замена розетки").add("unit", "шт")
                                .add("price", 450).add("quantity", 1 + random.nextInt(3))))
                .add("managerId", managerId)
                .add("comment", comment == null ? JsonValue.NULL : Json.createValue(comment))
                .build().toString();
    }

    // ---- the organizer: a week of 2,000 visits across 50 managers ----

    /** Orders and assessments of the week the organizer's figures are measured on. */
    static final int SCHEDULE_ORDERS = 1_600;
    static final int SCHEDULE_ASSESSMENTS = 400;

    private LocalDate scheduleWeek;
    private List<Long> scheduleManagers = List.of();

    /**
     * The Monday 30 weeks ahead (no generated order is that far) and the first 50 managers; books
     * 1,600 orders and 400 assessments across them in that week through the API, unless an earlier
     * run did. Each visit takes one to three hours between 08:00 and 20:00.
     */
    private void prepareScheduleWeek() {
        scheduleWeek = today.plusWeeks(30).with(java.time.DayOfWeek.MONDAY);
        scheduleManagers = managers.subList(0, Math.min(50, managers.size()));
        int present = countVisits(scheduleWeek, 7, scheduleManagers);
        int wanted = SCHEDULE_ORDERS + SCHEDULE_ASSESSMENTS;
        long started = System.nanoTime();
        for (int i = present; i < wanted; i++) {
            int client = random.nextInt(clientIds.size());
            LocalDate day = scheduleWeek.plusDays(random.nextInt(7));
            int hour = 8 + random.nextInt(10);
            long manager = scheduleManagers.get(i % scheduleManagers.size());
            if (i < SCHEDULE_ORDERS) {
                expect(201, web.json("POST", "api/orders", orderForm(client, day, hour, manager, null)));
            } else {
                expect(201, web.json("POST", "api/assessments", Json.createObjectBuilder()
                        .add("clientId", clientIds.get(client)[0]).add("contactPhone", clientPhones.get(client))
                        .add("address", clientAddresses.get(client)).add("visitDate", day.toString())
                        .add("windowStart", "%02d:00".formatted(hour)).add("windowEnd", "%02d:00".formatted(hour + 1))
                        .add("description", "Оценка бенчмарка: замена проводки").add("managerId", manager)
                        .build().toString()));
            }
        }
        System.out.printf(Locale.ROOT, "Organizer week %s: %d visits of %d managers (%d booked now in %.0f s)%n",
                scheduleWeek, countVisits(scheduleWeek, 7, scheduleManagers), scheduleManagers.size(),
                Math.max(0, wanted - present), (System.nanoTime() - started) / 1e9);
    }

    private int countVisits(LocalDate from, int days, List<Long> managerIds) {
        HttpResponse<String> response = web.json("GET", scheduleQuery(from, days, managerIds), null);
        expect(200, response);
        return Json.createReader(new StringReader(response.body())).readArray().size();
    }

    /** The visits of the days as the calendar (some managers) or the board (everybody) asks for them. */
    private long schedule(LocalDate from, int days, List<Long> managerIds) {
        String query = scheduleQuery(from, days, managerIds);
        long start = System.nanoTime();
        HttpResponse<String> response = web.json("GET", query, null);
        long took = System.nanoTime() - start;
        expect(200, response);
        return took;
    }

    private static String scheduleQuery(LocalDate from, int days, List<Long> managerIds) {
        StringBuilder query = new StringBuilder("api/schedule?from=").append(from).append("&to=").append(from.plusDays(days - 1));
        managerIds.forEach(id -> query.append("&manager=").append(id));
        return query.toString();
    }

    // ---- set-up ----

    /** The managers (from the API), and a sample of clients with their first number and address (from the database). */
    private void loadSample() throws SQLException {
        HttpResponse<String> staff = web.json("GET", "api/users?role=MANAGER&active=true&size=500", null);
        expect(200, staff);
        JsonArray rows = Json.createReader(new StringReader(staff.body())).readObject().getJsonArray("rows");
        rows.forEach(row -> managers.add(row.asJsonObject().getJsonNumber("id").longValue()));
        if (managers.isEmpty()) {
            throw new IllegalStateException("No managers: fill the database with payara-config/bench/generate.sh");
        }
        try (PreparedStatement sample = db.prepareStatement("select c.id, p.phone, a.address from client c"
                + " join client_phone p on p.client_id = c.id and p.position = 0"
                + " join client_address a on a.client_id = c.id and a.position = 0"
                + " where c.merged_into_id is null order by c.id limit 20000");
                ResultSet result = sample.executeQuery()) {
            while (result.next()) {
                clientIds.add(new long[] {result.getLong(1)});
                clientPhones.add(result.getString(2));
                clientAddresses.add(result.getString(3));
            }
        }
        // a wider spread of numbers than the first 20,000 clients, for the searches
        try (PreparedStatement phones = db.prepareStatement("select phone from client_phone tablesample system (5)");
                ResultSet result = phones.executeQuery()) {
            while (result.next()) {
                clientPhones.add(result.getString(1));
            }
        }
        if (clientIds.isEmpty()) {
            throw new IllegalStateException("No clients: fill the database with payara-config/bench/generate.sh");
        }
    }

    private String sizes() throws SQLException {
        try (PreparedStatement counts = db.prepareStatement("select (select count(*) from crm_order),"
                + " (select count(*) from client), (select count(*) from client_phone),"
                + " (select count(*) from crm_user where role = 'MANAGER')");
                ResultSet result = counts.executeQuery()) {
            result.next();
            return "%,d orders, %,d clients, %,d client phones, %d managers".formatted(result.getLong(1),
                    result.getLong(2), result.getLong(3), result.getLong(4));
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private long timeQuery(String sql, Binder binder) {
        long start = System.nanoTime();
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    result.getObject(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return System.nanoTime() - start;
    }

    private static void expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " from " + response.request().uri()
                    + ": " + response.body());
        }
    }
}
