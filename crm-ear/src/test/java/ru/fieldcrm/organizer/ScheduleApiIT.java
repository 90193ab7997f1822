package ru.fieldcrm.organizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
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
 * The organizer's data over HTTP: the visits of a period of both kinds, and moves: the office's
 * succeed and go to the history, a manager's are refused with nothing changed, bad ones get a 400.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScheduleApiIT {

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
    long managerId;
    long otherManagerId;
    long clientId;
    LocalDate day;

    private static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonArray array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private long user(String role, String login) {
        HttpResponse<String> created = admin.json("POST", "api/users", """
                {"login":"%s","fullName":"%s %s","role":"%s","password":"%s"}""".formatted(login, role, login, role, PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
        return object(created).getJsonNumber("id").longValue();
    }

    private WebClient signedIn(String login) {
        WebClient client = new WebClient(base);
        assertEquals(302, client.signIn(login, PASSWORD).statusCode());
        return client;
    }

    @BeforeEach
    void staff() {
        base = Deployments.base(deployed);
        day = LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(2);
        admin = new WebClient(base);
        assertEquals(302, admin.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword()).statusCode());
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        user("OPERATOR", "op" + suffix);
        operator = signedIn("op" + suffix);
        managerId = user("MANAGER", "mg" + suffix);
        manager = signedIn("mg" + suffix);
        otherManagerId = user("MANAGER", "ot" + suffix);
        HttpResponse<String> client = operator.json("POST", "api/clients", """
                {"name":"Лидия Орлова","phones":[{"phone":"+7903%07d","note":null}],"addresses":[]}"""
                .formatted(Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 10_000_000L)));
        assertEquals(201, client.statusCode(), client.body());
        clientId = object(client).getJsonNumber("id").longValue();
    }

    private JsonObject order() {
        HttpResponse<String> order = operator.json("POST", "api/orders", """
                {"clientId":%d,"contactPhone":"+79031112233","address":"Москва, Арбат, 12","visitDate":"%s",
                 "windowStart":"10:00","windowEnd":"12:00","description":"Установка смесителя","lines":[],
                 "amount":2500,"discount":null,"managerId":%d}""".formatted(clientId, day, managerId));
        assertEquals(201, order.statusCode(), order.body());
        return object(order);
    }

    private String move(String kind, JsonObject visit, String start, String end, Long manager) {
        return """
                {"kind":"%s","id":%d,"version":%d,"start":"%s","end":"%s","managerId":%s}""".formatted(kind,
                visit.getJsonNumber("id").longValue(), visit.getJsonNumber("version").longValue(), start, end, manager);
    }

    @Test
    void theVisitsOfAPeriodAreOrdersAndAssessmentsOfTheChosenManagers() {
        JsonObject order = order();
        HttpResponse<String> assessment = operator.json("POST", "api/assessments", """
                {"clientId":%d,"contactPhone":"+79031112233","address":"Москва, Арбат, 12","visitDate":"%s",
                 "windowStart":"13:00","windowEnd":"14:00","description":"Оценить ванную","managerId":%d}"""
                .formatted(clientId, day, managerId));
        assertEquals(201, assessment.statusCode(), assessment.body());

        JsonArray visits = array(manager.json("GET", "api/schedule?from=" + day + "&to=" + day + "&manager=" + managerId, null));
        assertEquals(2, visits.size(), visits.toString());
        assertEquals("ORDER", visits.getJsonObject(0).getString("kind"));
        assertEquals(order.getJsonNumber("id"), visits.getJsonObject(0).getJsonNumber("id"));
        assertEquals(day + "T10:00:00", visits.getJsonObject(0).getString("start").substring(0, 19));
        assertEquals("ASSESSMENT", visits.getJsonObject(1).getString("kind"));

        JsonArray ordersOnly = array(manager.json("GET", "api/schedule?from=" + day + "&to=" + day + "&manager=" + managerId
                + "&kind=ORDER", null));
        assertEquals(1, ordersOnly.size());
        assertEquals(0, array(manager.json("GET", "api/schedule?from=" + day + "&to=" + day + "&manager=" + otherManagerId,
                null)).size());
        HttpResponse<String> tooLong = manager.json("GET", "api/schedule?from=" + day + "&to=" + day.plusDays(90), null);
        assertEquals(400, tooLong.statusCode(), tooLong.body());
    }

    @Test
    void theOfficeMovesAVisitAndAManagersMoveIsRefused() {
        JsonObject order = order();
        HttpResponse<String> forged = manager.json("POST", "api/schedule/moves",
                move("ORDER", order, day + "T15:00", day + "T17:00", managerId));
        assertEquals(403, forged.statusCode(), forged.body());
        JsonObject unchanged = object(admin.json("GET", "api/orders/" + order.getJsonNumber("id"), null));
        assertEquals(order.getJsonNumber("version"), unchanged.getJsonNumber("version"));

        HttpResponse<String> acrossDays = operator.json("POST", "api/schedule/moves",
                move("ORDER", order, day + "T22:00", day.plusDays(1) + "T01:00", managerId));
        assertEquals(400, acrossDays.statusCode(), acrossDays.body());
        HttpResponse<String> past = operator.json("POST", "api/schedule/moves",
                move("ORDER", order, day.minusDays(5) + "T10:00", day.minusDays(5) + "T12:00", managerId));
        assertEquals(400, past.statusCode(), past.body());
        assertTrue(past.body().contains("прошлом"), past.body());

        HttpResponse<String> moved = operator.json("POST", "api/schedule/moves",
                move("ORDER", order, day.plusDays(1) + "T15:00", day.plusDays(1) + "T16:30", otherManagerId));
        assertEquals(200, moved.statusCode(), moved.body());
        JsonObject after = object(admin.json("GET", "api/orders/" + order.getJsonNumber("id"), null));
        assertEquals(day.plusDays(1).toString(), after.getString("visitDate"));
        assertTrue(after.getString("windowEnd").startsWith("16:30"), after.toString());
        assertEquals(otherManagerId, after.getJsonNumber("managerId").longValue());
        JsonArray history = array(admin.json("GET", "api/orders/" + order.getJsonNumber("id") + "/history", null));
        assertTrue(history.stream().anyMatch(h -> h.asJsonObject().getString("field").equals("VISIT_TIME")));
        assertTrue(history.stream().anyMatch(h -> h.asJsonObject().getString("field").equals("MANAGER")));

        HttpResponse<String> stale = operator.json("POST", "api/schedule/moves",
                move("ORDER", order, day + "T09:00", day + "T10:00", managerId));
        assertEquals(409, stale.statusCode(), "a move made on an old version is refused");
    }
}
