package ru.fieldcrm.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.fieldcrm.shared.Deployments;
import ru.fieldcrm.shared.WebClient;

/**
 * The generic PBX adapter over HTTP against the deployed EAR: events posted without a session to
 * the settings' address make one call per PBX call id, linked after the answer to the user of the
 * extension, the client of the number and their open order; a replay changes nothing, a wrong
 * token is 403 and a malformed event 400 with its reason, and neither stores anything. Users set
 * their extension (one user per extension).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CallWebhookIT {

    static final String PASSWORD = "Secret-pass1";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crm();
    }

    @ArquillianResource
    URL deployed;

    URI base;
    WebClient admin;
    WebClient operator;
    long operatorId;
    String extension;
    String clientPhone;
    long clientId;
    String webhook;

    static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    static String randomDigits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(i == 0 ? 1 : 0, 10));
        }
        return digits.toString();
    }

    @BeforeEach
    void pbxStaffAndClient() {
        base = Deployments.base(deployed);
        admin = new WebClient(base);
        assertEquals(302, admin.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword()).statusCode());
        long version = object(admin.get("api/pbx/settings")).getJsonNumber("version").longValue();
        HttpResponse<String> saved = admin.json("PUT", "api/pbx/settings?version=" + version,
                "{\"pbx\":\"GENERIC\",\"apiKey\":null,\"secret\":null,\"apiUrl\":null}");
        assertEquals(200, saved.statusCode(), saved.body());
        webhook = object(saved).getString("webhookPath");
        assertTrue(webhook.startsWith("api/pbx/events/"), webhook);

        String login = "operator" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = admin.json("POST", "api/users", """
                {"login":"%s","fullName":"Ольга Операторова","role":"OPERATOR","phone":null,"password":"%s"}"""
                .formatted(login, PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
        operatorId = id(object(created));
        operator = new WebClient(base);
        assertEquals(302, operator.signIn(login, PASSWORD).statusCode());
        extension = randomDigits(6);
        JsonObject me = object(operator.get("api/profile"));
        HttpResponse<String> profile = operator.json("PUT", "api/profile", """
                {"version":%d,"fullName":"Ольга Операторова","phone":null,"email":null,"extension":"%s"}"""
                .formatted(me.getJsonNumber("version").longValue(), extension));
        assertEquals(200, profile.statusCode(), profile.body());
        assertEquals(extension, object(profile).getString("extension"));

        clientPhone = "+7916" + randomDigits(7);
        HttpResponse<String> client = operator.json("POST", "api/clients", """
                {"name":"Пётр Звонков","phones":[{"phone":"%s","note":null}],"addresses":[]}"""
                .formatted(clientPhone));
        assertEquals(201, client.statusCode(), client.body());
        clientId = id(object(client));
    }

    HttpResponse<String> post(Map<String, String> fields) {
        return new WebClient(base).postForm(webhook, fields);
    }

    static Map<String, String> event(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    List<JsonObject> callsOfClient() {
        HttpResponse<String> found = admin.get("api/calls?client=" + clientId);
        assertEquals(200, found.statusCode(), found.body());
        return object(found).getJsonArray("rows").getValuesAs(JsonObject.class);
    }

    long total() {
        HttpResponse<String> found = admin.get("api/calls?size=1");
        assertEquals(200, found.statusCode(), found.body());
        return object(found).getJsonNumber("total").longValue();
    }

    JsonObject awaitCall(Predicate<JsonObject> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (true) {
            List<JsonObject> calls = callsOfClient();
            if (calls.size() == 1 && condition.test(calls.get(0))) {
                return calls.get(0);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no such call of the client: " + calls);
            }
            Thread.sleep(100);
        }
    }

    @Test
    void anIncomingCallIsStoredOnceAndLinkedToTheOperatorTheClientAndTheOpenOrder() throws InterruptedException {
        HttpResponse<String> order = operator.json("POST", "api/orders", """
                {"clientId":%d,"contactPhone":"%s","address":"Москва, ул. Ленина, 10",
                 "visitDate":"%s","windowStart":"10:00","windowEnd":"12:00","description":"Монтаж",
                 "lines":[],"amount":4500,"discount":null,"managerId":null,"comment":null}"""
                .formatted(clientId, clientPhone, java.time.LocalDate.now().plusDays(1)));
        assertEquals(201, order.statusCode(), order.body());
        long orderId = id(object(order));
        String callId = "it-" + UUID.randomUUID();
        // The PBX sends the number without the plus, as most do.
        HttpResponse<String> start = post(event("event", "start", "call_id", callId, "direction", "in",
                "client", clientPhone.substring(1), "line", "74950001122", "extension", extension));
        assertEquals(200, start.statusCode(), start.body());
        assertEquals("OK", start.body());

        JsonObject call = awaitCall(c -> c.containsKey("userId") && !c.isNull("userId"));
        assertEquals("INCOMING", call.getString("direction"));
        assertEquals(clientPhone, call.getString("clientPhone"));
        assertEquals("+74950001122", call.getString("ourNumber"));
        assertEquals(operatorId, call.getJsonNumber("userId").longValue());
        assertEquals("Ольга Операторова", call.getString("userName"));
        assertEquals(clientId, call.getJsonNumber("clientId").longValue());
        assertEquals("Пётр Звонков", call.getString("clientName"));
        assertEquals(orderId, call.getJsonNumber("orderId").longValue());
        assertFalse(call.containsKey("result") && !call.isNull("result"), "still going on: " + call);

        assertEquals(200, post(event("event", "answer", "call_id", callId, "extension", extension)).statusCode());
        assertEquals(200, post(event("event", "end", "call_id", callId, "duration", "75", "result", "answered"))
                .statusCode());
        call = awaitCall(c -> c.containsKey("result") && !c.isNull("result"));
        assertEquals("ANSWERED", call.getString("result"));
        assertEquals(75, call.getInt("durationSeconds"));

        long before = total();
        HttpResponse<String> replay = post(event("event", "end", "call_id", callId, "duration", "5", "result",
                "busy"));
        assertEquals(200, replay.statusCode(), "a replay is answered like the first time: " + replay.body());
        assertEquals(75, callsOfClient().get(0).getInt("durationSeconds"), "the replay changed nothing");
        assertEquals(before, total());
    }

    @Test
    void eventsOfOneCallArrivingTogetherAreAllStoredOnce() throws Exception {
        // Each call's start, answer and end, twice each, all at once and in no order: every request
        // is answered 200 and every call ends filled in, linked and counted once.
        List<String> callIds = new java.util.ArrayList<>();
        List<Map<String, String>> events = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String callId = "it-" + UUID.randomUUID();
            callIds.add(callId);
            for (int copy = 0; copy < 2; copy++) {
                events.add(event("event", "start", "call_id", callId, "direction", "in", "client", clientPhone,
                        "extension", extension));
                events.add(event("event", "answer", "call_id", callId, "direction", "in", "extension", extension));
                events.add(event("event", "end", "call_id", callId, "direction", "in", "duration", "40", "result",
                        "answered"));
            }
        }
        java.util.Collections.shuffle(events);
        long before = total();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        try {
            List<java.util.concurrent.Future<HttpResponse<String>>> answers = pool.invokeAll(events.stream()
                    .map(e -> (java.util.concurrent.Callable<HttpResponse<String>>) () -> post(e)).toList());
            for (java.util.concurrent.Future<HttpResponse<String>> answer : answers) {
                assertEquals(200, answer.get().statusCode(), answer.get().body());
            }
        } finally {
            pool.shutdown();
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        List<JsonObject> calls = callsOfClient();
        // Linked one call after another: wait until all four name the client and the operator.
        while ((calls.size() < 4 || calls.stream().anyMatch(c -> !c.containsKey("userId") || c.isNull("userId")))
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            calls = callsOfClient();
        }
        assertEquals(4, calls.size(), calls.toString());
        assertEquals(before + 4, total());
        for (JsonObject call : calls) {
            assertEquals("ANSWERED", call.getString("result"), call.toString());
            assertEquals(40, call.getInt("durationSeconds"), call.toString());
            assertEquals(operatorId, call.getJsonNumber("userId").longValue(), call.toString());
            assertEquals(clientId, call.getJsonNumber("clientId").longValue(), call.toString());
        }
    }

    @Test
    void anIncomingCallNobodyAnswersIsMissed() throws InterruptedException {
        String callId = "it-" + UUID.randomUUID();
        assertEquals(200, post(event("event", "start", "call_id", callId, "direction", "in", "client", clientPhone,
                "extension", extension)).statusCode());
        assertEquals(200, post(event("event", "end", "call_id", callId, "duration", "0", "result", "busy"))
                .statusCode());
        JsonObject call = awaitCall(c -> c.containsKey("result") && !c.isNull("result"));
        assertEquals("MISSED", call.getString("result"));
        HttpResponse<String> missed = admin.get("api/calls?missed=true&client=" + clientId);
        assertEquals(1, object(missed).getJsonNumber("total").longValue(), missed.body());
    }

    @Test
    void aWrongTokenOrAMalformedEventIsRefusedAndStoresNothing() {
        long before = total();
        Map<String, String> start = event("event", "start", "call_id", "it-" + UUID.randomUUID(), "direction", "in",
                "client", clientPhone);
        HttpResponse<String> forged = new WebClient(base).postForm("api/pbx/events/" + "0".repeat(64), start);
        assertEquals(403, forged.statusCode(), forged.body());
        HttpResponse<String> noToken = new WebClient(base).postForm(webhook + "x", start);
        assertEquals(403, noToken.statusCode(), noToken.body());

        HttpResponse<String> malformed = post(event("event", "start", "direction", "in"));
        assertEquals(400, malformed.statusCode());
        assertEquals("call_id is missing", malformed.body());
        HttpResponse<String> badJson = new WebClient(base).json("POST", webhook, "{\"event\":");
        assertEquals(400, badJson.statusCode());
        assertEquals("the body is not a JSON object", badJson.body());
        assertEquals(before, total());
        assertTrue(callsOfClient().isEmpty());
    }

    @Test
    void anExtensionBelongsToOneUserAndTheLogNeedsASession() {
        HttpResponse<String> other = admin.json("POST", "api/users", """
                {"login":"op%s","fullName":"Иван Второй","role":"OPERATOR","phone":null,"password":"%s"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8), PASSWORD));
        assertEquals(201, other.statusCode(), other.body());
        JsonObject created = object(other);
        HttpResponse<String> taken = admin.json("PUT", "api/users/" + id(created), """
                {"version":%d,"login":"%s","fullName":"Иван Второй","role":"OPERATOR","phone":null,"email":null,
                 "extension":"%s","active":true}""".formatted(created.getJsonNumber("version").longValue(),
                created.getString("login"), extension));
        assertEquals(400, taken.statusCode(), taken.body());
        assertTrue(taken.body().contains("\"field\":\"extension\""), taken.body());
        assertTrue(taken.body().contains("Ольга Операторова"), taken.body());
        HttpResponse<String> letters = admin.json("PUT", "api/users/" + id(created), """
                {"version":%d,"login":"%s","fullName":"Иван Второй","role":"OPERATOR","phone":null,"email":null,
                 "extension":"10a","active":true}""".formatted(created.getJsonNumber("version").longValue(),
                created.getString("login")));
        assertEquals(400, letters.statusCode(), letters.body());

        assertEquals(401, new WebClient(base).get("api/calls").statusCode());
        assertEquals(401, new WebClient(base).get("api/pbx/settings").statusCode());
        assertEquals(403, operator.get("api/pbx/settings").statusCode());
        HttpResponse<String> settings = admin.get("api/pbx/settings");
        assertFalse(settings.body().contains("secret\":\""), settings.body());
    }

    @Test
    void clickToCallIsRefusedWhenThePbxCannotTakeIt() {
        HttpResponse<String> refused = operator.json("POST", "api/calls/callback", "{\"number\":\"+79161234567\"}");
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("не подключил АТС"), refused.body());
        HttpResponse<String> invalid = operator.json("POST", "api/calls/callback", "{\"number\":\"12\"}");
        assertEquals(400, invalid.statusCode());
        assertTrue(invalid.body().contains("\"field\":\"number\""), invalid.body());
    }
}
