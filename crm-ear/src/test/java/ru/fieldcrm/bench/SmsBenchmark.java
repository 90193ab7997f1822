package ru.fieldcrm.bench;

import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import ru.fieldcrm.shared.WebClient;
import ru.fieldcrm.sms.FakeSmsGateway;
import ru.fieldcrm.sms.SmsGatewayKind;

/**
 * The SMS issue's figure: {@code bench.count} (10,000) messages falling due at the same moment are
 * handed to the gateway, each exactly once. The gateway is the fake SMSC.ru on loopback, in this
 * process; the CRM runs on this machine ({@code bench.url}) on the database {@code bench.db.url},
 * into whose outbox the messages are written directly, due a few seconds ahead. Prints how long
 * after they fell due the gateway had them all and the database had recorded them all as sent.
 * How to run it: {@code docs/performance.md}.
 */
public final class SmsBenchmark {

    private static final String LOGIN = "bench";
    private static final String SECRET = "bench-Passw0rd";

    private SmsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(System.getProperty("bench.url", "http://127.0.0.1:8380/crm/"));
        String dbUrl = System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/crm_bench");
        int count = Integer.getInteger("bench.count", 10_000);
        Bench.requireLoopbackDatabase(dbUrl);
        WebClient web = Bench.signedIn(base);
        try (FakeSmsGateway gateway = FakeSmsGateway.start();
                Connection db = DriverManager.getConnection(dbUrl, System.getProperty("bench.db.user", "postgres"),
                        System.getenv().getOrDefault("CRM_DB_PASSWORD", ""))) {
            gateway.acceptOnly(LOGIN, SECRET);
            String settings = web.get("api/sms/settings").body();
            long version = Long.parseLong(settings.replaceAll(".*\"version\":(\\d+).*", "$1"));
            HttpResponse<String> saved = web.json("PUT", "api/sms/settings?version=" + version, """
                    {"gateway":"SMSC","login":"%s","secret":"%s","sender":"Bench","apiUrl":"%s","quietHours":false,
                     "quietFrom":"21:00","quietTo":"09:00","reminderHour":18,"templates":[]}"""
                    .formatted(LOGIN, SECRET, gateway.apiUrl(SmsGatewayKind.SMSC)));
            if (saved.statusCode() != 200) {
                throw new IllegalStateException("Settings refused: " + saved.body());
            }
            Instant due = Instant.now().plusSeconds(10);
            long first = write(db, count, due);
            System.out.printf("%d messages written, due at %s%n", count, due);
            Instant handed = null;
            Instant deadline = due.plus(Duration.ofMinutes(5));
            while (Instant.now().isBefore(deadline)) {
                if (handed == null && gateway.accepted() >= count) {
                    handed = Instant.now();
                }
                if (handed != null && sent(db, first, count) == count) {
                    break;
                }
                Thread.sleep(100);
            }
            Instant recorded = Instant.now();
            Map<?, Integer> duplicates = gateway.duplicates();
            System.out.printf("handed to the gateway: %d of %d in %s after falling due%n", gateway.accepted(), count,
                    handed == null ? "—" : Duration.between(due, handed).toMillis() / 1000.0 + " s");
            System.out.printf("recorded as sent: %d in %.1f s; received twice: %d; send requests: %d%n",
                    sent(db, first, count), Duration.between(due, recorded).toMillis() / 1000.0, duplicates.size(),
                    gateway.sendRequests());
        }
    }

    /** Writes the messages into the outbox in ids reserved from its sequence; answers the first id. */
    private static long write(Connection db, int count, Instant due) throws Exception {
        long first;
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select nextval('sms_message_seq')")) {
            r.next();
            first = r.getLong(1) + 1;
        }
        try (Statement s = db.createStatement()) {
            // The server takes ids in blocks of 50 below each value it draws: skip past this range.
            s.execute("select setval('sms_message_seq', " + (first + count + 50) + ")");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement insert = db.prepareStatement("insert into sms_message (id, trigger_name, phone, body,"
                + " parts, status, drop_on_change, attempts, created_at, due_at, checks, version)"
                + " values (?, null, ?, ?, 1, 'SCHEDULED', false, 0, ?, ?, 0, 0)")) {
            for (int i = 0; i < count; i++) {
                insert.setLong(1, first + i);
                insert.setString(2, "+7916%07d".formatted(i));
                insert.setString(3, "Заказ №" + (100_000 + i) + " принят.");
                insert.setObject(4, now);
                insert.setObject(5, due.atOffset(ZoneOffset.UTC));
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        return first;
    }

    private static int sent(Connection db, long first, int count) throws Exception {
        try (PreparedStatement query = db.prepareStatement(
                "select count(*) from sms_message where id between ? and ? and status in ('SENT', 'DELIVERED')")) {
            query.setLong(1, first);
            query.setLong(2, first + count - 1);
            try (ResultSet r = query.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
