package ru.fieldcrm.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.fieldcrm.shared.Deployments;
import ru.fieldcrm.shared.WebClient;

/**
 * SMS over HTTP against the deployed EAR, with the journal gateway (nothing leaves the machine):
 * the settings are saved whole or not at all and never show the secret, a status change writes
 * its message in its own transaction and the dispatcher settles it, a later status drops what is
 * still waiting, the reminder follows the visit, a number that cannot take an SMS is recorded as
 * failed, and only the administrator changes the settings.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SmsApiIT {

    static final String PASSWORD = "Secret-pass1";
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crm();
    }

    @ArquillianResource
    URL deployed;

    URI base;
    WebClient admin;
    WebClient operator;
    WebClient manager;
    long managerId;
    String managerName;
    long clientId;

    static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    static JsonArray array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    static long version(JsonObject json) {
        return json.getJsonNumber("version").longValue();
    }

    static Map<String, String> fieldErrors(HttpResponse<String> problem) {
        return object(problem).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message"), (a, b) -> a + " | " + b));
    }

    /** A template as the settings' JSON has it. */
    static String template(String trigger, boolean enabled, String text, int delay, boolean drop) {
        return """
                {"trigger":"%s","enabled":%s,"text":%s,"delayMinutes":%d,"dropOnChange":%s}"""
                .formatted(trigger, enabled, text == null ? "null" : "\"" + text + "\"", delay, drop);
    }

    static String settings(String gateway, String login, String secret, String sender, String apiUrl,
            List<String> templates) {
        return """
                {"gateway":"%s","login":%s,"secret":%s,"sender":%s,"apiUrl":%s,"quietHours":false,
                 "quietFrom":"21:00","quietTo":"09:00","reminderHour":12,"templates":[%s]}"""
                .formatted(gateway, quoted(login), quoted(secret), quoted(sender), quoted(apiUrl),
                        String.join(",", templates));
    }

    static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }

    /** Every template off, the journal gateway: what the other tests of the suite expect. */
    static String quiet() {
        return settings("JOURNAL", null, null, null, null, java.util.Arrays.stream(new String[] {"ORDER_NEW",
                "ORDER_ASSIGNED", "ORDER_LEFT_OFFICE", "ORDER_IN_PROGRESS", "ORDER_DONE", "ORDER_CLOSED",
                "ORDER_CANCELLED", "ORDER_REMINDER", "ASSESSMENT_PLANNED", "ASSESSMENT_DONE", "ASSESSMENT_CANCELLED",
                "ASSESSMENT_REMINDER"}).map(t -> template(t, false, null, 0, true)).toList());
    }

    JsonObject save(String body) {
        long version = version(object(admin.get("api/sms/settings")));
        HttpResponse<String> saved = admin.json("PUT", "api/sms/settings?version=" + version, body);
        assertEquals(200, saved.statusCode(), saved.body());
        return object(saved);
    }

    WebClient user(String role, String phone) {
        String login = role.toLowerCase() + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = admin.json("POST", "api/users", """
                {"login":"%s","fullName":"%s %s","role":"%s","phone":%s,"password":"%s"}"""
                .formatted(login, role, login, role, quoted(phone), PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
        if (role.equals("MANAGER")) {
            managerId = id(object(created));
            managerName = object(created).getString("fullName");
        }
        WebClient client = new WebClient(base);
        assertEquals(302, client.signIn(login, PASSWORD).statusCode());
        return client;
    }

    @BeforeEach
    void staffAndClient() {
        base = Deployments.base(deployed);
        admin = new WebClient(base);
        assertEquals(302, admin.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword()).statusCode());
        operator = user("OPERATOR", null);
        manager = user("MANAGER", "+7 916 700-10-20");
        HttpResponse<String> client = operator.json("POST", "api/clients", """
                {"name":"Анна Смирнова","phones":[{"phone":"+7916%07d","note":null}],"addresses":[]}"""
                .formatted(Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 10_000_000L)));
        assertEquals(201, client.statusCode(), client.body());
        clientId = id(object(client));
    }

    @AfterEach
    void allTemplatesOff() {
        save(quiet());
    }

    String order(String phone, LocalDate visit, Long manager) {
        return """
                {"clientId":%d,"contactPhone":"%s","address":"Москва, ул. Ленина, 10",
                 "visitDate":"%s","windowStart":"10:00","windowEnd":"12:00","description":"Монтаж",
                 "lines":[],"amount":4500,"discount":null,"managerId":%s,"comment":null}"""
                .formatted(clientId, phone, visit, manager == null ? "null" : manager);
    }

    List<JsonObject> messages(long orderId) {
        HttpResponse<String> found = operator.get("api/orders/" + orderId + "/sms");
        assertEquals(200, found.statusCode(), found.body());
        return array(found).getValuesAs(JsonObject.class);
    }

    static JsonObject only(List<JsonObject> messages, String trigger, String status) {
        List<JsonObject> found = messages.stream()
                .filter(m -> trigger.equals(m.getString("trigger")) && status.equals(m.getString("status"))).toList();
        assertEquals(1, found.size(), trigger + " " + status + " in " + messages);
        return found.get(0);
    }

    /** Polls the order's messages until the condition holds (the dispatcher runs every second). */
    List<JsonObject> awaitMessages(long orderId, Predicate<List<JsonObject>> condition) throws InterruptedException {
        return awaitMessages(orderId, Duration.ofSeconds(30), condition);
    }

    List<JsonObject> awaitMessages(long orderId, Duration timeout, Predicate<List<JsonObject>> condition)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        List<JsonObject> messages = messages(orderId);
        while (!condition.test(messages) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            messages = messages(orderId);
        }
        assertTrue(condition.test(messages), "messages: " + messages);
        return messages;
    }

    @Test
    void aStatusChangeWritesItsMessageAndALaterOneDropsWhatStillWaits() throws Exception {
        save(settings("JOURNAL", null, null, null, null, List.of(
                template("ORDER_ASSIGNED", true, "Заказ №{номер}: мастер {менеджер} приедет {дата} {время}.", 60, true),
                template("ORDER_LEFT_OFFICE", true, "{клиент}, мастер выехал. Тел. {телефон_менеджера}", 0, true),
                template("ORDER_CANCELLED", true, "Заказ №{номер} отменён.", 0, false),
                template("ORDER_REMINDER", true, "Напоминаем: {дата} {время}, {адрес}.", 0, true))));
        LocalDate visit = LocalDate.now(MOSCOW).plusDays(2);
        HttpResponse<String> booked = operator.json("POST", "api/orders", order("8 916 555-44-33", visit, managerId));
        assertEquals(201, booked.statusCode(), booked.body());
        JsonObject order = object(booked);
        long orderId = id(order);
        String date = visit.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));

        List<JsonObject> written = messages(orderId);
        JsonObject assigned = only(written, "ORDER_ASSIGNED", "SCHEDULED");
        assertEquals("Заказ №" + order.getJsonNumber("number") + ": мастер " + managerName + " приедет " + date
                + " 10:00–12:00.", assigned.getString("text"));
        assertEquals("+79165554433", assigned.getString("phone"));
        int length = assigned.getString("text").length();
        assertEquals(length <= 70 ? 1 : (length + 66) / 67, assigned.getInt("parts"), "Cyrillic: 70, then 67 per part");
        Duration delay = Duration.between(Instant.parse(assigned.getString("createdAt")),
                Instant.parse(assigned.getString("dueAt")));
        assertEquals(Duration.ofMinutes(60), delay);
        JsonObject reminder = only(written, "ORDER_REMINDER", "SCHEDULED");
        assertEquals(visit.minusDays(1).atTime(12, 0).atZone(MOSCOW).toInstant(), Instant.parse(reminder.getString("dueAt")));

        // The visit moves a day: the reminder follows it.
        HttpResponse<String> moved = operator.json("PUT", "api/orders/" + orderId + "?version=" + version(order),
                order("8 916 555-44-33", visit.plusDays(1), managerId));
        assertEquals(200, moved.statusCode(), moved.body());
        written = messages(orderId);
        assertEquals("DROPPED", written.stream().filter(m -> id(m) == id(reminder)).findFirst().orElseThrow()
                .getString("status"));
        JsonObject movedReminder = only(written, "ORDER_REMINDER", "SCHEDULED");
        assertEquals(visit.atTime(12, 0).atZone(MOSCOW).toInstant(), Instant.parse(movedReminder.getString("dueAt")));

        // The manager leaves the office: the assignment's message still waiting is dropped, the
        // new one goes at once (the journal records it).
        HttpResponse<String> left = manager.json("POST", "api/orders/" + orderId + "/marks/LEFT_OFFICE?version="
                + version(object(moved)), "{}");
        assertEquals(200, left.statusCode(), left.body());
        List<JsonObject> afterLeaving = awaitMessages(orderId,
                m -> m.stream().anyMatch(x -> x.getString("trigger").equals("ORDER_LEFT_OFFICE")
                        && x.getString("status").equals("JOURNALED")));
        only(afterLeaving, "ORDER_ASSIGNED", "DROPPED");
        JsonObject leaving = only(afterLeaving, "ORDER_LEFT_OFFICE", "JOURNALED");
        assertEquals("Анна Смирнова, мастер выехал. Тел. +7 (916) 700-10-20", leaving.getString("text"));
        assertEquals(1, leaving.getInt("attempts"));
        assertEquals(id(movedReminder), id(only(afterLeaving, "ORDER_REMINDER", "SCHEDULED")),
                "a status change that leaves the visit as it is keeps its reminder");

        // Cancelled: its message goes, the reminder is dropped.
        HttpResponse<String> cancelled = operator.json("POST", "api/orders/" + orderId + "/cancel?version="
                + version(object(left)), "{\"reason\":\"Клиент передумал\"}");
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        List<JsonObject> last = awaitMessages(orderId, m -> m.stream().anyMatch(
                x -> x.getString("trigger").equals("ORDER_CANCELLED") && x.getString("status").equals("JOURNALED")));
        assertEquals(2, last.stream().filter(m -> m.getString("trigger").equals("ORDER_REMINDER")
                && m.getString("status").equals("DROPPED")).count());

        HttpResponse<String> log = operator.get("api/sms/messages?order=" + order.getJsonNumber("number"));
        assertEquals(200, log.statusCode(), log.body());
        assertEquals(last.size(), object(log).getJsonNumber("total").intValue());
        assertEquals(403, manager.get("api/sms/messages").statusCode(), "the log is the office's");
    }

    @Test
    void theGatewayGetsEachMessageOnceAndItsAnswersShowInTheLog() throws Exception {
        try (FakeSmsGateway gateway = FakeSmsGateway.start()) {
            gateway.acceptOnly("company", "smsc-Passw0rd");
            save(settings("SMSC", "company", "smsc-Passw0rd", "Company", gateway.apiUrl(SmsGatewayKind.SMSC), List.of(
                    template("ORDER_NEW", true, "Заказ №{номер} принят.", 0, true))));

            HttpResponse<String> test = admin.json("POST", "api/sms/test",
                    "{\"phone\":\"8 916 111-22-33\",\"text\":\"Проверка связи\"}");
            assertEquals(200, test.statusCode(), test.body());
            assertEquals("SENT", object(test).getString("status"), test.body());
            assertEquals(1, gateway.timesReceived("+79161112233", "Проверка связи"));
            HttpResponse<String> landline = admin.json("POST", "api/sms/test",
                    "{\"phone\":\"+7 495 123-45-67\",\"text\":\"Проверка\"}");
            assertEquals(400, landline.statusCode(), landline.body());
            assertTrue(fieldErrors(landline).containsKey("phone"), landline.body());

            // A transient refusal: tried again after a pause, then delivered.
            gateway.failNextSends(1, FakeSmsGateway.Fault.TRANSIENT);
            HttpResponse<String> booked = operator.json("POST", "api/orders",
                    order("8 916 555-44-33", LocalDate.now(MOSCOW).plusDays(1), null));
            assertEquals(201, booked.statusCode(), booked.body());
            long orderId = id(object(booked));
            JsonObject delivered = only(awaitMessages(orderId, Duration.ofSeconds(90),
                    m -> m.size() == 1 && m.get(0).getString("status").equals("DELIVERED")), "ORDER_NEW", "DELIVERED");
            assertEquals(2, delivered.getInt("attempts"));
            assertEquals(1, gateway.timesReceived(id(delivered)));
            assertTrue(delivered.containsKey("gatewayMessageId") && !delivered.isNull("gatewayMessageId"));

            // A permanent refusal: failed at once with the gateway's code.
            gateway.rejectPhone("+79167770000");
            HttpResponse<String> refused = operator.json("POST", "api/orders",
                    order("+7 916 777-00-00", LocalDate.now(MOSCOW).plusDays(1), null));
            assertEquals(201, refused.statusCode(), refused.body());
            JsonObject failed = only(awaitMessages(id(object(refused)), Duration.ofSeconds(30),
                    m -> m.size() == 1 && m.get(0).getString("status").equals("FAILED")), "ORDER_NEW", "FAILED");
            assertEquals(1, failed.getInt("attempts"));
            assertEquals("8", failed.getString("errorCode"));

            // Sent again by the administrator: a new message; the failed one stays as it was.
            gateway.reset();
            gateway.acceptOnly("company", "smsc-Passw0rd");
            HttpResponse<String> again = admin.json("POST", "api/sms/messages/" + id(failed) + "/resend", "{}");
            assertEquals(200, again.statusCode(), again.body());
            assertEquals(403, operator.json("POST", "api/sms/messages/" + id(failed) + "/resend", "{}").statusCode());
            List<JsonObject> both = awaitMessages(id(object(refused)), Duration.ofSeconds(30),
                    m -> m.stream().anyMatch(x -> x.getString("status").equals("SENT")
                            || x.getString("status").equals("DELIVERED")));
            assertEquals(2, both.size());
            assertEquals(1, gateway.accepted());
        }
    }

    @Test
    void aNumberThatCannotTakeAnSmsIsRecordedAsFailedNotDropped() throws Exception {
        save(settings("JOURNAL", null, null, null, null, List.of(
                template("ORDER_NEW", true, "Заказ №{номер} принят.", 0, true))));
        HttpResponse<String> booked = operator.json("POST", "api/orders",
                order("+7 495 123-45-67", LocalDate.now(MOSCOW).plusDays(1), null));
        assertEquals(201, booked.statusCode(), booked.body());
        Thread.sleep(2_000);
        JsonObject failed = only(messages(id(object(booked))), "ORDER_NEW", "FAILED");
        assertEquals("INVALID_NUMBER", failed.getString("errorCode"));
        assertEquals("+74951234567", failed.getString("phone"));
        assertEquals(0, failed.getInt("attempts"), "never handed to a gateway");
    }

    @Test
    void settingsAreSavedWholeOrNotAtAllAndTheSecretIsNeverShown() {
        JsonObject before = object(admin.get("api/sms/settings"));
        HttpResponse<String> malformed = admin.json("PUT", "api/sms/settings?version=" + version(before),
                settings("SMSC", "company", "pw", "Ф!", "ftp://x", List.of(template("ORDER_NEW", true, "Текст", 5000, true))));
        assertEquals(400, malformed.statusCode(), malformed.body());
        Map<String, String> errors = fieldErrors(malformed);
        assertTrue(errors.keySet().containsAll(List.of("sender", "apiUrl", "templates[0].delayMinutes")), errors.toString());

        HttpResponse<String> invalid = admin.json("PUT", "api/sms/settings?version=" + version(before),
                settings("SMSC", null, null, null, null, List.of(
                        template("ORDER_NEW", true, " ", 0, true),
                        template("ORDER_DONE", false, "Готово, {итого}", 0, true))));
        assertEquals(400, invalid.statusCode(), invalid.body());
        errors = fieldErrors(invalid);
        assertEquals(List.of("login", "secret", "templates[0].text", "templates[1].text"),
                errors.keySet().stream().sorted().toList(), errors.toString());
        assertTrue(errors.get("templates[1].text").contains("{итого}"), errors.toString());
        JsonObject after = object(admin.get("api/sms/settings"));
        assertEquals(before, after, "nothing of a refused form is saved");

        JsonObject saved = save(settings("SMSC", "company", "top-secret-1", "Company", null, List.of()));
        assertTrue(saved.getBoolean("secretSet"));
        HttpResponse<String> read = admin.get("api/sms/settings");
        assertFalse(read.body().contains("top-secret-1"), read.body());
        assertNotEquals(version(before), version(saved));
        HttpResponse<String> stale = admin.json("PUT", "api/sms/settings?version=" + version(before), quiet());
        assertEquals(409, stale.statusCode(), stale.body());

        assertEquals(403, operator.json("PUT", "api/sms/settings?version=" + version(saved), quiet()).statusCode());
        assertEquals(403, manager.get("api/sms/settings").statusCode());
        assertEquals(403, operator.json("POST", "api/sms/test", "{\"phone\":\"+79161234567\",\"text\":\"x\"}").statusCode());
        assertEquals(version(saved), version(object(admin.get("api/sms/settings"))), "a forged save changed nothing");
    }

    @Test
    void thePreviewUsesTheNewestOrdersValuesAndCountsTheParts() {
        HttpResponse<String> booked = operator.json("POST", "api/orders",
                order("8 916 555-44-33", LocalDate.now(MOSCOW).plusDays(1), managerId));
        assertEquals(201, booked.statusCode(), booked.body());
        long number = object(booked).getJsonNumber("number").longValue();
        HttpResponse<String> preview = admin.json("POST", "api/sms/preview",
                "{\"trigger\":\"ORDER_LEFT_OFFICE\",\"text\":\"{клиент}, заказ №{номер}, сумма {сумма} {x}\"}");
        assertEquals(200, preview.statusCode(), preview.body());
        JsonObject shown = object(preview);
        assertEquals("Анна Смирнова, заказ №" + number + ", сумма 4 500 руб. {x}", shown.getString("text"));
        assertEquals(number, shown.getJsonNumber("sourceNumber").longValue());
        assertEquals(List.of("{x}"), shown.getJsonArray("unknownPlaceholders").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        JsonObject length = shown.getJsonObject("length");
        assertTrue(length.getBoolean("unicode"));
        assertEquals(shown.getString("text").length(), length.getInt("characters"));
        assertEquals(1, length.getInt("parts"));
    }
}
