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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
 * Deals over REST with the rights enforced by the server: a salesperson works their own deals and
 * sees the others' only when the administrator allows it (read only); an operator reads deals with
 * a client, a manager only those of clients with an order of theirs; a lost deal needs a reason; a
 * new deal's new client whose number is known is refused naming the client; stale versions are
 * refused; the pipelines keep their shape.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SalesApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crm();
    }

    @ArquillianResource
    URL deployed;

    URI base;
    WebClient admin;
    WebClient seller;
    WebClient otherSeller;
    WebClient operator;
    WebClient manager;
    long sellerId;
    long otherSellerId;
    JsonObject pipeline;

    private static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private static Map<String, String> fieldErrors(HttpResponse<String> problem) {
        return object(problem).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message"), (a, b) -> a));
    }

    private long staff(String role, WebClient[] session) {
        String login = role.toLowerCase() + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = admin.json("POST", "api/users", """
                {"login":"%s","fullName":"Сотрудник %s","role":"%s","password":"Staff-pass1"}""".formatted(login, role, role));
        assertEquals(201, created.statusCode(), created.body());
        session[0] = new WebClient(base);
        assertEquals(302, session[0].signIn(login, "Staff-pass1").statusCode());
        return object(created).getJsonNumber("id").longValue();
    }

    @BeforeEach
    void open() {
        base = Deployments.base(deployed);
        admin = new WebClient(base);
        assertEquals(302, admin.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword()).statusCode());
        WebClient[] session = new WebClient[1];
        sellerId = staff("SALES", session);
        seller = session[0];
        otherSellerId = staff("SALES", session);
        otherSeller = session[0];
        staff("OPERATOR", session);
        operator = session[0];
        staff("MANAGER", session);
        manager = session[0];
        pipeline = array(seller.json("GET", "api/sales/pipelines", null)).stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("name").equals("Продажи")).findFirst().orElseThrow();
    }

    @AfterEach
    void othersHidden() {
        saveSeeAll(false);
    }

    private void saveSeeAll(boolean seeAll) {
        JsonObject settings = object(admin.json("GET", "api/sales/settings", null));
        HttpResponse<String> saved = admin.json("PUT", "api/sales/settings", """
                {"salesSeeAllDeals":%s,"version":%d}""".formatted(seeAll, settings.getJsonNumber("version").longValue()));
        assertEquals(200, saved.statusCode(), saved.body());
    }

    private long stage(int index) {
        return pipeline.getJsonArray("stages").getJsonObject(index).getJsonNumber("id").longValue();
    }

    private static String newNumber() {
        return "+7916" + "%07d".formatted(ThreadLocalRandom.current().nextInt(10_000_000));
    }

    private HttpResponse<String> createDeal(WebClient who, String title, String phone) {
        return who.json("POST", "api/sales/deals", """
                {"title":"%s","newClient":{"name":"Ольга Покупателева","phones":[{"phone":"%s","note":null}],"addresses":[]},
                 "contactName":"Ольга","contactPhone":"8 916 000-00-01","amount":250000,"pipelineId":%d,
                 "source":"Сайт","expectedClose":"2026-12-20","notes":null}""".formatted(title, phone, pipeline.getJsonNumber("id").longValue()));
    }

    private static HttpResponse<String> move(WebClient who, JsonObject deal, long stageId, String reason) {
        return who.json("POST", "api/sales/deals/%d/move?version=%d".formatted(deal.getJsonNumber("id").longValue(),
                deal.getJsonNumber("version").longValue()), """
                {"stageId":%d,"lostReasonId":%s,"lostComment":"Нашли дешевле"}""".formatted(stageId, reason));
    }

    @Test
    void aSalespersonWorksTheirDealAndALostDealNeedsAReason() {
        String phone = newNumber();
        HttpResponse<String> created = createDeal(seller, "Остекление балкона", phone);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject deal = object(created);
        assertEquals(stage(0), deal.getJsonNumber("stageId").longValue(), "a new deal starts in the first stage");
        assertEquals(sellerId, deal.getJsonNumber("responsibleId").longValue());
        assertEquals("Ольга Покупателева", deal.getString("clientName"));
        assertEquals("+79160000001", deal.getString("contactPhone"));
        assertTrue(deal.getBoolean("editable"));

        HttpResponse<String> duplicate = createDeal(otherSeller, "Ещё одно окно", phone);
        assertEquals(400, duplicate.statusCode(), duplicate.body());
        assertTrue(fieldErrors(duplicate).get("newClient.phones").contains("Ольга Покупателева"), duplicate.body());

        HttpResponse<String> noReason = move(seller, deal, stage(4), "null");
        assertEquals(400, noReason.statusCode(), noReason.body());
        assertTrue(fieldErrors(noReason).containsKey("lostReasonId"), noReason.body());
        long reason = array(seller.json("GET", "api/sales/lost-reasons", null)).getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> lost = move(seller, deal, stage(4), String.valueOf(reason));
        assertEquals(200, lost.statusCode(), lost.body());
        JsonObject lostDeal = object(lost);
        assertEquals("LOST", lostDeal.getString("outcome"));
        assertFalse(lostDeal.isNull("closedAt"));
        assertEquals("Нашли дешевле", lostDeal.getString("lostComment"));
        // The board's won and lost columns reach back to a day: a deal lost today is in since
        // today, not since tomorrow, and an open deal is in either way.
        long lostId = lostDeal.getJsonNumber("id").longValue();
        long openId = object(createDeal(seller, "Москитные сетки", newNumber())).getJsonNumber("id").longValue();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Moscow"));
        for (int ahead = 0; ahead <= 1; ahead++) {
            List<Long> listed = array(seller.json("GET", "api/sales/deals?closedSince=" + today.plusDays(ahead), null))
                    .stream().map(d -> d.asJsonObject().getJsonNumber("id").longValue()).toList();
            assertEquals(ahead == 0, listed.contains(lostId), "closed since " + today.plusDays(ahead) + ": " + listed);
            assertTrue(listed.contains(openId), "an open deal is always listed");
        }

        HttpResponse<String> stale = move(seller, deal, stage(1), "null");
        assertEquals(409, stale.statusCode(), stale.body());
        HttpResponse<String> reopened = move(seller, lostDeal, stage(1), "null");
        assertEquals(200, reopened.statusCode(), reopened.body());
        assertTrue(!object(reopened).containsKey("closedAt") || object(reopened).isNull("closedAt"));

        List<String> history = array(seller.json("GET", "api/sales/deals/" + deal.getJsonNumber("id") + "/history", null))
                .stream().map(e -> e.asJsonObject().getString("kind")).toList();
        assertEquals(List.of("CREATED", "MOVED", "MOVED"), history);
    }

    @Test
    void theAdministratorEditsTheLostReasonsAndAUsedOneIsOnlyHidden() {
        String name = "Дорого " + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> forbidden = seller.json("POST", "api/sales/lost-reasons", """
                {"name":"%s","active":true}""".formatted(name));
        assertEquals(403, forbidden.statusCode(), forbidden.body());
        HttpResponse<String> blank = admin.json("POST", "api/sales/lost-reasons", """
                {"name":"  ","active":true}""");
        assertEquals(400, blank.statusCode(), blank.body());
        assertTrue(fieldErrors(blank).keySet().stream().anyMatch(f -> f.endsWith("name")), blank.body());
        HttpResponse<String> added = admin.json("POST", "api/sales/lost-reasons", """
                {"name":"%s","active":true}""".formatted(name));
        assertEquals(201, added.statusCode(), added.body());
        JsonObject reason = object(added);
        long reasonId = reason.getJsonNumber("id").longValue();
        HttpResponse<String> twice = admin.json("POST", "api/sales/lost-reasons", """
                {"name":"%s","active":true}""".formatted(name.toUpperCase()));
        assertEquals(400, twice.statusCode(), "the same name in another case: " + twice.body());

        JsonObject deal = object(createDeal(seller, "Кухня под заказ", newNumber()));
        JsonObject lost = object(move(seller, deal, stage(4), String.valueOf(reasonId)));
        assertEquals(reasonId, lost.getJsonNumber("lostReasonId").longValue());

        HttpResponse<String> sellerRenames = seller.json("PUT", "api/sales/lost-reasons/%d?version=%d".formatted(reasonId,
                reason.getJsonNumber("version").longValue()), """
                {"name":"Чужое","active":false}""");
        assertEquals(403, sellerRenames.statusCode(), sellerRenames.body());
        String renamed = name + " (цена)";
        HttpResponse<String> hidden = admin.json("PUT", "api/sales/lost-reasons/%d?version=%d".formatted(reasonId,
                reason.getJsonNumber("version").longValue()), """
                {"name":"%s","active":false}""".formatted(renamed));
        assertEquals(200, hidden.statusCode(), hidden.body());
        assertFalse(object(hidden).getBoolean("active"));
        assertEquals(1, object(hidden).getJsonNumber("used").longValue());
        HttpResponse<String> stale = admin.json("PUT", "api/sales/lost-reasons/%d?version=%d".formatted(reasonId,
                reason.getJsonNumber("version").longValue()), """
                {"name":"%s","active":true}""".formatted(name));
        assertEquals(409, stale.statusCode(), stale.body());

        JsonObject listed = array(seller.json("GET", "api/sales/lost-reasons", null)).stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getJsonNumber("id").longValue() == reasonId).findFirst().orElseThrow();
        assertEquals(renamed, listed.getString("name"), "the hidden reason is kept");
        assertFalse(listed.getBoolean("active"));
        JsonObject shown = object(seller.json("GET", "api/sales/deals/" + deal.getJsonNumber("id"), null));
        assertEquals(renamed, shown.getString("lostReasonName"), "the lost deal keeps its reason under the new name");

        JsonObject other = object(createDeal(seller, "Шкаф-купе", newNumber()));
        HttpResponse<String> refused = move(seller, other, stage(4), String.valueOf(reasonId));
        assertEquals(400, refused.statusCode(), "a hidden reason is not offered: " + refused.body());
        assertTrue(fieldErrors(refused).containsKey("lostReasonId"), refused.body());
    }

    @Test
    void othersSeeWhatTheirRoleAllowsAndChangeNothing() {
        JsonObject deal = object(createDeal(seller, "Двери в офис", newNumber()));
        long id = deal.getJsonNumber("id").longValue();

        assertEquals(404, otherSeller.json("GET", "api/sales/deals/" + id, null).statusCode());
        assertTrue(array(otherSeller.json("GET", "api/sales/deals", null)).stream()
                .noneMatch(d -> d.asJsonObject().getJsonNumber("id").longValue() == id));
        assertEquals(404, move(otherSeller, deal, stage(1), "null").statusCode(), "a deal one may not see is not found");

        saveSeeAll(true);
        JsonObject seen = object(otherSeller.json("GET", "api/sales/deals/" + id, null));
        assertFalse(seen.getBoolean("editable"));
        assertEquals(403, move(otherSeller, deal, stage(1), "null").statusCode());

        JsonObject read = object(operator.json("GET", "api/sales/deals/" + id, null));
        assertEquals("Двери в офис", read.getString("title"));
        assertEquals(403, move(operator, deal, stage(1), "null").statusCode());
        assertEquals(403, createDeal(operator, "Оператор", newNumber()).statusCode());
        assertEquals(404, manager.json("GET", "api/sales/deals/" + id, null).statusCode(),
                "a manager sees deals of clients with an order of theirs only");

        HttpResponse<String> reassigned = seller.json("PUT", "api/sales/deals/%d?version=%d".formatted(id,
                deal.getJsonNumber("version").longValue()), """
                {"title":"Двери в офис","clientId":%d,"amount":250000,"responsibleId":%d,"pipelineId":%d}"""
                .formatted(deal.getJsonNumber("clientId").longValue(), otherSellerId, pipeline.getJsonNumber("id").longValue()));
        assertEquals(403, reassigned.statusCode(), reassigned.body());
        assertEquals(sellerId, object(seller.json("GET", "api/sales/deals/" + id, null)).getJsonNumber("responsibleId").longValue());

        HttpResponse<String> byAdmin = admin.json("PUT", "api/sales/deals/%d?version=%d".formatted(id,
                deal.getJsonNumber("version").longValue()), """
                {"title":"Двери в офис","clientId":%d,"amount":270000,"responsibleId":%d,"pipelineId":%d}"""
                .formatted(deal.getJsonNumber("clientId").longValue(), otherSellerId, pipeline.getJsonNumber("id").longValue()));
        assertEquals(200, byAdmin.statusCode(), byAdmin.body());
        assertEquals(otherSellerId, object(byAdmin).getJsonNumber("responsibleId").longValue());
    }

    @Test
    void theAdministratorKeepsThePipelinesInShape() {
        String name = "Воронка " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> badShape = admin.json("POST", "api/sales/pipelines", """
                {"name":"%s","active":true,"stages":[{"name":"Звонок","colour":"#112233","outcome":"OPEN"},
                 {"name":"Успех","colour":"#00aa00","outcome":"WON"},{"name":"Ещё успех","colour":"#00aa00","outcome":"WON"}]}"""
                .formatted(name));
        assertEquals(400, badShape.statusCode(), badShape.body());
        assertEquals(403, seller.json("POST", "api/sales/pipelines", "{}").statusCode());
        HttpResponse<String> created = admin.json("POST", "api/sales/pipelines", """
                {"name":"%s","active":true,"stages":[{"name":"Звонок","colour":"#112233","outcome":"OPEN"},
                 {"name":"Замер","colour":"#445566","outcome":"OPEN"},
                 {"name":"Успех","colour":"#00aa00","outcome":"WON"},{"name":"Отказ","colour":"#aa0000","outcome":"LOST"}]}"""
                .formatted(name));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject made = object(created);
        JsonArray stages = made.getJsonArray("stages");
        HttpResponse<String> deal = seller.json("POST", "api/sales/deals", """
                {"title":"Кухня","amount":90000,"pipelineId":%d,"stageId":%d}"""
                .formatted(made.getJsonNumber("id").longValue(), stages.getJsonObject(1).getJsonNumber("id").longValue()));
        assertEquals(201, deal.statusCode(), deal.body());

        HttpResponse<String> dropped = admin.json("PUT", "api/sales/pipelines/%d?version=%d".formatted(
                made.getJsonNumber("id").longValue(), made.getJsonNumber("version").longValue()), """
                {"name":"%s","active":true,"stages":[{"id":%d,"name":"Звонок","colour":"#112233","outcome":"OPEN"},
                 {"id":%d,"name":"Успех","colour":"#00aa00","outcome":"WON"},{"id":%d,"name":"Отказ","colour":"#aa0000","outcome":"LOST"}]}"""
                .formatted(name, stages.getJsonObject(0).getJsonNumber("id").longValue(),
                        stages.getJsonObject(2).getJsonNumber("id").longValue(), stages.getJsonObject(3).getJsonNumber("id").longValue()));
        assertEquals(400, dropped.statusCode(), dropped.body());
        assertTrue(object(dropped).toString().contains("Замер"), dropped.body());
    }

    @Test
    void theFunnelFollowsTheStagesIntoANewOrder() {
        String name = "Воронка " + UUID.randomUUID().toString().substring(0, 8);
        JsonObject made = object(admin.json("POST", "api/sales/pipelines", """
                {"name":"%s","active":true,"stages":[{"name":"Звонок","colour":"#112233","outcome":"OPEN"},
                 {"name":"Замер","colour":"#445566","outcome":"OPEN"},
                 {"name":"Успех","colour":"#00aa00","outcome":"WON"},{"name":"Отказ","colour":"#aa0000","outcome":"LOST"}]}"""
                .formatted(name)));
        long pipelineId = made.getJsonNumber("id").longValue();
        JsonArray stages = made.getJsonArray("stages");
        long call = stages.getJsonObject(0).getJsonNumber("id").longValue();
        long measure = stages.getJsonObject(1).getJsonNumber("id").longValue();
        HttpResponse<String> created = seller.json("POST", "api/sales/deals", """
                {"title":"Кухня","amount":90000,"pipelineId":%d,"stageId":%d}""".formatted(pipelineId, call));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject there = object(move(seller, object(created), measure, "null"));
        assertEquals(200, move(seller, there, call, "null").statusCode(), "back to the call");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Moscow"));
        String figures = "api/sales/figures?from=%s&to=%s&pipeline=%d".formatted(today, today, pipelineId);
        assertEquals(List.of(1, 1, 0, 0), funnel(object(admin.json("GET", figures, null))), "got as far as the measuring");

        HttpResponse<String> swapped = admin.json("PUT", "api/sales/pipelines/%d?version=%d".formatted(pipelineId,
                made.getJsonNumber("version").longValue()), """
                {"name":"%s","active":true,"stages":[{"id":%d,"name":"Замер","colour":"#445566","outcome":"OPEN"},
                 {"id":%d,"name":"Звонок","colour":"#112233","outcome":"OPEN"},
                 {"id":%d,"name":"Успех","colour":"#00aa00","outcome":"WON"},{"id":%d,"name":"Отказ","colour":"#aa0000","outcome":"LOST"}]}"""
                .formatted(name, measure, call, stages.getJsonObject(2).getJsonNumber("id").longValue(),
                        stages.getJsonObject(3).getJsonNumber("id").longValue()));
        assertEquals(200, swapped.statusCode(), swapped.body());
        assertEquals(List.of(1, 1, 0, 0), funnel(object(admin.json("GET", figures, null))),
                "the call now comes after the measuring, and the deal has been in both");
    }

    private static List<Integer> funnel(JsonObject figures) {
        return figures.getJsonArray("funnel").stream().map(f -> f.asJsonObject().getInt("deals")).toList();
    }

    @Test
    void negotiationsAndTasksAreLoggedAndAnOverdueTaskStandsOut() {
        JsonObject deal = object(createDeal(seller, "Кондиционеры", newNumber()));
        long id = deal.getJsonNumber("id").longValue();
        java.time.LocalDateTime now = java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/Moscow"));

        HttpResponse<String> future = seller.json("POST", "api/sales/deals/" + id + "/activities", """
                {"kind":"NEGOTIATION","text":"Обсудили монтаж","at":"%s","durationMinutes":30}""".formatted(now.plusDays(1).withNano(0)));
        assertEquals(400, future.statusCode(), future.body());
        assertTrue(fieldErrors(future).containsKey("at"), future.body());
        HttpResponse<String> met = seller.json("POST", "api/sales/deals/" + id + "/activities", """
                {"kind":"NEGOTIATION","text":"Обсудили монтаж","at":"%s","durationMinutes":30,"outcome":"Ждут КП"}"""
                .formatted(now.minusHours(2).withNano(0)));
        assertEquals(201, met.statusCode(), met.body());
        HttpResponse<String> noDue = seller.json("POST", "api/sales/deals/" + id + "/activities", """
                {"kind":"TASK","text":"Перезвонить"}""");
        assertEquals(400, noDue.statusCode(), noDue.body());
        HttpResponse<String> task = seller.json("POST", "api/sales/deals/" + id + "/activities", """
                {"kind":"TASK","text":"Перезвонить","at":"%s"}""".formatted(now.minusMinutes(30).withNano(0)));
        assertEquals(201, task.statusCode(), task.body());
        JsonObject taskView = object(task);
        assertTrue(taskView.getBoolean("overdue"));
        assertEquals(404, otherSeller.json("POST", "api/sales/deals/" + id + "/activities", """
                {"kind":"NOTE","text":"Чужая заметка"}""").statusCode(), "another's deal is not found");

        JsonObject onBoard = array(seller.json("GET", "api/sales/deals?open=true", null)).stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertEquals(1, onBoard.getInt("openTasks"));
        assertTrue(onBoard.getBoolean("overdue"));
        assertTrue(array(seller.json("GET", "api/sales/tasks", null)).stream()
                .anyMatch(t -> t.asJsonObject().getJsonNumber("id").longValue() == taskView.getJsonNumber("id").longValue()));

        String done = "api/sales/tasks/%d/done?version=%d".formatted(taskView.getJsonNumber("id").longValue(),
                taskView.getJsonNumber("version").longValue());
        assertEquals(404, otherSeller.json("POST", done, "{}").statusCode(), "another's deal is not found");
        HttpResponse<String> completed = seller.json("POST", done, "{}");
        assertEquals(200, completed.statusCode(), completed.body());
        assertFalse(object(completed).getBoolean("overdue"));
        assertEquals(409, seller.json("POST", done, "{}").statusCode(), "the old version again");
        assertEquals(List.of("NEGOTIATION", "TASK"), array(seller.json("GET", "api/sales/deals/" + id + "/activities", null))
                .stream().map(a -> a.asJsonObject().getString("kind")).toList());
        assertTrue(array(seller.json("GET", "api/sales/tasks", null)).isEmpty());
    }

    @Test
    void theOfficeBooksTheOrderOfAWonDealLinkedBack() {
        JsonObject deal = object(createDeal(seller, "Сплит-система", newNumber()));
        long id = deal.getJsonNumber("id").longValue();
        String order = """
                {"clientId":%d,"contactPhone":"8 916 555-44-33","address":"Москва, ул. Продажная, 3","visitDate":"%s",
                 "windowStart":"10:00","windowEnd":"12:00","description":"Монтаж сплит-системы","lines":[],"amount":250000}"""
                .formatted(deal.getJsonNumber("clientId").longValue(),
                        java.time.LocalDate.now(java.time.ZoneId.of("Europe/Moscow")).plusDays(5));
        String path = "api/sales/deals/%d/order?version=%d";
        HttpResponse<String> notWon = operator.json("POST", path.formatted(id, deal.getJsonNumber("version").longValue()), order);
        assertEquals(400, notWon.statusCode(), notWon.body());

        JsonObject won = object(move(seller, deal, stage(3), "null"));
        assertEquals("WON", won.getString("outcome"));
        long version = won.getJsonNumber("version").longValue();
        assertEquals(403, seller.json("POST", path.formatted(id, version), order).statusCode(), "the office books orders");
        HttpResponse<String> booked = operator.json("POST", path.formatted(id, version), order);
        assertEquals(201, booked.statusCode(), booked.body());
        long number = object(booked).getJsonNumber("number").longValue();

        JsonArray links = array(seller.json("GET", "api/sales/deals/" + id + "/links", null));
        assertEquals(1, links.size());
        assertEquals("ORDER", links.getJsonObject(0).getString("kind"));
        assertEquals(number, links.getJsonObject(0).getJsonNumber("number").longValue());
        assertTrue(array(seller.json("GET", "api/sales/deals/" + id + "/history", null)).stream()
                .anyMatch(e -> e.asJsonObject().getString("kind").equals("LINKED")));
        HttpResponse<String> invalid = operator.json("POST", path.formatted(id, version), "{\"clientId\":null}");
        assertEquals(400, invalid.statusCode(), invalid.body());
        assertEquals(1, array(seller.json("GET", "api/sales/deals/" + id + "/links", null)).size(), "nothing half-made");
    }

    /** The generic PBX adapter takes the seller's calls: one outgoing talk of two minutes, one missed incoming call. */
    private void callsOfTheSeller() {
        long pbxVersion = object(admin.get("api/pbx/settings")).getJsonNumber("version").longValue();
        HttpResponse<String> pbx = admin.json("PUT", "api/pbx/settings?version=" + pbxVersion,
                "{\"pbx\":\"GENERIC\",\"apiKey\":null,\"secret\":null,\"apiUrl\":null}");
        assertEquals(200, pbx.statusCode(), pbx.body());
        String webhook = object(pbx).getString("webhookPath");
        String extension = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        JsonObject me = object(seller.get("api/profile"));
        HttpResponse<String> profile = seller.json("PUT", "api/profile", """
                {"version":%d,"fullName":"%s","phone":null,"email":null,"extension":"%s"}"""
                .formatted(me.getJsonNumber("version").longValue(), me.getString("fullName"), extension));
        assertEquals(200, profile.statusCode(), profile.body());
        String out = "it-" + UUID.randomUUID();
        String in = "it-" + UUID.randomUUID();
        for (Map<String, String> event : List.of(
                Map.of("event", "start", "call_id", out, "direction", "out", "client", newNumber().substring(1), "extension", extension),
                Map.of("event", "answer", "call_id", out, "extension", extension),
                Map.of("event", "end", "call_id", out, "duration", "120", "result", "answered"),
                Map.of("event", "start", "call_id", in, "direction", "in", "client", newNumber().substring(1), "extension", extension),
                Map.of("event", "end", "call_id", in, "duration", "0", "result", "missed"))) {
            HttpResponse<String> posted = new WebClient(base).postForm(webhook, event);
            assertEquals(200, posted.statusCode(), posted.body());
        }
    }

    @Test
    void eachSalespersonsFiguresAndTheFunnelFollowTheDeals() throws InterruptedException {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Moscow"));
        String period = "from=%s&to=%s".formatted(today, today);
        long reason = array(seller.json("GET", "api/sales/lost-reasons", null)).getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject first = object(createDeal(seller, "Первая", newNumber()));
        JsonObject second = object(createDeal(seller, "Вторая", newNumber()));
        createDeal(seller, "Третья", newNumber());
        JsonObject talked = object(move(seller, first, stage(1), "null"));
        assertEquals(200, move(seller, talked, stage(3), "null").statusCode());
        assertEquals(200, move(seller, second, stage(4), String.valueOf(reason)).statusCode());
        assertEquals(201, seller.json("POST", "api/sales/deals/" + first.getJsonNumber("id") + "/activities", """
                {"kind":"NEGOTIATION","text":"Встреча в офисе","at":"%s","durationMinutes":45}"""
                .formatted(java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/Moscow")).minusMinutes(10).withNano(0)))
                .statusCode());
        HttpResponse<String> plan = admin.json("PUT", "api/sales/plans", """
                [{"userId":%d,"month":"%s","amount":1000000}]""".formatted(sellerId, java.time.YearMonth.from(today)));
        assertEquals(200, plan.statusCode(), plan.body());

        callsOfTheSeller();
        String mineUrl = "api/sales/figures?" + period + "&pipeline=" + pipeline.getJsonNumber("id");
        JsonObject mine = object(seller.json("GET", mineUrl, null));
        for (int i = 0; i < 300 && mine.getJsonArray("sellers").getJsonObject(0).getInt("callsIncoming") < 1; i++) {
            Thread.sleep(100);
            mine = object(seller.json("GET", mineUrl, null));
        }
        assertEquals(1, mine.getJsonArray("sellers").getJsonObject(0).getInt("callsIncoming"), admin.get("api/calls").body());
        assertEquals(1, mine.getJsonArray("sellers").size(), "a salesperson sees their own row only");
        JsonObject row = mine.getJsonArray("sellers").getJsonObject(0);
        assertEquals(sellerId, row.getJsonNumber("userId").longValue());
        assertEquals(3, row.getInt("dealsCreated"));
        assertEquals(1, row.getInt("dealsWon"));
        assertEquals(1, row.getInt("dealsLost"));
        assertEquals(0, new java.math.BigDecimal("250000").compareTo(row.getJsonNumber("wonSum").bigDecimalValue()));
        assertEquals(1, row.getInt("negotiations"));
        assertEquals(1, row.getInt("callsOutgoing"), "the calls of the seller's extension in the PBX log");
        assertEquals(1, row.getInt("callsIncoming"));
        assertEquals(1, row.getInt("callsAnswered"));
        assertEquals(120, row.getJsonNumber("talkSeconds").longValue());
        assertEquals(25, row.getInt("planPercent"), "250,000 of a 1,000,000 plan");
        assertEquals(List.of(3, 1, 1, 1, 1), funnel(mine), "three made, the won one passed every stage before its own, one lost");

        assertEquals(403, seller.json("GET", "api/sales/figures?" + period + "&seller=" + otherSellerId, null).statusCode());
        assertEquals(403, operator.json("GET", "api/sales/figures?" + period, null).statusCode());
        JsonObject all = object(admin.json("GET", "api/sales/figures?" + period, null));
        assertTrue(all.getJsonArray("sellers").size() >= 2);
        assertTrue(all.getJsonObject("totals").getInt("dealsCreated") >= 3);
        HttpResponse<byte[]> file = admin.download("api/sales/figures/export?" + period, "ru");
        assertEquals(200, file.statusCode());
        assertTrue(file.body().length > 1000 && file.body()[0] == 'P' && file.body()[1] == 'K', "an .xlsx (zip) file");
    }
}
