package ru.fieldcrm.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
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
 * Orders over HTTP against the deployed EAR: the office books, the manager works the order through
 * its marks to the closed day, and every forged or invalid request is refused with nothing changed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrderApiIT {

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
    WebClient otherManager;
    WebClient sales;
    long managerId;
    long clientId;
    long discountTypeId;
    LocalDate today;

    private static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonArray array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private WebClient user(String role) {
        String login = unique(role.toLowerCase());
        HttpResponse<String> created = admin.json("POST", "api/users", """
                {"login":"%s","fullName":"%s %s","role":"%s","password":"%s"}""".formatted(login, role, login, role, PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
        WebClient client = new WebClient(base);
        assertEquals(302, client.signIn(login, PASSWORD).statusCode());
        if (role.equals("MANAGER") && managerId == 0) {
            managerId = object(created).getJsonNumber("id").longValue();
        }
        return client;
    }

    @BeforeEach
    void staffAndClient() {
        base = Deployments.base(deployed);
        today = LocalDate.now(ZoneId.of("Europe/Moscow"));
        admin = new WebClient(base);
        assertEquals(302, admin.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword()).statusCode());
        operator = user("OPERATOR");
        manager = user("MANAGER");
        otherManager = user("MANAGER");
        sales = user("SALES");
        HttpResponse<String> client = operator.json("POST", "api/clients", """
                {"name":"Анна Смирнова","phones":[{"phone":"+7916%07d","note":null}],
                 "addresses":[{"address":"Москва, ул. Ленина, 10","entrance":"2","floor":"5","apartment":"17","intercom":"17К"}]}"""
                .formatted(Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 10_000_000L)));
        assertEquals(201, client.statusCode(), client.body());
        clientId = object(client).getJsonNumber("id").longValue();
        HttpResponse<String> discount = admin.json("POST", "api/discount-types", """
                {"name":"%s","kind":"PERCENT","maxValue":15,"active":true,"roles":["ADMIN","OPERATOR"]}"""
                .formatted(unique("Постоянный ")));
        assertEquals(201, discount.statusCode(), discount.body());
        discountTypeId = object(discount).getJsonNumber("id").longValue();
    }

    private String form(String address, LocalDate day, String start, String end, String lines, String amount,
            String discount) {
        return """
                {"clientId":%d,"contactPhone":"8 916 555-44-33","address":"%s","entrance":"2","floor":"5",
                 "apartment":"17","intercom":"17К","visitDate":"%s","windowStart":"%s","windowEnd":"%s",
                 "description":"Монтаж кондиционера","lines":%s,"amount":%s,"discount":%s,"managerId":%d,"comment":null}"""
                .formatted(clientId, address, day, start, end, lines, amount, discount, managerId);
    }

    private String standardForm() {
        return form("Москва, ул. Ленина, 10", today, "10:00", "12:00",
                "[{\"name\":\"Монтаж\",\"unit\":\"шт\",\"price\":8500,\"quantity\":1},"
                        + "{\"name\":\"Трасса\",\"unit\":\"м\",\"price\":1200,\"quantity\":2.5}]",
                "null", "{\"typeId\":%d,\"value\":10,\"reason\":\"Постоянный клиент\"}".formatted(discountTypeId));
    }

    private JsonObject book() {
        HttpResponse<String> created = operator.json("POST", "api/orders", standardForm());
        assertEquals(201, created.statusCode(), created.body());
        return object(created);
    }

    private static long version(JsonObject order) {
        return order.getJsonNumber("version").longValue();
    }

    private static long id(JsonObject order) {
        return order.getJsonNumber("id").longValue();
    }

    @Test
    void theOfficeBooksAnOrderWithLinesAndADiscountAndEveryoneSeesIt() {
        JsonObject order = book();
        assertEquals("ASSIGNED", order.getString("status"));
        assertEquals(new BigDecimal("11500.00"), order.getJsonNumber("amount").bigDecimalValue());
        assertEquals(new BigDecimal("1150.00"), order.getJsonNumber("discountAmount").bigDecimalValue());
        assertEquals(new BigDecimal("10350.00"), order.getJsonNumber("finalSum").bigDecimalValue());
        assertEquals("+79165554433", order.getString("contactPhone"));
        assertEquals("Анна Смирнова", order.getString("clientName"));
        assertTrue(order.getJsonNumber("number").longValue() > 0);

        for (WebClient reader : new WebClient[] {manager, otherManager, sales}) {
            assertEquals(200, reader.json("GET", "api/orders/" + id(order), null).statusCode());
        }
        JsonObject mine = object(manager.json("GET", "api/orders?from=" + today + "&to=" + today + "&manager=" + managerId, null));
        assertTrue(mine.getJsonArray("rows").stream().anyMatch(r -> r.asJsonObject().getJsonNumber("id").longValue() == id(order)));
        assertEquals(403, sales.json("POST", "api/orders", standardForm()).statusCode(), "a salesperson books nothing");
        assertEquals(403, manager.json("POST", "api/orders", standardForm()).statusCode(), "a manager books nothing");
    }

    @Test
    void aManagersForgedChangeOfTheAddressIsRefusedAndChangesNothing() {
        JsonObject order = book();
        String forged = standardForm().replace("Москва, ул. Ленина, 10", "Москва, ул. Подставная, 1");
        HttpResponse<String> refused = manager.json("PUT", "api/orders/" + id(order) + "?version=" + version(order), forged);
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(object(refused).getString("detail").contains("адрес"), refused.body());
        JsonObject after = object(admin.json("GET", "api/orders/" + id(order), null));
        assertEquals("Москва, ул. Ленина, 10", after.getString("address"));
        assertEquals(version(order), version(after));
        JsonArray history = array(admin.json("GET", "api/orders/" + id(order) + "/history", null));
        assertTrue(history.stream().noneMatch(h -> h.asJsonObject().getString("field").equals("ADDRESS")));

        HttpResponse<String> operatorMark = operator.json("POST",
                "api/orders/" + id(order) + "/marks/LEFT_OFFICE?version=" + version(order), "{}");
        assertEquals(403, operatorMark.statusCode(), "the office does not set the field's marks");
        HttpResponse<String> othersMark = otherManager.json("POST",
                "api/orders/" + id(order) + "/marks/LEFT_OFFICE?version=" + version(order), "{}");
        assertEquals(403, othersMark.statusCode());
        assertTrue(object(othersMark).getString("detail").contains("другому менеджеру"), othersMark.body());
        assertEquals("ASSIGNED", object(admin.json("GET", "api/orders/" + id(order), null)).getString("status"));
    }

    @Test
    void theManagerWorksTheOrderToTheClosedDay() {
        JsonObject order = book();
        long id = id(order);
        order = object(manager.json("POST", "api/orders/" + id + "/marks/LEFT_OFFICE?version=" + version(order), "{}"));
        assertEquals("LEFT_OFFICE", order.getString("status"));
        order = object(manager.json("POST", "api/orders/" + id + "/marks/WORK_STARTED?version=" + version(order), "{}"));
        HttpResponse<String> upsell = manager.json("POST", "api/orders/" + id + "/price-change?version=" + version(order),
                "{\"change\":1500,\"reason\":\"Доп. метр трассы\"}");
        assertEquals(200, upsell.statusCode(), upsell.body());
        order = object(upsell);
        assertEquals(new BigDecimal("11850.00"), order.getJsonNumber("finalSum").bigDecimalValue());
        assertEquals(managerId, order.getJsonNumber("priceChangeById").longValue());
        order = object(manager.json("POST", "api/orders/" + id + "/marks/FINISHED?version=" + version(order),
                "{\"comment\":\"Всё работает\"}"));
        assertEquals("DONE", order.getString("status"));
        order = object(manager.json("POST", "api/orders/" + id + "/final-sum?version=" + version(order),
                "{\"finalSum\":12000,\"reason\":\"Округлили\"}"));
        assertEquals(new BigDecimal("1650.00"), order.getJsonNumber("priceChange").bigDecimalValue());

        HttpResponse<String> closed = manager.json("POST", "api/orders/days/close", "{\"day\":\"" + today + "\"}");
        assertEquals(200, closed.statusCode(), closed.body());
        assertEquals(new BigDecimal("12000.00"), object(closed).getJsonNumber("total").bigDecimalValue());
        order = object(admin.json("GET", "api/orders/" + id, null));
        assertEquals("CLOSED", order.getString("status"));
        assertTrue(order.getBoolean("dayClosed"));

        HttpResponse<String> late = manager.json("POST", "api/orders/" + id + "/price-change?version=" + version(order),
                "{\"change\":100,\"reason\":\"Поздно\"}");
        assertEquals(403, late.statusCode(), "after the close only an administrator changes the day");
        HttpResponse<String> corrected = admin.json("POST", "api/orders/" + id + "/final-sum?version=" + version(order),
                "{\"finalSum\":11900,\"reason\":\"Ошибка в сумме\"}");
        assertEquals(200, corrected.statusCode(), corrected.body());

        JsonArray history = array(admin.json("GET", "api/orders/" + id + "/history", null));
        String text = history.toString();
        for (String field : new String[] {"LEFT_OFFICE", "WORK_STARTED", "PRICE_CHANGE", "FINISHED", "FINAL_SUM", "STATUS"}) {
            assertTrue(text.contains("\"field\":\"" + field + "\""), field + " in " + text);
        }
        assertTrue(text.contains("\"newValue\":\"CLOSED\""), text);
    }

    @Test
    void theOrdersOfAMergedClientFollowTheClientThatStays() {
        JsonObject order = book();
        HttpResponse<String> kept = operator.json("POST", "api/clients", """
                {"name":"Анна Смирнова (основная)","phones":[{"phone":"+7916%07d","note":null}],"addresses":[]}"""
                .formatted(Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 10_000_000L)));
        assertEquals(201, kept.statusCode(), kept.body());
        long keptId = object(kept).getJsonNumber("id").longValue();
        assertEquals(200, admin.json("POST", "api/clients/" + clientId + "/merge-into/" + keptId, null).statusCode());
        JsonObject moved = object(admin.json("GET", "api/orders/" + id(order), null));
        assertEquals(keptId, moved.getJsonNumber("clientId").longValue());
        assertEquals("Анна Смирнова (основная)", moved.getString("clientName"));
        assertTrue(array(admin.json("GET", "api/orders/" + id(order) + "/history", null)).stream()
                .anyMatch(h -> h.asJsonObject().getString("field").equals("CLIENT")));
    }

    @Test
    void aDayWithUnfinishedOrdersDoesNotClose() {
        JsonObject order = book();
        HttpResponse<String> refused = manager.json("POST", "api/orders/days/close", "{\"day\":\"" + today + "\"}");
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("№" + order.getJsonNumber("number")), refused.body());
    }

    @Test
    void aConcurrentEditIsDetectedAndNotApplied() {
        JsonObject order = book();
        String first = standardForm().replace("Монтаж кондиционера", "Первый вариант");
        String second = standardForm().replace("Монтаж кондиционера", "Второй вариант");
        assertEquals(200, operator.json("PUT", "api/orders/" + id(order) + "?version=" + version(order), first).statusCode());
        HttpResponse<String> late = operator.json("PUT", "api/orders/" + id(order) + "?version=" + version(order), second);
        assertEquals(409, late.statusCode(), late.body());
        assertEquals("Первый вариант", object(admin.json("GET", "api/orders/" + id(order), null)).getString("description"));
    }

    @Test
    void badInputIsRefusedWithAMessageForTheField() {
        String lines = "[{\"name\":\"Монтаж\",\"unit\":\"шт\",\"price\":1000,\"quantity\":1}]";
        assertField(operator.json("POST", "api/orders", form("Адрес", today.minusDays(1), "10:00", "12:00", lines, "null", "null")),
                "visitDate", "прошлом");
        assertField(operator.json("POST", "api/orders", form("Адрес", today, "12:00", "10:00", lines, "null", "null")),
                "windowEnd", "позже начала");
        assertField(operator.json("POST", "api/orders", form("Адрес", today, "10:00", "12:00", "[]", "-5", "null")),
                "amount", "отрицательной");
        assertField(operator.json("POST", "api/orders", form("", today, "10:00", "12:00", lines, "null", "null")),
                "address", "адрес");
        assertField(operator.json("POST", "api/orders", form("Адрес", today, "10:00", "12:00", lines, "null",
                "{\"typeId\":%d,\"value\":20,\"reason\":\"Много\"}".formatted(discountTypeId))), "discount", "не больше 15");
        assertField(operator.json("POST", "api/orders", form("Адрес", today, "10:00", "12:00", "[]", "500",
                "{\"typeId\":%d,\"value\":10,\"reason\":\"x\"}".formatted(discountTypeId)).replace("\"clientId\":" + clientId,
                "\"clientId\":987654321")), "clientId", "Клиент не найден");
        assertEquals(404, operator.json("GET", "api/orders/987654321", null).statusCode());
        assertEquals(400, operator.json("GET", "api/orders?from=28.11.2026", null).statusCode());

        JsonObject order = book();
        JsonObject moved = object(manager.json("POST", "api/orders/" + id(order) + "/marks/LEFT_OFFICE?version=" + version(order), "{}"));
        assertField(manager.json("POST", "api/orders/" + id(order) + "/price-change?version=" + version(moved),
                "{\"change\":-20000,\"reason\":\"Слишком\"}"), "change", "отрицательной");
        assertEquals(new BigDecimal("10350.00"),
                object(admin.json("GET", "api/orders/" + id(order), null)).getJsonNumber("finalSum").bigDecimalValue());
    }

    private static void assertField(HttpResponse<String> answer, String field, String text) {
        assertEquals(400, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("\"field\":\"" + field + "\""), field + " in " + answer.body());
        assertTrue(answer.body().contains(text), text + " in " + answer.body());
    }
}
