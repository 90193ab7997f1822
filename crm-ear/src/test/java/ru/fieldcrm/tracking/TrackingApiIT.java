package ru.fieldcrm.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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
 * Positions in over HTTP against the deployed EAR: the administrator issues a manager's device
 * token (shown once) and revokes it; batches with the bearer token, the OsmAnd parameters (GET and
 * form) and Traccar Client's JSON are stored once however often they are resent; bad input is a
 * 4xx problem with nothing stored; an unknown or revoked token is a 401; the office reads the last
 * positions and a day's track, a manager is refused them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrackingApiIT {

    private static final String PASSWORD = "Secret-pass1";
    /** Yesterday morning in UTC: the same day in every zone the company may be in, and never in the future. */
    private static final Instant MORNING = LocalDate.now(ZoneOffset.UTC).minusDays(1).atTime(7, 0).toInstant(ZoneOffset.UTC);

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
    final HttpClient device = HttpClient.newHttpClient();

    private static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonArray array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
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
        if (role.equals("MANAGER")) {
            managerId = object(created).getJsonNumber("id").longValue();
        }
        WebClient client = new WebClient(base);
        assertEquals(302, client.signIn(login, PASSWORD).statusCode());
        return client;
    }

    @BeforeEach
    void staff() {
        base = Deployments.base(deployed);
        admin = new WebClient(base);
        assertEquals(302, admin.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword()).statusCode());
        operator = user("OPERATOR");
        manager = user("MANAGER");
    }

    private String issue(String label) {
        HttpResponse<String> issued = admin.json("POST", "api/tracking/devices?manager=" + managerId,
                "{\"label\":\"" + label + "\"}");
        assertEquals(201, issued.statusCode(), issued.body());
        JsonObject json = object(issued);
        assertEquals(label, json.getString("label"));
        return json.getString("token");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return device.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> batch(String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("api/tracking/positions"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json")
                .header("Accept-Language", "en");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    private static String position(Instant time, double lat, double lon) {
        return """
                {"time":"%s","latitude":%s,"longitude":%s,"accuracy":5.0,"speed":8.3,"heading":90.0,"altitude":150.0,"battery":77.0}"""
                .formatted(time, lat, lon);
    }

    private static String positions(List<String> each) {
        return "{\"positions\":[" + String.join(",", each) + "]}";
    }

    private static List<String> minutes(Instant from, int count) {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(position(from.plus(i, ChronoUnit.MINUTES), 55.75 + i * 0.001, 37.62 + i * 0.001));
        }
        return list;
    }

    private JsonArray track(WebClient who) {
        HttpResponse<String> track = who.get("api/tracking/track?manager=" + managerId + "&day="
                + LocalDate.ofInstant(MORNING, ZoneOffset.UTC));
        assertEquals(200, track.statusCode(), track.body());
        return array(track);
    }

    private static void assertStored(int received, int stored, HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals(received, object(answer).getInt("received"), answer.body());
        assertEquals(stored, object(answer).getInt("stored"), answer.body());
    }

    @Test
    void aBatchIsStoredOnceHoweverOftenItIsResent() {
        String token = issue("Газель");
        assertStored(10, 10, batch(token, positions(minutes(MORNING, 10))));
        assertStored(10, 0, batch(token, positions(minutes(MORNING, 10))));
        // overlapping: five known, five new, and one twice within the batch
        List<String> overlap = new ArrayList<>(minutes(MORNING.plus(5, ChronoUnit.MINUTES), 10));
        overlap.add(overlap.get(9));
        assertStored(11, 5, batch(token, positions(overlap)));

        JsonArray track = track(operator);
        assertEquals(15, track.size());
        List<Instant> times = track.getValuesAs(JsonObject.class).stream().map(p -> Instant.parse(p.getString("time"))).toList();
        assertEquals(times.stream().sorted().toList(), times);
        assertEquals(MORNING, times.get(0));
        JsonObject first = track.getJsonObject(0);
        assertEquals(55.75, first.getJsonNumber("latitude").doubleValue(), 1e-9);
        assertEquals(8.3, first.getJsonNumber("speed").doubleValue(), 1e-9);
        assertEquals(77.0, first.getJsonNumber("battery").doubleValue(), 1e-9);

        JsonObject last = lastOf(operator);
        assertEquals(MORNING.plus(14, ChronoUnit.MINUTES), Instant.parse(last.getString("time")));
        assertTrue(last.getString("managerName").startsWith("MANAGER"));

        // the device's token was used; the list never shows a token
        HttpResponse<String> devices = admin.get("api/tracking/devices?manager=" + managerId);
        assertEquals(200, devices.statusCode(), devices.body());
        JsonObject listed = array(devices).getJsonObject(0);
        assertFalse(listed.containsKey("token"));
        assertTrue(listed.containsKey("lastUsedAt"), devices.body());
    }

    private JsonObject lastOf(WebClient who) {
        HttpResponse<String> last = who.get("api/tracking/last");
        assertEquals(200, last.statusCode(), last.body());
        return array(last).getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonNumber("managerId").longValue() == managerId).findFirst().orElseThrow();
    }

    private static String query(String token, Instant time, String lat, String lon) {
        return "id=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&timestamp=" + time.getEpochSecond()
                + "&lat=" + lat + "&lon=" + lon + "&speed=10&bearing=45&altitude=120&accuracy=6&batt=55";
    }

    @Test
    void traccarClientIsHeardByOsmAndParametersAndByJson() {
        String token = issue("Телефон");
        Instant t = MORNING.plus(2, ChronoUnit.HOURS);
        HttpRequest get = HttpRequest.newBuilder(base.resolve("api/tracking/osmand?" + query(token, t, "55.1", "37.1"))).GET().build();
        assertStored(1, 1, send(get));
        assertStored(1, 0, send(get));
        // the app's POST with the parameters in the query and an empty body
        assertStored(1, 1, send(HttpRequest.newBuilder(base.resolve("api/tracking/osmand?"
                + query(token, t.plusSeconds(30), "55.2", "37.2"))).POST(HttpRequest.BodyPublishers.noBody()).build()));
        // as a form
        assertStored(1, 1, send(HttpRequest.newBuilder(base.resolve("api/tracking/osmand"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(query(token, t.plusSeconds(60), "55.3", "37.3"))).build()));
        // the newer JSON body
        String json = """
                {"location":{"timestamp":"%s","coords":{"latitude":55.4,"longitude":37.4,"accuracy":4,"speed":3.5,
                "heading":180,"altitude":100},"battery":{"level":0.5,"is_charging":false}},"device_id":"%s"}"""
                .formatted(t.plusSeconds(90), token);
        HttpRequest jsonPost = HttpRequest.newBuilder(base.resolve("api/tracking/osmand"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
        assertStored(1, 1, send(jsonPost));
        assertStored(1, 0, send(jsonPost));

        JsonArray track = track(operator);
        assertEquals(4, track.size());
        JsonObject osmand = track.getJsonObject(0);
        assertEquals(10 * 1852.0 / 3600.0, osmand.getJsonNumber("speed").doubleValue(), 1e-9);
        assertEquals(45.0, osmand.getJsonNumber("heading").doubleValue(), 1e-9);
        assertEquals(55.0, osmand.getJsonNumber("battery").doubleValue(), 1e-9);
        JsonObject fromJson = track.getJsonObject(3);
        assertEquals(3.5, fromJson.getJsonNumber("speed").doubleValue(), 1e-9);
        assertEquals(50.0, fromJson.getJsonNumber("battery").doubleValue(), 1e-9);
        assertEquals(55.4, lastOf(admin).getJsonNumber("latitude").doubleValue(), 1e-9);
    }

    @Test
    void badInputIsRefusedWithAReasonAndNothingStored() {
        String token = issue("Планшет");
        List<String> mixed = new ArrayList<>(minutes(MORNING, 3));
        mixed.add(position(MORNING.plus(3, ChronoUnit.MINUTES), 91, 37));
        HttpResponse<String> outOfRange = batch(token, positions(mixed));
        assertProblem(400, outOfRange);
        assertEquals("positions[3]", object(outOfRange).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(outOfRange.body().contains("Latitude"), outOfRange.body());

        assertProblem(400, batch(token, positions(List.of(position(MORNING, 55, 181)))));
        HttpResponse<String> future = batch(token, positions(List.of(position(Instant.now().plus(Duration.ofHours(1)), 55, 37))));
        assertProblem(400, future);
        assertTrue(future.body().contains("future"), future.body());
        assertProblem(400, batch(token, positions(List.of(position(Instant.parse("1999-08-21T00:00:00Z"), 55, 37)))));
        assertProblem(400, batch(token, "{\"positions\":[{\"time\":\"noon\",\"latitude\":1,\"longitude\":2}]}"));
        assertProblem(400, batch(token, "{\"positions\":[{\"time\":"));
        assertProblem(400, batch(token, "[]"));
        assertProblem(400, batch(token, positions(List.of())));
        HttpResponse<String> tooBig = batch(token, positions(minutes(MORNING, PositionRules.MAX_BATCH + 1)));
        assertProblem(400, tooBig);
        assertTrue(tooBig.body().contains("500"), tooBig.body());
        assertProblem(400, send(HttpRequest.newBuilder(base.resolve("api/tracking/osmand?" + query(token, MORNING, "north", "37")))
                .GET().build()));
        assertProblem(400, send(HttpRequest.newBuilder(base.resolve("api/tracking/osmand"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"location\":")).build()));

        assertEquals(0, track(operator).size());
        assertTrue(array(operator.get("api/tracking/last")).getValuesAs(JsonObject.class).stream()
                .noneMatch(p -> p.getJsonNumber("managerId").longValue() == managerId));
    }

    @Test
    void unknownAndRevokedTokensAreRefused() {
        String token = issue("Телефон");
        String other = issue("Газель");
        HttpResponse<String> unknown = batch("not-a-token", positions(minutes(MORNING, 1)));
        assertProblem(401, unknown);
        assertEquals("Bearer", unknown.headers().firstValue("WWW-Authenticate").orElse(""));
        assertProblem(401, batch(null, positions(minutes(MORNING, 1))));
        assertProblem(401, send(HttpRequest.newBuilder(base.resolve("api/tracking/osmand?"
                + query("nobody", MORNING, "55", "37"))).GET().build()));

        assertStored(1, 1, batch(token, positions(minutes(MORNING, 1))));
        long tokenId = array(admin.get("api/tracking/devices?manager=" + managerId)).getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("label").equals("Телефон")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        HttpResponse<String> revoked = admin.json("DELETE", "api/tracking/devices/" + tokenId, null);
        assertEquals(200, revoked.statusCode(), revoked.body());
        assertTrue(object(revoked).containsKey("revokedAt"));
        assertProblem(401, batch(token, positions(minutes(MORNING.plusSeconds(3600), 1))));
        assertProblem(401, send(HttpRequest.newBuilder(base.resolve("api/tracking/osmand?"
                + query(token, MORNING.plusSeconds(3600), "55", "37"))).GET().build()));
        // the manager's other device goes on
        assertStored(1, 1, batch(other, positions(minutes(MORNING.plusSeconds(7200), 1))));
        assertEquals(2, track(admin).size());

        String audit = admin.get("audit/list.xhtml").body();
        assertTrue(audit.contains("Выдан токен устройства") && audit.contains("Токен устройства отозван")
                && audit.contains("manager=" + managerId), "issuing and revoking a device's token are audited");
        assertFalse(audit.contains(token) || audit.contains(other), "the tokens themselves are never logged");
    }

    @Test
    void onlyTheAdministratorIssuesAndOnlyTheOfficeReads() {
        assertProblem(403, operator.json("POST", "api/tracking/devices?manager=" + managerId, "{\"label\":\"x\"}"));
        assertProblem(403, manager.json("POST", "api/tracking/devices?manager=" + managerId, "{\"label\":\"x\"}"));
        assertProblem(403, manager.get("api/tracking/devices?manager=" + managerId));
        assertProblem(403, manager.get("api/tracking/last"));
        assertProblem(403, manager.get("api/tracking/track?manager=" + managerId + "&day=2026-01-01"));
        assertProblem(400, admin.get("api/tracking/track?manager=" + managerId + "&day=yesterday"));
        assertProblem(400, admin.json("POST", "api/tracking/devices?manager=" + managerId, "{\"label\":\" \"}"));
        long operatorId = object(operator.get("api/profile")).getJsonNumber("id").longValue();
        assertProblem(400, admin.json("POST", "api/tracking/devices?manager=" + operatorId, "{\"label\":\"x\"}"));
        assertProblem(404, admin.json("DELETE", "api/tracking/devices/999999999", null));
        HttpResponse<String> anonymous = new WebClient(base).get("api/tracking/last");
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertTrue(track(operator).isEmpty());
        assertEquals(0, array(admin.get("api/tracking/devices?manager=" + managerId)).size(),
                admin.get("api/tracking/devices?manager=" + managerId).body());
        assertTrue(object(operator.get("api/profile")).getString("login").startsWith("operator"),
                operator.get("api/profile").body().lines().collect(Collectors.joining()));
    }

    @Test
    void aManagersBrowserSharesTheirPositionWithTheSessionUntilTheAdministratorRevokesIt() {
        HttpResponse<String> page = manager.get("orders/day.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"shareLocation\""), "the «Мой день» page offers to share the position");
        assertFalse(operator.get("orders/day.xhtml").body().contains("id=\"shareLocation\""));

        assertStored(3, 3, manager.json("POST", "api/tracking/own", positions(minutes(MORNING, 3))));
        assertStored(3, 0, manager.json("POST", "api/tracking/own", positions(minutes(MORNING, 3))));
        assertEquals(3, track(operator).size());
        assertProblem(400, manager.json("POST", "api/tracking/own", positions(List.of(position(MORNING, 95, 37)))));
        assertProblem(403, operator.json("POST", "api/tracking/own", positions(minutes(MORNING, 1))));
        assertEquals(401, new WebClient(base).json("POST", "api/tracking/own", positions(minutes(MORNING, 1))).statusCode());

        // the browser is a device of the manager's in the administrator's list, and on the user page
        JsonObject browser = array(admin.get("api/tracking/devices?manager=" + managerId)).getJsonObject(0);
        assertEquals("«Мой день»", browser.getString("label"));
        HttpResponse<String> userPage = admin.get("users/edit.xhtml?id=" + managerId);
        assertEquals(200, userPage.statusCode());
        assertTrue(userPage.body().contains("devicesForm") && userPage.body().contains("«Мой день»"), userPage.body());

        assertEquals(200, admin.json("DELETE", "api/tracking/devices/" + browser.getJsonNumber("id").longValue(), null).statusCode());
        assertProblem(403, manager.json("POST", "api/tracking/own", positions(minutes(MORNING.plusSeconds(3600), 1))));
        assertEquals(3, track(operator).size());
    }
}
