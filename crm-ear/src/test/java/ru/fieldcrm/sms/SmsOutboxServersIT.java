package ru.fieldcrm.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.fieldcrm.shared.Deployments;
import ru.fieldcrm.shared.WebClient;

/**
 * The outbox against real server processes and a fake SMSC.ru over loopback HTTP: a server killed
 * (SIGKILL) while the gateway holds its requests loses no message and sends none twice once it is
 * started again; and two servers sharing one PostgreSQL database send each message exactly once.
 * Runs on domains of its own, not Arquillian's.
 */
class SmsOutboxServersIT {

    private static final String LOGIN = "company";
    private static final String SECRET = "smsc-Passw0rd";
    private static final Path EAR = Path.of(System.getProperty("it.ear"));
    private static final int PORTBASE = Integer.getInteger("it.portbase", 28000);
    private static final Set<String> SETTLED = Set.of("SENT", "DELIVERED");

    static FakeSmsGateway gateway;
    static PayaraDomain first;
    static PayaraDomain second;

    @BeforeAll
    static void serverAndGateway() throws Exception {
        gateway = FakeSmsGateway.start();
        gateway.acceptOnly(LOGIN, SECRET);
        first = PayaraDomain.prepare("crm-it-sms1", PORTBASE + 200);
        first.start();
        first.deploy(EAR);
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (first != null) {
                WebClient admin = admin(first);
                long version = SmsApiIT.version(SmsApiIT.object(admin.get("api/sms/settings")));
                admin.json("PUT", "api/sms/settings?version=" + version, SmsApiIT.quiet());
                first.close();
            }
            if (second != null) {
                second.close();
            }
        } finally {
            gateway.close();
        }
    }

    static WebClient admin(PayaraDomain domain) {
        WebClient admin = new WebClient(domain.crm());
        assertEquals(302, admin.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword()).statusCode());
        return admin;
    }

    /** SMSC.ru at the fake's address; the message of a new order goes {@code delay} minutes after booking. */
    static void sendNewOrdersThroughSmsc(WebClient admin, int delay) {
        long version = SmsApiIT.version(SmsApiIT.object(admin.get("api/sms/settings")));
        HttpResponse<String> saved = admin.json("PUT", "api/sms/settings?version=" + version, SmsApiIT.settings("SMSC",
                LOGIN, SECRET, "Company", gateway.apiUrl(SmsGatewayKind.SMSC), List.of(
                        SmsApiIT.template("ORDER_NEW", true, "Заказ №{номер} принят: {дата} {время}.", delay, true))));
        assertEquals(200, saved.statusCode(), saved.body());
    }

    /** Books {@code count} orders, each through the next of the servers; answers their numbers. */
    static List<Long> book(int count, List<WebClient> servers) {
        WebClient office = servers.get(0);
        HttpResponse<String> client = office.json("POST", "api/clients", """
                {"name":"Ольга Кузнецова","phones":[{"phone":"+7926%07d","note":null}],"addresses":[]}"""
                .formatted(Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 10_000_000L)));
        assertEquals(201, client.statusCode(), client.body());
        long clientId = SmsApiIT.id(SmsApiIT.object(client));
        List<Long> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HttpResponse<String> booked = servers.get(i % servers.size()).json("POST", "api/orders", """
                    {"clientId":%d,"contactPhone":"+7926%07d","address":"Москва, Тверская, 1",
                     "visitDate":"%s","windowStart":"10:00","windowEnd":"12:00","description":null,
                     "lines":[],"amount":1000,"discount":null,"managerId":null,"comment":null}"""
                    .formatted(clientId, 1_000_000 + i, LocalDate.now(SmsApiIT.MOSCOW).plusDays(3)));
            assertEquals(201, booked.statusCode(), booked.body());
            numbers.add(SmsApiIT.object(booked).getJsonNumber("number").longValue());
        }
        return numbers;
    }

    /** Waits until every order's message has been accepted by the gateway; answers the messages. */
    static List<JsonObject> awaitSent(WebClient admin, List<Long> numbers, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        List<JsonObject> messages;
        do {
            Thread.sleep(1_000);
            messages = new ArrayList<>();
            for (long number : numbers) {
                HttpResponse<String> log = admin.get("api/sms/messages?order=" + number);
                assertEquals(200, log.statusCode(), log.body());
                messages.addAll(SmsApiIT.object(log).getJsonArray("rows").getValuesAs(JsonObject.class));
            }
        } while (!(messages.size() == numbers.size() && messages.stream().allMatch(m -> SETTLED.contains(m.getString("status"))))
                && Instant.now().isBefore(deadline));
        Map<String, Long> statuses = messages.stream().collect(Collectors.groupingBy(m -> m.getString("status"),
                Collectors.counting()));
        assertEquals(numbers.size(), messages.size(), "one message per order: " + statuses);
        assertTrue(messages.stream().allMatch(m -> SETTLED.contains(m.getString("status"))), statuses.toString());
        return messages;
    }

    @Test
    void aServerKilledWhileSendingLosesNoMessageAndSendsNoneTwice() throws Exception {
        WebClient admin = admin(first);
        sendNewOrdersThroughSmsc(admin, 0);
        gateway.hold();
        List<Long> numbers = book(40, List.of(admin));
        assertTrue(gateway.awaitHeld(1, Duration.ofSeconds(30)), "the dispatcher is handing messages over");
        int inFlight = gateway.held();
        first.kill();
        gateway.release();

        first.start();
        List<JsonObject> messages = awaitSent(admin(first), numbers, Duration.ofMinutes(2));
        for (JsonObject message : messages) {
            assertEquals(1, gateway.timesReceived(SmsApiIT.id(message)),
                    "message " + SmsApiIT.id(message) + " reached the gateway once");
        }
        assertEquals(Map.of(), gateway.duplicates());
        System.out.printf("SMS after SIGKILL: %d messages, %d were in flight at the kill, each received once%n",
                messages.size(), inFlight);
    }

    @Test
    void twoServersSharingTheDatabaseSendEachMessageOnce() throws Exception {
        String url = System.getenv("CRM_DB_URL");
        assumeTrue(url != null && url.startsWith("jdbc:postgresql:"),
                "two servers share a database only on PostgreSQL (the embedded H2 belongs to one server)");
        second = PayaraDomain.prepare("crm-it-sms2", PORTBASE + 300);
        second.start();
        second.deploy(EAR);
        WebClient one = admin(first);
        WebClient two = admin(second);
        // A minute's delay: the messages of all the orders fall due together, with both servers polling.
        sendNewOrdersThroughSmsc(one, 1);
        List<Long> numbers = book(300, List.of(one, two));
        List<JsonObject> messages = awaitSent(one, numbers, Duration.ofMinutes(3));
        for (JsonObject message : messages) {
            assertEquals(1, gateway.timesReceived(SmsApiIT.id(message)));
        }
        assertEquals(Map.of(), gateway.duplicates());
        String ids = messages.stream().map(m -> String.valueOf(SmsApiIT.id(m))).collect(Collectors.joining(","));
        try (Connection db = DriverManager.getConnection(url, System.getenv().getOrDefault("CRM_DB_USER", "postgres"),
                System.getenv().getOrDefault("CRM_DB_PASSWORD", ""));
                ResultSet senders = db.createStatement().executeQuery(
                        "select claimed_by, count(*) from sms_message where id in (" + ids + ") group by claimed_by")) {
            List<String> shares = new ArrayList<>();
            while (senders.next()) {
                shares.add(senders.getLong(2) + "");
            }
            assertEquals(2, shares.size(), "both servers sent: " + shares);
            System.out.printf("SMS with two servers: %d messages, shares %s, each received once%n", messages.size(), shares);
        }
    }
}
