package ru.fieldcrm.assessments;

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
 * Site assessments over HTTP: the office plans one, the assigned manager records the result, the
 * office turns it into an order and both keep the link; forged and invalid requests change nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssessmentApiIT {

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
    long managerId;
    long clientId;
    LocalDate tomorrow;

    private static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonArray array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    private static long version(JsonObject object) {
        return object.getJsonNumber("version").longValue();
    }

    private WebClient user(String role) {
        String login = role.toLowerCase() + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = admin.json("POST", "api/users", """
                {"login":"%s","fullName":"%s %s","role":"%s","password":"%s"}""".formatted(login, role, login, role, PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
        if (role.equals("MANAGER") && managerId == 0) {
            managerId = id(object(created));
        }
        WebClient client = new WebClient(base);
        assertEquals(302, client.signIn(login, PASSWORD).statusCode());
        return client;
    }

    @BeforeEach
    void staffAndClient() {
        base = Deployments.base(deployed);
        tomorrow = LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(1);
        admin = new WebClient(base);
        assertEquals(302, admin.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword()).statusCode());
        operator = user("OPERATOR");
        manager = user("MANAGER");
        otherManager = user("MANAGER");
        HttpResponse<String> client = operator.json("POST", "api/clients", """
                {"name":"Пётр Иванов","phones":[{"phone":"+7925%07d","note":null}],
                 "addresses":[{"address":"Москва, Тверская, 5","entrance":"1","floor":"3","apartment":"9","intercom":"9"}]}"""
                .formatted(Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 10_000_000L)));
        assertEquals(201, client.statusCode(), client.body());
        clientId = id(object(client));
    }

    private String form(String address, LocalDate day) {
        return """
                {"clientId":%d,"contactPhone":"8 925 111-22-33","address":"%s","entrance":"1","floor":"3",
                 "apartment":"9","intercom":"9","visitDate":"%s","windowStart":"09:00","windowEnd":"10:00",
                 "description":"Оценить монтаж двух кондиционеров","managerId":%d}"""
                .formatted(clientId, address, day, managerId);
    }

    private JsonObject plan() {
        HttpResponse<String> created = operator.json("POST", "api/assessments", form("Москва, Тверская, 5", tomorrow));
        assertEquals(201, created.statusCode(), created.body());
        return object(created);
    }

    private String orderForm(LocalDate day) {
        return """
                {"clientId":%d,"contactPhone":"+79251112233","address":"Москва, Тверская, 5","visitDate":"%s",
                 "windowStart":"10:00","windowEnd":"14:00","description":"Монтаж двух кондиционеров","lines":[],
                 "amount":42000,"discount":null,"managerId":%d,"comment":null}""".formatted(clientId, day, managerId);
    }

    @Test
    void theOfficePlansTheManagerAssessesAndTheOfficeMakesTheOrder() {
        JsonObject planned = plan();
        assertEquals("PLANNED", planned.getString("status"));
        assertEquals("+79251112233", planned.getString("contactPhone"));
        assertEquals("Пётр Иванов", planned.getString("clientName"));

        HttpResponse<String> othersResult = otherManager.json("POST",
                "api/assessments/" + id(planned) + "/result?version=" + version(planned), "{\"estimatedAmount\":40000}");
        assertEquals(403, othersResult.statusCode(), "only the assigned manager records the result");
        HttpResponse<String> negative = manager.json("POST",
                "api/assessments/" + id(planned) + "/result?version=" + version(planned), "{\"estimatedAmount\":-5}");
        assertEquals(400, negative.statusCode(), negative.body());
        assertTrue(negative.body().contains("estimatedAmount"), negative.body());

        HttpResponse<String> result = manager.json("POST", "api/assessments/" + id(planned) + "/result?version="
                + version(planned), "{\"estimatedAmount\":42000,\"notes\":\"Две внутренние, трасса 6 м\"}");
        assertEquals(200, result.statusCode(), result.body());
        JsonObject done = object(result);
        assertEquals("DONE", done.getString("status"));
        assertEquals(new BigDecimal("42000.00"), done.getJsonNumber("estimatedAmount").bigDecimalValue());

        HttpResponse<String> byManager = manager.json("POST", "api/assessments/" + id(done) + "/order?version="
                + version(done), orderForm(tomorrow.plusDays(2)));
        assertEquals(403, byManager.statusCode(), "the office makes orders, not the manager");

        HttpResponse<String> made = operator.json("POST", "api/assessments/" + id(done) + "/order?version="
                + version(done), orderForm(tomorrow.plusDays(2)));
        assertEquals(201, made.statusCode(), made.body());
        JsonObject order = object(made);
        assertEquals(new BigDecimal("42000.00"), order.getJsonNumber("finalSum").bigDecimalValue());

        JsonObject linked = object(admin.json("GET", "api/assessments/" + id(done), null));
        assertEquals(id(order), linked.getJsonNumber("orderId").longValue());
        assertEquals(order.getJsonNumber("number").longValue(), linked.getJsonNumber("orderNumber").longValue());
        JsonArray history = array(admin.json("GET", "api/assessments/" + id(done) + "/history", null));
        assertTrue(history.stream().anyMatch(h -> h.asJsonObject().getString("field").equals("RESULT")));
        assertTrue(history.stream().anyMatch(h -> h.asJsonObject().getString("field").equals("ORDER")));

        HttpResponse<String> again = operator.json("POST", "api/assessments/" + id(linked) + "/order?version="
                + version(linked), orderForm(tomorrow.plusDays(3)));
        assertEquals(400, again.statusCode(), again.body());
        assertTrue(object(again).getString("detail").contains("уже создан заказ"), again.body());
        JsonObject orders = object(admin.json("GET", "api/orders?client=" + clientId, null));
        assertEquals(1, orders.getJsonNumber("total").longValue(), "the refused second order was not booked");
    }

    @Test
    void aManagersForgedChangeOfTheAddressIsRefusedAndChangesNothing() {
        JsonObject planned = plan();
        HttpResponse<String> forged = manager.json("PUT", "api/assessments/" + id(planned) + "?version=" + version(planned),
                form("Москва, ул. Подставная, 1", tomorrow));
        assertEquals(403, forged.statusCode(), forged.body());
        assertTrue(object(forged).getString("detail").contains("адрес"), forged.body());
        JsonObject after = object(admin.json("GET", "api/assessments/" + id(planned), null));
        assertEquals("Москва, Тверская, 5", after.getString("address"));
        assertEquals(version(planned), version(after));

        HttpResponse<String> moved = operator.json("PUT", "api/assessments/" + id(planned) + "?version=" + version(planned),
                form("Москва, Тверская, 7", tomorrow.plusDays(1)));
        assertEquals(200, moved.statusCode(), moved.body());
        HttpResponse<String> stale = operator.json("PUT", "api/assessments/" + id(planned) + "?version=" + version(planned),
                form("Москва, Тверская, 9", tomorrow));
        assertEquals(409, stale.statusCode(), "the second writer on the old version is told, nothing overwritten");
        assertEquals("Москва, Тверская, 7", object(admin.json("GET", "api/assessments/" + id(planned), null))
                .getString("address"));
    }

    @Test
    void aCancelledAssessmentBecomesNoOrderAndBadInputIsRefused() {
        JsonObject planned = plan();
        HttpResponse<String> noReason = operator.json("POST", "api/assessments/" + id(planned) + "/cancel?version="
                + version(planned), "{\"reason\":\" \"}");
        assertEquals(400, noReason.statusCode(), noReason.body());
        JsonObject cancelled = object(operator.json("POST", "api/assessments/" + id(planned) + "/cancel?version="
                + version(planned), "{\"reason\":\"Клиент передумал\"}"));
        assertEquals("CANCELLED", cancelled.getString("status"));
        HttpResponse<String> order = operator.json("POST", "api/assessments/" + id(cancelled) + "/order?version="
                + version(cancelled), orderForm(tomorrow));
        assertEquals(400, order.statusCode(), order.body());
        assertEquals(0, object(admin.json("GET", "api/orders?client=" + clientId, null)).getJsonNumber("total").longValue());

        HttpResponse<String> past = operator.json("POST", "api/assessments", form("Москва, Тверская, 5", tomorrow.minusDays(3)));
        assertEquals(400, past.statusCode(), past.body());
        assertTrue(past.body().contains("visitDate"), past.body());
        HttpResponse<String> badPhone = operator.json("POST", "api/assessments",
                form("Москва, Тверская, 5", tomorrow).replace("8 925 111-22-33", "12"));
        assertEquals(400, badPhone.statusCode(), badPhone.body());
        assertEquals(404, operator.json("GET", "api/assessments/987654321", null).statusCode());
        assertFalse(object(admin.json("GET", "api/assessments?client=" + clientId, null)).getJsonArray("rows").isEmpty());
        assertEquals(1, object(admin.json("GET", "api/assessments?client=" + clientId, null)).getJsonNumber("total").longValue(),
                "no refused assessment was saved");
    }
}
