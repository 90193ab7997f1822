package ru.fieldcrm.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
 * Calls in the sales module over HTTP: calls posted through the generic PBX webhook with the deal's
 * client's number (or its contact's) show in the deal's calls and on its page, a call of another
 * number or from before the deal does not; a salesperson's calls in the figures are the calls of the
 * log for the same period and user, counted both ways.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SalesCallsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crm();
    }

    @ArquillianResource
    URL deployed;

    URI base;
    WebClient admin;
    WebClient seller;
    long sellerId;
    String extension;
    String webhook;
    JsonObject pipeline;

    private static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(i == 0 ? 1 : 0, 10));
        }
        return digits.toString();
    }

    @BeforeEach
    void sellerWithExtensionAndPbx() {
        base = Deployments.base(deployed);
        admin = new WebClient(base);
        assertEquals(302, admin.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword()).statusCode());
        long version = object(admin.get("api/pbx/settings")).getJsonNumber("version").longValue();
        HttpResponse<String> saved = admin.json("PUT", "api/pbx/settings?version=" + version,
                "{\"pbx\":\"GENERIC\",\"apiKey\":null,\"secret\":null,\"apiUrl\":null}");
        assertEquals(200, saved.statusCode(), saved.body());
        webhook = object(saved).getString("webhookPath");

        String login = "sales" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = admin.json("POST", "api/users", """
                {"login":"%s","fullName":"Продавец Звонков","role":"SALES","password":"Staff-pass1"}""".formatted(login));
        assertEquals(201, created.statusCode(), created.body());
        sellerId = object(created).getJsonNumber("id").longValue();
        seller = new WebClient(base);
        assertEquals(302, seller.signIn(login, "Staff-pass1").statusCode());
        extension = digits(6);
        JsonObject me = object(seller.get("api/profile"));
        HttpResponse<String> profile = seller.json("PUT", "api/profile", """
                {"version":%d,"fullName":"Продавец Звонков","phone":null,"email":null,"extension":"%s"}"""
                .formatted(me.getJsonNumber("version").longValue(), extension));
        assertEquals(200, profile.statusCode(), profile.body());
        pipeline = array(seller.json("GET", "api/sales/pipelines", null)).stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("name").equals("Продажи")).findFirst().orElseThrow();
    }

    private JsonObject createDeal(String clientPhone, String contactPhone) {
        HttpResponse<String> created = seller.json("POST", "api/sales/deals", """
                {"title":"Кондиционер в офис","newClient":{"name":"Ирина Звонкова","phones":[{"phone":"%s","note":null}],"addresses":[]},
                 "contactName":"Секретарь","contactPhone":"%s","amount":90000,"pipelineId":%d,
                 "source":"Звонок","expectedClose":null,"notes":null}"""
                .formatted(clientPhone, contactPhone, pipeline.getJsonNumber("id").longValue()));
        assertEquals(201, created.statusCode(), created.body());
        return object(created);
    }

    /** A whole call through the webhook: start, answer (when talked), end. */
    private void call(String direction, String number, Instant at, int seconds, String result) {
        String callId = "sales-it-" + UUID.randomUUID();
        Map<String, String> start = new LinkedHashMap<>(Map.of("event", "start", "call_id", callId, "direction", direction,
                "client", number.substring(1), "extension", extension));
        if (at != null) {
            start.put("at", at.toString());
        }
        post(start);
        if ("answered".equals(result)) {
            post(Map.of("event", "answer", "call_id", callId, "extension", extension));
        }
        post(Map.of("event", "end", "call_id", callId, "duration", String.valueOf(seconds), "result", result));
    }

    private void post(Map<String, String> fields) {
        HttpResponse<String> answer = new WebClient(base).postForm(webhook, fields);
        assertEquals(200, answer.statusCode(), answer.body());
    }

    private List<JsonObject> dealCalls(long dealId, int expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (true) {
            List<JsonObject> calls = array(seller.get("api/sales/deals/" + dealId + "/calls")).getValuesAs(JsonObject.class);
            boolean linked = calls.stream().allMatch(c -> c.containsKey("userId") && !c.isNull("userId")
                    && c.containsKey("result") && !c.isNull("result"));
            if (calls.size() >= expected && linked || Instant.now().isAfter(deadline)) {
                return calls;
            }
            Thread.sleep(150);
        }
    }

    @Test
    void theDealShowsTheCallsOfItsClientAndContactOnly() throws InterruptedException {
        String clientPhone = "+7916" + digits(7);
        String contactPhone = "+7925" + digits(7);
        String stranger = "+7903" + digits(7);
        // A call of the client's number before the deal existed is not the deal's.
        call("in", clientPhone, Instant.now().minus(Duration.ofDays(3)), 40, "answered");
        JsonObject deal = createDeal(clientPhone, contactPhone);
        long dealId = deal.getJsonNumber("id").longValue();
        call("in", clientPhone, null, 75, "answered");
        call("out", contactPhone, null, 0, "no_answer");
        call("out", stranger, null, 30, "answered");

        List<JsonObject> calls = dealCalls(dealId, 2);
        assertEquals(2, calls.size(), calls.toString());
        assertEquals(List.of(contactPhone, clientPhone), calls.stream().map(c -> c.getString("clientPhone")).toList(),
                "newest first");
        JsonObject incoming = calls.get(1);
        assertEquals("INCOMING", incoming.getString("direction"));
        assertEquals("ANSWERED", incoming.getString("result"));
        assertEquals(75, incoming.getInt("durationSeconds"));
        assertEquals(sellerId, incoming.getJsonNumber("userId").longValue());
        assertEquals("Продавец Звонков", incoming.getString("userName"));
        assertEquals("OUTGOING", calls.get(0).getString("direction"));
        assertEquals("NO_ANSWER", calls.get(0).getString("result"));

        HttpResponse<String> page = seller.get("sales/deal.xhtml?id=" + dealId);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("crm-timeline-call"), "the timeline shows the calls");
        assertTrue(page.body().contains("Входящий звонок") && page.body().contains("Исходящий звонок"), page.body());
        assertTrue(page.body().contains("1:15"), "talk time of the answered call");
        assertFalse(page.body().contains(stranger.substring(8)), "another number's call is not on the page");

    }

    @Test
    void theCallsCountedForASalespersonAreTheCallsOfTheLog() throws InterruptedException {
        String clientPhone = "+7916" + digits(7);
        JsonObject deal = createDeal(clientPhone, "+7926" + digits(7));
        call("out", clientPhone, null, 61, "answered");
        call("out", clientPhone, null, 0, "busy");
        call("in", clientPhone, null, 0, "no_answer");
        call("in", clientPhone, null, 122, "answered");
        dealCalls(deal.getJsonNumber("id").longValue(), 4);

        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Moscow"));
        LocalDate from = today.minusDays(1);
        LocalDate to = today.plusDays(1);
        HttpResponse<String> logged = admin.get("api/calls?user=" + sellerId + "&from=" + from + "&to=" + to + "&size=500");
        assertEquals(200, logged.statusCode(), logged.body());
        List<JsonObject> log = object(logged).getJsonArray("rows").getValuesAs(JsonObject.class);
        assertEquals(4, log.size(), log.toString());

        HttpResponse<String> shown = admin.get("api/sales/figures?from=" + from + "&to=" + to + "&seller=" + sellerId);
        assertEquals(200, shown.statusCode(), shown.body());
        JsonObject figures = object(shown).getJsonArray("sellers").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getJsonNumber("userId").longValue() == sellerId).findFirst().orElseThrow();
        // From the log to the figures...
        assertEquals(log.stream().filter(c -> c.getString("direction").equals("OUTGOING")).count(), figures.getInt("callsOutgoing"));
        assertEquals(log.stream().filter(c -> c.getString("direction").equals("INCOMING")).count(), figures.getInt("callsIncoming"));
        assertEquals(log.stream().filter(c -> "ANSWERED".equals(c.getString("result", null))).count(), figures.getInt("callsAnswered"));
        assertEquals(log.stream().filter(c -> "ANSWERED".equals(c.getString("result", null)))
                .mapToLong(c -> c.getInt("durationSeconds")).sum(), figures.getJsonNumber("talkSeconds").longValue());
        // ...and from the figures to what was called: 2 out, 2 in, 2 answered, 61 + 122 s.
        assertEquals(2, figures.getInt("callsOutgoing"));
        assertEquals(2, figures.getInt("callsIncoming"));
        assertEquals(2, figures.getInt("callsAnswered"));
        assertEquals(183, figures.getJsonNumber("talkSeconds").longValue());
        // The salesperson sees the same figures of their own.
        JsonObject own = object(seller.get("api/sales/figures?from=" + from + "&to=" + to)).getJsonArray("sellers")
                .getValuesAs(JsonObject.class).get(0);
        assertEquals(figures.getInt("callsOutgoing") + figures.getInt("callsIncoming"),
                own.getInt("callsOutgoing") + own.getInt("callsIncoming"));
    }
}
