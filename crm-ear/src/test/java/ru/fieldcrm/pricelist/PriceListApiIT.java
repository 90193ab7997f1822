package ru.fieldcrm.pricelist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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
 * The price list over HTTP against the deployed EAR: the administrator keeps it, everyone else
 * reads the active items and is refused the rest with nothing changed; an order takes a copy of
 * an item that later changes of the list do not touch; an unknown or inactive item is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PriceListApiIT {

    private static final String PASSWORD = "Secret-pass1";

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
    long clientId;
    /** Makes this test's item names unique, so runs and other tests sharing the database do not meet. */
    String tag;

    private static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonArray array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    private static long version(JsonObject json) {
        return json.getJsonNumber("version").longValue();
    }

    private static BigDecimal decimal(JsonObject json, String name) {
        return json.getJsonNumber(name).bigDecimalValue();
    }

    private static Map<String, String> fieldErrors(HttpResponse<String> problem) {
        return object(problem).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message")));
    }

    private static void assertProblem(int status, HttpResponse<String> answer) {
        assertEquals(status, answer.statusCode(), answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    }

    private WebClient user(String role) {
        String login = role.toLowerCase() + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = admin.json("POST", "api/users", """
                {"login":"%s","fullName":"%s %s","role":"%s","password":"%s"}""".formatted(login, role, login, role, PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
        WebClient client = new WebClient(base);
        assertEquals(302, client.signIn(login, PASSWORD).statusCode());
        return client;
    }

    @BeforeEach
    void staffAndClient() {
        base = Deployments.base(deployed);
        tag = UUID.randomUUID().toString().substring(0, 8);
        admin = new WebClient(base);
        assertEquals(302, admin.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword()).statusCode());
        operator = user("OPERATOR");
        manager = user("MANAGER");
        HttpResponse<String> client = operator.json("POST", "api/clients", """
                {"name":"Пётр Иванов","phones":[{"phone":"+7916%07d","note":null}],"addresses":[]}"""
                .formatted(Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 10_000_000L)));
        assertEquals(201, client.statusCode(), client.body());
        clientId = id(object(client));
    }

    private static String item(String name, String unit, String price, String category, boolean active) {
        return """
                {"name":"%s","unit":"%s","price":%s,"category":%s,"active":%s}"""
                .formatted(name, unit, price, category == null ? "null" : "\"" + category + "\"", active);
    }

    private JsonObject created(String name, String unit, String price, boolean active) {
        HttpResponse<String> created = admin.json("POST", "api/price-list", item(name, unit, price, "Монтаж", active));
        assertEquals(201, created.statusCode(), created.body());
        return object(created);
    }

    private List<JsonObject> find(WebClient who, String query) {
        HttpResponse<String> found = who.json("GET", "api/price-list?q=" + URLEncoder.encode(tag, StandardCharsets.UTF_8)
                + query, null);
        assertEquals(200, found.statusCode(), found.body());
        return array(found).getValuesAs(JsonObject.class);
    }

    private String order(String lines) {
        return """
                {"clientId":%d,"contactPhone":"8 916 555-44-33","address":"Москва, ул. Ленина, 10",
                 "visitDate":"%s","windowStart":"10:00","windowEnd":"12:00","description":"Монтаж",
                 "lines":%s,"amount":null,"discount":null,"managerId":null,"comment":null}"""
                .formatted(clientId, LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(1), lines);
    }

    private long ordersOfTheClient() {
        return object(admin.json("GET", "api/orders?client=" + clientId, null)).getJsonNumber("total").longValue();
    }

    @Test
    void theAdministratorKeepsTheListAndEveryoneReadsTheActiveItems() {
        JsonObject item = created("Монтаж кондиционера " + tag, "шт.", "8500.50", true);
        assertEquals("Монтаж кондиционера " + tag, item.getString("name"));
        assertEquals(new BigDecimal("8500.50"), decimal(item, "price"));
        assertTrue(item.getBoolean("active"));
        JsonObject hidden = created("Старый монтаж " + tag, "шт.", "100", false);

        HttpResponse<String> changed = admin.json("PUT", "api/price-list/" + id(item) + "?version=" + version(item),
                item("Монтаж кондиционера " + tag, "шт.", "9000", "Монтаж", true));
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(new BigDecimal("9000.00"), decimal(object(changed), "price"));
        HttpResponse<String> late = admin.json("PUT", "api/price-list/" + id(item) + "?version=" + version(item),
                item("Монтаж кондиционера " + tag, "шт.", "1", "Монтаж", true));
        assertProblem(409, late);
        assertTrue(object(late).getString("detail").contains("изменил кто-то другой"), late.body());

        HttpResponse<String> twin = admin.json("POST", "api/price-list", item("МОНТАЖ  КОНДИЦИОНЕРА " + tag.toUpperCase(),
                "шт.", "1", null, true));
        assertProblem(400, twin);
        assertTrue(fieldErrors(twin).get("name").contains("уже есть"), twin.body());

        assertEquals(2, find(admin, "").size());
        assertEquals(List.of(id(hidden)), find(admin, "&active=false").stream().map(PriceListApiIT::id).toList());
        for (WebClient reader : List.of(operator, manager)) {
            List<JsonObject> seen = find(reader, "&active=");
            assertEquals(List.of(id(item)), seen.stream().map(PriceListApiIT::id).toList(), "active items only");
            assertEquals(new BigDecimal("9000.00"), decimal(seen.get(0), "price"));
            assertEquals(List.of(), find(reader, "&active=false"), "the inactive ones are the administrator's");
        }
        assertProblem(400, admin.json("GET", "api/price-list?active=maybe", null));
    }

    @Test
    void othersAreRefusedAndNothingChanges() {
        JsonObject item = created("Чистка " + tag, "шт.", "3500", true);
        String forged = item("Чистка " + tag, "шт.", "1", null, true);
        assertProblem(403, operator.json("POST", "api/price-list", item("Подделка " + tag, "шт.", "1", null, true)));
        assertProblem(403, operator.json("PUT", "api/price-list/" + id(item) + "?version=" + version(item), forged));
        assertProblem(403, manager.json("PUT", "api/price-list/" + id(item) + "?version=" + version(item), forged));
        assertProblem(403, manager.json("DELETE", "api/price-list/" + id(item) + "?version=" + version(item), null));

        List<JsonObject> after = find(admin, "");
        assertEquals(1, after.size(), "nothing was added or deleted");
        assertEquals(new BigDecimal("3500.00"), decimal(after.get(0), "price"));
        assertEquals(version(item), version(after.get(0)));
    }

    @Test
    void anInvalidItemIsRefusedWithAMessagePerField() {
        HttpResponse<String> invalid = admin.json("POST", "api/price-list", item(" ", " ", "-5", null, true));
        assertProblem(400, invalid);
        Map<String, String> errors = fieldErrors(invalid);
        assertEquals("Укажите название услуги", errors.get("name"));
        assertTrue(errors.get("unit").startsWith("Укажите единицу измерения"), errors.toString());
        assertEquals("Цена не может быть отрицательной", errors.get("price"));

        HttpResponse<String> kopecks = admin.json("POST", "api/price-list", item("Трасса " + tag, "м", "10.005", null, true));
        assertProblem(400, kopecks);
        assertTrue(fieldErrors(kopecks).containsKey("price"), kopecks.body());
        HttpResponse<String> noPrice = admin.json("POST", "api/price-list",
                "{\"name\":\"Трасса " + tag + "\",\"unit\":\"м\",\"active\":true}");
        assertProblem(400, noPrice);
        assertEquals("Укажите цену", fieldErrors(noPrice).get("price"));
        assertEquals(List.of(), find(admin, ""), "nothing was saved");
    }

    @Test
    void anOrderKeepsItsCopyOfTheItemWhateverHappensToThePriceList() {
        JsonObject item = created("Монтаж трассы " + tag, "м", "1200.00", true);
        HttpResponse<String> booked = operator.json("POST", "api/orders",
                order("[{\"serviceItemId\":%d,\"quantity\":2.5}]".formatted(id(item))));
        assertEquals(201, booked.statusCode(), booked.body());
        JsonObject order = object(booked);
        JsonObject line = order.getJsonArray("lines").getJsonObject(0);
        assertEquals("Монтаж трассы " + tag, line.getString("name"));
        assertEquals("м", line.getString("unit"));
        assertEquals(new BigDecimal("1200.00"), decimal(line, "price"));
        assertEquals(id(item), line.getJsonNumber("serviceItemId").longValue());
        assertEquals(new BigDecimal("3000.00"), decimal(order, "amount"));

        HttpResponse<String> dearer = admin.json("PUT", "api/price-list/" + id(item) + "?version=" + version(item),
                item("Монтаж трассы (новый) " + tag, "пог. м", "1500", "Монтаж", true));
        assertEquals(200, dearer.statusCode(), dearer.body());
        JsonObject unchanged = object(admin.json("GET", "api/orders/" + id(order), null));
        JsonObject kept = unchanged.getJsonArray("lines").getJsonObject(0);
        assertEquals("Монтаж трассы " + tag, kept.getString("name"));
        assertEquals("м", kept.getString("unit"));
        assertEquals(new BigDecimal("1200.00"), decimal(kept, "price"));
        assertEquals(new BigDecimal("3000.00"), decimal(unchanged, "amount"));

        // Saved again naming only the item, the order keeps its own copy, not the list's new price.
        HttpResponse<String> resaved = operator.json("PUT", "api/orders/" + id(order) + "?version=" + version(unchanged),
                order("[{\"serviceItemId\":%d,\"quantity\":3}]".formatted(id(item))).replace("\"Монтаж\"", "\"Монтаж, 3 м\""));
        assertEquals(200, resaved.statusCode(), resaved.body());
        JsonObject line3 = object(resaved).getJsonArray("lines").getJsonObject(0);
        assertEquals("Монтаж трассы " + tag, line3.getString("name"));
        assertEquals(new BigDecimal("1200.00"), decimal(line3, "price"));
        assertEquals(new BigDecimal("3600.00"), decimal(object(resaved), "amount"));

        // An item on an order is only deactivated, and the order can still be saved with it.
        JsonObject current = find(admin, "").get(0);
        HttpResponse<String> removed = admin.json("DELETE", "api/price-list/" + id(item) + "?version=" + version(current), null);
        assertEquals(200, removed.statusCode(), removed.body());
        assertEquals("DEACTIVATED", object(removed).getString("outcome"));
        assertFalse(find(admin, "").get(0).getBoolean("active"));
        JsonObject afterRemoval = object(admin.json("GET", "api/orders/" + id(order), null));
        HttpResponse<String> stillSaved = operator.json("PUT", "api/orders/" + id(order) + "?version=" + version(afterRemoval),
                order("[{\"serviceItemId\":%d,\"quantity\":3}]".formatted(id(item))).replace("\"Монтаж\"", "\"Монтаж, снова\""));
        assertEquals(200, stillSaved.statusCode(), stillSaved.body());
    }

    @Test
    void anUnknownOrInactiveItemIsRefusedAndNoOrderIsBooked() {
        JsonObject inactive = created("Демонтаж " + tag, "шт.", "2000", false);
        HttpResponse<String> refused = operator.json("POST", "api/orders", order(
                "[{\"name\":\"Выезд\",\"price\":500,\"quantity\":1},{\"serviceItemId\":%d,\"quantity\":1}]"
                        .formatted(id(inactive))));
        assertProblem(400, refused);
        assertTrue(fieldErrors(refused).get("lines[1].serviceItemId").contains("отключили"), refused.body());

        HttpResponse<String> unknown = operator.json("POST", "api/orders",
                order("[{\"serviceItemId\":999999999,\"quantity\":1}]"));
        assertProblem(400, unknown);
        assertEquals("Такой услуги в прайс-листе нет", object(unknown).getString("detail"));

        HttpResponse<String> typedWithoutPrice = operator.json("POST", "api/orders", order("[{\"name\":\"Выезд\",\"quantity\":1}]"));
        assertProblem(400, typedWithoutPrice);
        assertEquals("Укажите цену", fieldErrors(typedWithoutPrice).get("lines[0].price"));
        assertEquals(0, ordersOfTheClient(), "no order was booked");
    }

    @Test
    void anItemNoOrderNamesIsDeleted() {
        JsonObject item = created("Диагностика " + tag, "выезд", "990", true);
        HttpResponse<String> stale = admin.json("DELETE", "api/price-list/" + id(item) + "?version=" + (version(item) + 1), null);
        assertProblem(409, stale);
        HttpResponse<String> removed = admin.json("DELETE", "api/price-list/" + id(item) + "?version=" + version(item), null);
        assertEquals(200, removed.statusCode(), removed.body());
        assertEquals("DELETED", object(removed).getString("outcome"));
        assertEquals(List.of(), find(admin, ""));
        assertProblem(404, admin.json("DELETE", "api/price-list/" + id(item) + "?version=" + version(item), null));
    }
}
