package ru.fieldcrm.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.fieldcrm.calls.CallFixtures.digits;
import static ru.fieldcrm.calls.CallFixtures.object;
import static org.junit.jupiter.api.Assertions.assertTrue;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
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
 * Mango Office against the deployed EAR: a fake Mango on loopback posts its events signed with
 * the account's key and salt to the address's {@code events/...}; an incoming call appears,
 * is answered and summed up, linked to the operator and the client. A bad sign is refused with
 * 401 and stores nothing, a replay changes nothing, a malformed json is 400 with the reason, and
 * click-to-call posts a signed {@code commands/callback}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MangoWebhookIT {

    static final String PASSWORD = "Secret-pass1";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crm();
    }

    @ArquillianResource
    URL deployed;

    URI base;
    WebClient admin;
    FakeMango mango;
    URI webhook;
    long operatorId;
    String operatorLogin;
    String extension;
    String clientPhone;
    long clientId;

    @BeforeEach
    void mangoOperatorAndClient() {
        base = Deployments.base(deployed);
        admin = new WebClient(base);
        assertEquals(302, admin.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword()).statusCode());
        String salt = UUID.randomUUID().toString();
        mango = new FakeMango("mango-key", salt);
        long version = object(admin.get("api/pbx/settings")).getJsonNumber("version").longValue();
        HttpResponse<String> saved = admin.json("PUT", "api/pbx/settings?version=" + version, """
                {"pbx":"MANGO","apiKey":"mango-key","secret":"%s","apiUrl":"%s"}""".formatted(salt, mango.url()));
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(!saved.body().contains(salt), "the salt is never given back");
        webhook = base.resolve(object(saved).getString("webhookPath"));

        operatorLogin = "mg" + UUID.randomUUID().toString().substring(0, 8);
        extension = digits(6);
        operatorId = CallFixtures.operator(admin, operatorLogin, "Мария Манго", extension);
        clientPhone = "+7916" + digits(7);
        clientId = CallFixtures.client(admin, "Гавриил Звонков", clientPhone);
    }

    @AfterEach
    void stopMango() {
        mango.close();
    }

    List<JsonObject> calls() {
        HttpResponse<String> found = admin.get("api/calls?client=" + clientId);
        assertEquals(200, found.statusCode(), found.body());
        return object(found).getJsonArray("rows").getValuesAs(JsonObject.class);
    }

    JsonObject awaitCall(Predicate<JsonObject> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (true) {
            List<JsonObject> calls = calls();
            if (calls.size() == 1 && condition.test(calls.get(0))) {
                return calls.get(0);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no such call: " + calls);
            }
            Thread.sleep(100);
        }
    }

    static boolean has(JsonObject call, String field) {
        return call.containsKey(field) && !call.isNull(field);
    }

    String leg(String entry, int seq, String state, long at) {
        return """
                {"entry_id":"%s","call_id":"%s-1","timestamp":%d,"seq":%d,"call_state":"%s","location":"abonent",
                 "from":{"number":"%s"},"to":{"extension":"%s","line_number":"74950001122"}}"""
                .formatted(entry, entry, at, seq, state, clientPhone.substring(1), extension);
    }

    @Test
    void anIncomingCallAppearsIsAnsweredAndSummedUp() throws InterruptedException {
        String entry = "E" + UUID.randomUUID();
        long now = Instant.now().getEpochSecond();
        assertEquals(200, mango.post(webhook, "call", leg(entry, 1, "Appeared", now)).statusCode());
        JsonObject call = awaitCall(c -> has(c, "userId") && has(c, "clientId"));
        assertEquals(operatorId, call.getJsonNumber("userId").longValue());
        assertEquals("MANGO", call.getString("pbx"));
        assertEquals("INCOMING", call.getString("direction"));

        assertEquals(200, mango.post(webhook, "call", leg(entry, 2, "Connected", now + 5)).statusCode());
        assertEquals(200, mango.post(webhook, "call", leg(entry, 3, "Disconnected", now + 70)).statusCode());
        String summary = """
                {"entry_id":"%s","call_direction":1,"from":{"number":"%s"},"to":{"extension":"%s"},
                 "line_number":"74950001122","create_time":%d,"forward_time":%d,"talk_time":%d,"end_time":%d,
                 "entry_result":1,"disconnect_reason":1110}""".formatted(entry, clientPhone.substring(1), extension,
                now, now + 1, now + 5, now + 70);
        assertEquals(200, mango.post(webhook, "summary", summary).statusCode());
        call = awaitCall(c -> has(c, "result"));
        assertEquals("ANSWERED", call.getString("result"));
        assertEquals(65, call.getInt("durationSeconds"));
        assertTrue(has(call, "answeredAt"), call.toString());

        // A replay of the summary, even with other figures under the same entry, changes nothing.
        assertEquals(200, mango.post(webhook, "summary", summary).statusCode());
        assertEquals(65, calls().get(0).getInt("durationSeconds"));
        assertEquals(200, mango.post(webhook, "recording", """
                {"entry_id":"%s","recording_id":"R1","recording_state":"Completed"}""".formatted(entry)).statusCode());
        assertEquals(1, calls().size());

        // The recording plays where Mango redirects a signed query for it, asked when it is opened.
        JsonObject recorded = awaitCall(c -> c.getBoolean("recording", false));
        HttpResponse<String> play = admin.get("api/calls/" + recorded.getJsonNumber("id").longValue() + "/recording");
        assertEquals(303, play.statusCode(), play.body() + " " + mango.refused());
        assertEquals(URI.create(mango.url()).resolve("/records/R1.mp3").toString(),
                play.headers().firstValue("Location").orElse(null));
        assertEquals(List.of("{\"recording_id\":\"R1\",\"action\":\"play\"}"), mango.recordingQueries());
    }

    @Test
    void aBadSignIsRefusedAndStoresNothingAMalformedJsonIs400() {
        String json = leg("E" + UUID.randomUUID(), 1, "Appeared", Instant.now().getEpochSecond());
        try (FakeMango impostor = new FakeMango("mango-key", "not-the-salt")) {
            HttpResponse<String> forged = impostor.post(webhook, "call", json);
            assertEquals(401, forged.statusCode());
            assertEquals("sign does not match", forged.body());
        }
        HttpResponse<String> unsigned = mango.postSignedWith(webhook, "call", json, null);
        assertEquals(401, unsigned.statusCode());
        HttpResponse<String> malformed = mango.post(webhook, "call", "{\"entry_id\":");
        assertEquals(400, malformed.statusCode());
        assertEquals("json is not a JSON object", malformed.body());
        HttpResponse<String> incomplete = mango.post(webhook, "call", "{\"call_state\":\"Appeared\"}");
        assertEquals(400, incomplete.statusCode());
        assertEquals("entry_id is missing", incomplete.body());
        assertTrue(calls().isEmpty());
    }

    @Test
    void clickToCallPostsASignedCallbackCommand() {
        WebClient operator = new WebClient(base);
        assertEquals(302, operator.signIn(operatorLogin, PASSWORD).statusCode());
        HttpResponse<String> call = operator.json("POST", "api/calls/callback", "{\"number\":\"8 (916) 123-45-67\"}");
        assertEquals(202, call.statusCode(), call.body() + " " + mango.refused());
        assertEquals(1, mango.commands().size());
        JsonObject command = Json.createReader(new StringReader(mango.commands().get(0))).readObject();
        assertEquals(extension, command.getJsonObject("from").getString("extension"));
        assertEquals("79161234567", command.getString("to_number"));
        assertTrue(command.containsKey("command_id"));
    }
}
