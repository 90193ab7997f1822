package ru.fieldcrm.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.fieldcrm.calls.CallFixtures.digits;
import static ru.fieldcrm.calls.CallFixtures.object;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
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
 * Zadarma against the deployed EAR: a fake Zadarma on loopback checks the address with
 * {@code zd_echo} and posts its events signed with the account's secret, as its documentation
 * describes; an incoming call rung at an operator's extension, answered and ended, and an outgoing
 * call that found the line busy, land in the log linked to the operator and the client. A forged
 * or unsigned event is refused with 401 and stores nothing; a replayed one changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ZadarmaWebhookIT {

    static final String PASSWORD = "Secret-pass1";
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crm();
    }

    @ArquillianResource
    URL deployed;

    URI base;
    WebClient admin;
    FakeZadarma zadarma;
    URI webhook;
    long operatorId;
    String operatorLogin;
    String extension;
    String clientPhone;
    long clientId;

    @BeforeEach
    void zadarmaOperatorAndClient() {
        base = Deployments.base(deployed);
        admin = new WebClient(base);
        assertEquals(302, admin.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword()).statusCode());
        String secret = UUID.randomUUID().toString();
        zadarma = new FakeZadarma("zd-key", secret);
        long version = object(admin.get("api/pbx/settings")).getJsonNumber("version").longValue();
        HttpResponse<String> saved = admin.json("PUT", "api/pbx/settings?version=" + version, """
                {"pbx":"ZADARMA","apiKey":"zd-key","secret":"%s","apiUrl":"%s"}""".formatted(secret, zadarma.url()));
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(object(saved).getBoolean("secretSet"));
        assertTrue(!saved.body().contains(secret), "the secret is never given back");
        webhook = base.resolve(object(saved).getString("webhookPath"));

        String login = "zd" + UUID.randomUUID().toString().substring(0, 8);
        operatorLogin = login;
        extension = digits(6);
        operatorId = CallFixtures.operator(admin, login, "Зоя Операторова", extension);
        clientPhone = "+7916" + digits(7);
        clientId = CallFixtures.client(admin, "Семён Абонентов", clientPhone);
    }

    @AfterEach
    void stopZadarma() {
        zadarma.close();
    }

    List<JsonObject> calls() {
        HttpResponse<String> found = admin.get("api/calls?client=" + clientId);
        assertEquals(200, found.statusCode(), found.body());
        return object(found).getJsonArray("rows").getValuesAs(JsonObject.class);
    }

    JsonObject awaitCall(String direction, Predicate<JsonObject> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (true) {
            List<JsonObject> calls = calls().stream().filter(c -> direction.equals(c.getString("direction"))).toList();
            if (calls.size() == 1 && condition.test(calls.get(0))) {
                return calls.get(0);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no such " + direction + " call: " + calls);
            }
            Thread.sleep(100);
        }
    }

    static boolean has(JsonObject call, String field) {
        return call.containsKey(field) && !call.isNull(field);
    }

    @Test
    void theAddressAnswersZadarmasEcho() {
        HttpResponse<String> echo = zadarma.echo(webhook, "d41d8cd98f00");
        assertEquals(200, echo.statusCode());
        assertEquals("d41d8cd98f00", echo.body());
    }

    @Test
    void anIncomingCallRungAnsweredAndEndedIsLinkedToTheOperatorAndTheClient() throws InterruptedException {
        String callId = "in_" + UUID.randomUUID();
        String start = LocalDateTime.now(ZoneId.of("Europe/Moscow")).format(LOCAL);
        String caller = clientPhone.substring(1);
        Map<String, String> notifyStart = FakeZadarma.fields("event", "NOTIFY_START", "call_start", start,
                "pbx_call_id", callId, "caller_id", caller, "called_did", "74950001122");
        assertEquals(200, zadarma.post(webhook, notifyStart, "caller_id", "called_did", "call_start").statusCode());
        HttpResponse<String> rung = zadarma.post(webhook, FakeZadarma.fields("event", "NOTIFY_INTERNAL", "call_start",
                start, "pbx_call_id", callId, "caller_id", caller, "called_did", "74950001122", "internal", extension),
                "caller_id", "called_did", "call_start");
        assertEquals(200, rung.statusCode(), rung.body());
        JsonObject call = awaitCall("INCOMING", c -> has(c, "userId") && has(c, "clientId"));
        assertEquals(operatorId, call.getJsonNumber("userId").longValue());
        assertEquals("Семён Абонентов", call.getString("clientName"));
        assertEquals("ZADARMA", call.getString("pbx"));

        assertEquals(200, zadarma.post(webhook, FakeZadarma.fields("event", "NOTIFY_ANSWER", "caller_id", caller,
                "destination", "74950001122", "call_start", start, "pbx_call_id", callId, "internal", extension),
                "caller_id", "destination", "call_start").statusCode());
        Map<String, String> end = FakeZadarma.fields("event", "NOTIFY_END", "call_start", start, "pbx_call_id", callId,
                "caller_id", caller, "called_did", "74950001122", "internal", extension, "duration", "93",
                "disposition", "answered", "status_code", "16", "is_recorded", "1", "call_id_with_rec", "rec_1");
        assertEquals(200, zadarma.post(webhook, end, "caller_id", "called_did", "call_start").statusCode());
        call = awaitCall("INCOMING", c -> has(c, "result"));
        assertEquals("ANSWERED", call.getString("result"));
        assertEquals(93, call.getInt("durationSeconds"));
        assertTrue(has(call, "answeredAt"), call.toString());

        end.put("duration", "1");
        end.put("disposition", "busy");
        assertEquals(200, zadarma.post(webhook, end, "caller_id", "called_did", "call_start").statusCode());
        call = calls().get(0);
        assertEquals("ANSWERED", call.getString("result"), "a replay changes nothing");
        assertEquals(93, call.getInt("durationSeconds"));
        assertEquals(200, zadarma.post(webhook, FakeZadarma.fields("event", "NOTIFY_RECORD", "call_id_with_rec",
                "rec_1", "pbx_call_id", callId), "pbx_call_id", "call_id_with_rec").statusCode());
    }

    @Test
    void aRecordingPlaysByAFreshLinkForThoseWhoMayHearIt() throws InterruptedException {
        String callId = "in_" + UUID.randomUUID();
        String start = LocalDateTime.now(ZoneId.of("Europe/Moscow")).format(LOCAL);
        String caller = clientPhone.substring(1);
        assertEquals(200, zadarma.notify(webhook, FakeZadarma.fields("event", "NOTIFY_INTERNAL", "call_start", start,
                "pbx_call_id", callId, "caller_id", caller, "called_did", "74950001122",
                "internal", extension)).statusCode());
        assertEquals(200, zadarma.notify(webhook, FakeZadarma.fields("event", "NOTIFY_END", "call_start", start,
                "pbx_call_id", callId, "caller_id", caller, "called_did", "74950001122", "internal", extension,
                "duration", "61", "disposition", "answered", "is_recorded", "1", "call_id_with_rec",
                "1458832388.2215330")).statusCode());
        JsonObject call = awaitCall("INCOMING", c -> has(c, "userId") && c.getBoolean("recording"));
        String recording = "api/calls/" + call.getJsonNumber("id").longValue() + "/recording";

        HttpResponse<String> played = admin.get(recording);
        assertEquals(303, played.statusCode(), played.body() + " " + zadarma.refused());
        assertEquals(zadarma.url() + "/records/1458832388.2215330.mp3",
                played.headers().firstValue("Location").orElse(null));
        assertEquals(List.of(Map.of("call_id", "1458832388.2215330", "lifetime", "1800", "format", "json")),
                zadarma.recordRequests());

        // The operator who took the call may hear it; a manager, whose call it was not, may not.
        WebClient operator = new WebClient(base);
        assertEquals(302, operator.signIn(operatorLogin, PASSWORD).statusCode());
        assertEquals(303, operator.get(recording).statusCode());
        String login = "mgr" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, admin.json("POST", "api/users", """
                {"login":"%s","fullName":"Чужой Менеджер","role":"MANAGER","phone":null,"password":"%s"}"""
                .formatted(login, PASSWORD)).statusCode());
        WebClient manager = new WebClient(base);
        assertEquals(302, manager.signIn(login, PASSWORD).statusCode());
        HttpResponse<String> refused = manager.get(recording);
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("может прослушать только его участник"), refused.body());
        assertEquals(2, zadarma.recordRequests().size(), "a refused reader asks the PBX for nothing");
        String audit = admin.get("audit/list.xhtml").body();
        assertTrue(audit.contains("Прослушана запись разговора") && audit.contains("call=" + call.getJsonNumber("id")),
                "each opening is audited by the call's id");

        // Zadarma's error gives no link: 502 with the reason, nothing else.
        String gone = "in_" + UUID.randomUUID();
        assertEquals(200, zadarma.notify(webhook, FakeZadarma.fields("event", "NOTIFY_END", "call_start", start,
                "pbx_call_id", gone, "caller_id", caller, "called_did", "74950001122", "internal", extension,
                "duration", "5", "disposition", "answered", "is_recorded", "1", "call_id_with_rec",
                "gone.1")).statusCode());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        List<JsonObject> both = calls();
        while (both.size() < 2 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            both = calls();
        }
        long goneId = both.stream().mapToLong(c -> c.getJsonNumber("id").longValue())
                .filter(id -> id != call.getJsonNumber("id").longValue()).findFirst().orElseThrow();
        HttpResponse<String> unavailable = admin.get("api/calls/" + goneId + "/recording");
        assertEquals(502, unavailable.statusCode());
        assertTrue(unavailable.body().contains("АТС не дала ссылку на запись"), unavailable.body());
    }

    @Test
    void anAnswerOvertakingItsStartIsKeptAndACardMadeDuringTheCallIsLinkedByItsEnd() throws InterruptedException {
        String callId = "in_" + UUID.randomUUID();
        String start = LocalDateTime.now(ZoneId.of("Europe/Moscow")).format(LOCAL);
        String stranger = "7917" + digits(7);
        assertEquals(200, zadarma.notify(webhook, FakeZadarma.fields("event", "NOTIFY_ANSWER", "caller_id", stranger,
                "destination", "74950001122", "call_start", start, "pbx_call_id", callId,
                "internal", extension)).statusCode());
        assertEquals(200, zadarma.notify(webhook, FakeZadarma.fields("event", "NOTIFY_START", "call_start", start,
                "pbx_call_id", callId, "caller_id", stranger, "called_did", "74950001122")).statusCode());
        // The operator makes the caller's card while they talk; the call's end links it.
        long newClient = CallFixtures.client(admin, "Новый Абонент", "+" + stranger);
        assertEquals(200, zadarma.notify(webhook, FakeZadarma.fields("event", "NOTIFY_END", "call_start", start,
                "pbx_call_id", callId, "caller_id", stranger, "called_did", "74950001122", "internal", extension,
                "duration", "30", "disposition", "answered", "is_recorded", "0")).statusCode());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        List<JsonObject> found = List.of();
        while (Instant.now().isBefore(deadline)) {
            found = object(admin.get("api/calls?client=" + newClient)).getJsonArray("rows")
                    .getValuesAs(JsonObject.class);
            if (found.size() == 1 && has(found.get(0), "result") && has(found.get(0), "userId")) {
                break;
            }
            Thread.sleep(100);
        }
        assertEquals(1, found.size(), found.toString());
        JsonObject call = found.get(0);
        assertEquals("ANSWERED", call.getString("result"), "the answer that came first is not lost");
        assertTrue(has(call, "answeredAt"), call.toString());
        assertEquals(operatorId, call.getJsonNumber("userId").longValue());
        assertEquals("Новый Абонент", call.getString("clientName"));
    }

    @Test
    void anOutgoingCallToABusyLine() throws InterruptedException {
        String callId = "out_" + UUID.randomUUID();
        String start = LocalDateTime.now(ZoneId.of("Europe/Moscow")).format(LOCAL);
        String to = clientPhone.substring(1);
        assertEquals(200, zadarma.post(webhook, FakeZadarma.fields("event", "NOTIFY_OUT_START", "call_start", start,
                "pbx_call_id", callId, "internal", extension, "destination", to),
                "internal", "destination", "call_start").statusCode());
        assertEquals(200, zadarma.post(webhook, FakeZadarma.fields("event", "NOTIFY_OUT_END", "call_start", start,
                "pbx_call_id", callId, "caller_id", "74950001122", "internal", extension, "destination", to,
                "duration", "0", "disposition", "busy", "status_code", "17", "is_recorded", "0"),
                "internal", "destination", "call_start").statusCode());
        JsonObject call = awaitCall("OUTGOING", c -> has(c, "result") && has(c, "userId"));
        assertEquals("BUSY", call.getString("result"));
        assertEquals(operatorId, call.getJsonNumber("userId").longValue());
    }

    @Test
    void aForgedOrUnsignedEventIsRefusedAndStoresNothing() {
        String start = LocalDateTime.now(ZoneId.of("Europe/Moscow")).format(LOCAL);
        Map<String, String> notifyStart = FakeZadarma.fields("event", "NOTIFY_START", "call_start", start,
                "pbx_call_id", "in_" + UUID.randomUUID(), "caller_id", clientPhone.substring(1), "called_did",
                "74950001122");
        try (FakeZadarma impostor = new FakeZadarma("zd-key", "not-the-secret")) {
            HttpResponse<String> forged = impostor.post(webhook, notifyStart, "caller_id", "called_did", "call_start");
            assertEquals(401, forged.statusCode());
            assertEquals("Signature does not match", forged.body());
        }
        HttpResponse<String> unsigned = zadarma.postSignedWith(webhook, notifyStart, null);
        assertEquals(401, unsigned.statusCode());
        assertEquals("Signature header is missing", unsigned.body());
        HttpResponse<String> wrongAddress = zadarma.post(URI.create(webhook + "0"), notifyStart, "caller_id",
                "called_did", "call_start");
        assertEquals(403, wrongAddress.statusCode());
        assertTrue(calls().isEmpty());
    }

    @Test
    void clickToCallAsksZadarmaToRingTheUsersExtensionThenTheClient() {
        WebClient operator = new WebClient(base);
        assertEquals(302, operator.signIn(operatorLogin, PASSWORD).statusCode());
        HttpResponse<String> call = operator.json("POST", "api/calls/callback",
                "{\"number\":\"8 (916) 123-45-67\"}");
        assertEquals(202, call.statusCode(), call.body() + " " + zadarma.refused());
        assertEquals(List.of(new FakeZadarma.Callback(extension, "79161234567")), zadarma.callbacks());

        String login = "noext" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, admin.json("POST", "api/users", """
                {"login":"%s","fullName":"Без Номера","role":"MANAGER","phone":null,"password":"%s"}"""
                .formatted(login, PASSWORD)).statusCode());
        WebClient manager = new WebClient(base);
        assertEquals(302, manager.signIn(login, PASSWORD).statusCode());
        HttpResponse<String> refused = manager.json("POST", "api/calls/callback", "{\"number\":\"+79161234567\"}");
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("не указан внутренний номер"), refused.body());
        assertEquals(1, zadarma.callbacks().size());
    }
}
