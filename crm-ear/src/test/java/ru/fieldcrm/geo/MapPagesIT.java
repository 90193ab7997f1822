package ru.fieldcrm.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.fieldcrm.shared.Browser;
import ru.fieldcrm.shared.Deployments;
import ru.fieldcrm.shared.WebClient;

/**
 * The map in a real browser (no internet: tiles stay grey, the markers are Leaflet's icons): points
 * placed by hand over REST, a manager's device sending a track. The operator sees the orders, the
 * assessment, the client and the manager as markers and opens a card from a marker's info; the
 * manager sees their own day with the track and the route's addresses, not a colleague's order.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "browser.tests", matches = "true")
class MapPagesIT {

    private static final String PASSWORD = "Secret-pass1";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crm();
    }

    @ArquillianResource
    URL deployed;

    URI base;
    WebClient admin;
    Browser browser;
    String operatorLogin;
    String managerLogin;
    long managerId;
    long otherManagerId;
    long clientId;
    long addressId;
    String phone;
    LocalDate today;

    private static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private long user(String role, String login, String name) {
        HttpResponse<String> created = admin.json("POST", "api/users", """
                {"login":"%s","fullName":"%s","role":"%s","password":"%s"}""".formatted(login, name, role, PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
        return object(created).getJsonNumber("id").longValue();
    }

    @BeforeEach
    void open() {
        base = Deployments.base(deployed);
        today = LocalDate.now(ZoneId.of("Europe/Moscow"));
        admin = new WebClient(base);
        assertEquals(302, admin.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword()).statusCode());
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        operatorLogin = "mapop" + suffix;
        user("OPERATOR", operatorLogin, "Ольга Картова");
        managerLogin = "mapman" + suffix;
        managerId = user("MANAGER", managerLogin, "Пётр Маршрутов " + suffix);
        otherManagerId = user("MANAGER", "mapoth" + suffix, "Иван Соседов " + suffix);
        phone = "+7925" + String.format("%07d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 10_000_000L));
        HttpResponse<String> client = admin.json("POST", "api/clients", """
                {"name":"Аркадий Картографов %s","phones":[{"phone":"%s","note":null}],
                 "addresses":[{"address":"Москва, Пятницкая, 12","entrance":null,"floor":null,"apartment":null,"intercom":null}]}"""
                .formatted(suffix, phone));
        assertEquals(201, client.statusCode(), client.body());
        JsonObject saved = object(client);
        clientId = saved.getJsonNumber("id").longValue();
        addressId = saved.getJsonArray("addresses").getJsonObject(0).getJsonNumber("id").longValue();
        place("CLIENT", addressId, 55.741, 37.628);
        browser = new Browser(base);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    private void place(String target, long id, double lat, double lon) {
        HttpResponse<String> placed = admin.json("PUT", "api/geo/points/" + target + "/" + id,
                "{\"latitude\":%s,\"longitude\":%s}".formatted(lat, lon));
        assertEquals(200, placed.statusCode(), placed.body());
        assertEquals("MANUAL", object(placed).getString("status"));
    }

    private JsonObject order(long manager, String address, String start, String end, double lat, double lon) {
        HttpResponse<String> order = admin.json("POST", "api/orders", """
                {"clientId":%d,"contactPhone":"%s","address":"%s","visitDate":"%s","windowStart":"%s",
                 "windowEnd":"%s","description":"Ремонт","lines":[],"amount":4500,"discount":null,
                 "managerId":%d}""".formatted(clientId, phone, address, today, start, end, manager));
        assertEquals(201, order.statusCode(), order.body());
        JsonObject json = object(order);
        place("ORDER", json.getJsonNumber("id").longValue(), lat, lon);
        return json;
    }

    private JsonObject assessment(long manager, double lat, double lon) {
        HttpResponse<String> assessment = admin.json("POST", "api/assessments", """
                {"clientId":%d,"contactPhone":"%s","address":"Москва, Тверская, 7","visitDate":"%s","windowStart":"15:00",
                 "windowEnd":"16:00","description":"Замер окон","managerId":%d}"""
                .formatted(clientId, phone, today, manager));
        assertEquals(201, assessment.statusCode(), assessment.body());
        JsonObject json = object(assessment);
        place("ASSESSMENT", json.getJsonNumber("id").longValue(), lat, lon);
        return json;
    }

    /** The manager's device sends a track of the last half hour. */
    private void track() throws IOException, InterruptedException {
        HttpResponse<String> issued = admin.json("POST", "api/tracking/devices?manager=" + managerId, "{\"label\":\"Телефон\"}");
        assertEquals(201, issued.statusCode(), issued.body());
        String token = object(issued).getString("token");
        Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(30, ChronoUnit.MINUTES);
        List<String> each = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            each.add("""
                    {"time":"%s","latitude":%s,"longitude":%s,"accuracy":5.0,"battery":64.0}"""
                    .formatted(from.plus(i * 5L, ChronoUnit.MINUTES), 55.75 + i * 0.003, 37.60 + i * 0.004));
        }
        HttpResponse<String> sent = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("api/tracking/positions"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"positions\":[" + String.join(",", each) + "]}"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, sent.statusCode(), sent.body());
    }

    private int markers() {
        return browser.driver().findElements(By.cssSelector("#mapForm\\:osmap_map .leaflet-marker-icon")).size();
    }

    private int listed(String kind) {
        return browser.driver().findElements(By.cssSelector("#marks li[data-kind='" + kind + "']")).size();
    }

    @Test
    void theOperatorSeesTheDayOnTheMapAndOpensACardFromAMarker() throws Exception {
        JsonObject mine = order(managerId, "Москва, Арбат, 10", "10:00", "12:00", 55.752, 37.592);
        JsonObject other = order(otherManagerId, "Москва, Лесная, 5", "13:00", "14:00", 55.781, 37.588);
        JsonObject assessment = assessment(managerId, 55.757, 37.611);
        track();

        browser.signIn(operatorLogin, PASSWORD);
        browser.open("map/map.xhtml");
        browser.waitFor("#mapForm\\:osmap_map .leaflet-marker-icon");
        String orderKey = "ORDER-" + mine.getJsonNumber("id");
        assertTrue(browser.present("#marks li[data-id='" + orderKey + "']"));
        assertTrue(browser.present("#marks li[data-id='ORDER-" + other.getJsonNumber("id") + "']"), "every manager's orders");
        assertTrue(browser.present("#marks li[data-id='ASSESSMENT-" + assessment.getJsonNumber("id") + "']"));
        assertTrue(browser.present("#marks li[data-id='CLIENT-" + addressId + "']"), "the clients layer");
        assertTrue(browser.present("#marks li[data-id='MANAGER-" + managerId + "']"), "the manager's last position");
        browser.waitForText("#marks li[data-id='MANAGER-" + managerId + "']", "батарея 64 %");
        int all = listed("order") + listed("assessment") + listed("client") + listed("manager");
        assertEquals(all, markers(), "one Leaflet marker for each listed point");
        browser.screenshot("map-operator-desktop");

        // A marker's click asks the server for its info: the title and the link to the card.
        String marker = browser.find("#marks li[data-id='" + orderKey + "']").getAttribute("data-marker");
        browser.driver().executeScript("PF('map').cfg.markers.find(m => m.options.customId === arguments[0]).fire('click')",
                marker);
        browser.waitForText("#mapForm\\:mapInfo", "Заказ № " + mine.getJsonNumber("number"));
        String href = browser.find("#infoLink").getAttribute("href");
        assertTrue(href.endsWith("orders/edit.xhtml?id=" + mine.getJsonNumber("id")), href);
        browser.screenshot("map-operator-info-desktop");

        // The clients layer off: the client's marker goes.
        int clients = listed("client");
        browser.click("#mapForm\\:clients .ui-chkbox-box");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> listed("client") == 0);
        assertEquals(all - clients, markers(), "the clients' markers are gone");

        browser.resize(Browser.PHONE);
        browser.open("map/map.xhtml");
        browser.waitFor("#mapForm\\:osmap_map .leaflet-marker-icon");
        browser.screenshot("map-operator-phone");
    }

    @Test
    void aManagerSeesTheirOwnDayWithTheTrackAndTheRoute() throws Exception {
        order(managerId, "Москва, Арбат, 10", "10:00", "12:00", 55.752, 37.592);
        JsonObject other = order(otherManagerId, "Москва, Лесная, 5", "13:00", "14:00", 55.781, 37.588);
        track();

        browser.signIn(managerLogin, PASSWORD);
        browser.open("map/map.xhtml");
        browser.waitFor("#mapForm\\:osmap_map .leaflet-marker-icon");
        browser.waitForText("#route", "Москва, Арбат, 10");
        browser.waitForText("#trackInfo", "6");
        assertTrue(browser.present("#mapForm\\:osmap_map path.leaflet-interactive"), "the track's polyline is drawn");
        assertFalse(browser.present("#marks li[data-id='ORDER-" + other.getJsonNumber("id") + "']"), "not a colleague's order");
        assertEquals(0, listed("client"), "no clients layer for a manager");
        assertEquals(1, listed("manager"), "only their own position");
        browser.screenshot("map-manager-desktop");

        browser.resize(Browser.PHONE);
        browser.open("map/map.xhtml");
        browser.waitFor("#mapForm\\:osmap_map path.leaflet-interactive");
        browser.screenshot("map-manager-phone");
    }

    @Test
    void theOperatorPlacesAnOrdersPointByHandOnItsForm() {
        HttpResponse<String> created = admin.json("POST", "api/orders", """
                {"clientId":%d,"contactPhone":"%s","address":"Москва, Безымянный тупик, 1","visitDate":"%s","windowStart":"10:00",
                 "windowEnd":"11:00","description":"Ремонт","lines":[],"amount":1000,"discount":null,"managerId":null}"""
                .formatted(clientId, phone, today));
        assertEquals(201, created.statusCode(), created.body());
        long id = object(created).getJsonNumber("id").longValue();

        browser.signIn(operatorLogin, PASSWORD);
        browser.open("orders/edit.xhtml?id=" + id);
        browser.waitForText("#orderForm .crm-geo-status", "ищется");
        browser.click("#orderForm\\:geoPlace");
        browser.waitFor("#orderForm\\:geoMap_map");
        browser.find("#orderForm\\:geoMap_map").click();
        browser.waitFor("#orderForm\\:geoMap_map .leaflet-marker-icon");
        browser.screenshot("geo-pin-dialog-desktop");
        browser.click("#orderForm\\:geoSave");
        browser.waitForText("#orderForm .crm-geo-status", "вручную");
        JsonObject geo = object(admin.get("api/orders/" + id)).getJsonObject("geo");
        assertEquals("MANUAL", geo.getString("status"), geo.toString());
        assertTrue(Math.abs(geo.getJsonNumber("latitude").doubleValue() - 55.7558) < 0.05, geo.toString());
        browser.resize(Browser.PHONE);
        browser.open("orders/edit.xhtml?id=" + id);
        browser.waitForText("#orderForm .crm-geo-status", "вручную");
        browser.screenshot("geo-pin-order-phone");
    }

    @Test
    void theOperatorPlacesAClientAddressByHandInItsRow() {
        HttpResponse<String> created = admin.json("POST", "api/clients", """
                {"name":"Вера Двухадресная","phones":[{"phone":"+7926%07d","note":null}],
                 "addresses":[{"address":"Москва, Садовая, 1","entrance":null,"floor":null,"apartment":null,"intercom":null},
                              {"address":"Подмосковье, дача у речки","entrance":null,"floor":null,"apartment":null,"intercom":null}]}"""
                .formatted(Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 10_000_000L)));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject client = object(created);
        long id = client.getJsonNumber("id").longValue();
        long second = client.getJsonArray("addresses").getJsonObject(1).getJsonNumber("id").longValue();

        browser.signIn(operatorLogin, PASSWORD);
        browser.open("clients/edit.xhtml?id=" + id);
        String row = "#clientForm\\:addresses\\:1\\:";
        browser.waitForText(".crm-field:has(" + row + "address) .crm-geo-status", "ищется");
        browser.click(row + "geoPlace");
        browser.waitFor("#clientForm\\:geoMap_map");
        browser.find("#clientForm\\:geoMap_map").click();
        browser.waitFor("#clientForm\\:geoMap_map .leaflet-marker-icon");
        browser.click("#clientForm\\:geoSave");
        browser.waitForText(".crm-field:has(" + row + "address) .crm-geo-status", "вручную");
        browser.screenshot("geo-pin-client-desktop");
        JsonObject geo = object(admin.get("api/clients/" + id)).getJsonArray("addresses").stream()
                .map(a -> a.asJsonObject()).filter(a -> a.getJsonNumber("id").longValue() == second).findFirst()
                .orElseThrow().getJsonObject("geo");
        assertEquals("MANUAL", geo.getString("status"), geo.toString());
        assertTrue(Math.abs(geo.getJsonNumber("latitude").doubleValue() - 55.7558) < 0.05, geo.toString());
        assertEquals("PENDING", object(admin.get("api/clients/" + id)).getJsonArray("addresses").getJsonObject(0)
                .getJsonObject("geo").getString("status"), "the other address is left as it was");
    }

    @Test
    void theAdministratorKeepsTheGeoSettingsOnTheirPageAndOthersAreRefused() {
        browser.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword());
        browser.open("geo/settings.xhtml");
        browser.type("#geoForm\\:geocoderUrl", "ftp://geocoder.example");
        browser.click("#geoForm\\:save");
        browser.waitForText("#geoForm", "Адрес геокодера должен начинаться с http:// или https://");
        browser.screenshot("geo-settings-desktop");
        browser.erase("#geoForm\\:geocoderUrl");
        browser.click("#geoForm\\:save");
        browser.waitForText("#geoForm\\:messages", "сохранены");
        browser.resize(Browser.PHONE);
        browser.open("geo/settings.xhtml");
        browser.waitFor("#geoForm\\:save");
        browser.screenshot("geo-settings-phone");

        WebClient operator = new WebClient(base);
        assertEquals(302, operator.signIn(operatorLogin, PASSWORD).statusCode());
        assertEquals(403, operator.get("geo/settings.xhtml").statusCode(), "the page is the administrator's");
        long version = object(admin.get("api/geo/settings")).getJsonNumber("version").longValue();
        HttpResponse<String> forged = operator.json("PUT", "api/geo/settings?version=" + version,
                "{\"geocoder\":\"NOMINATIM\",\"geocoderUrl\":\"http://127.0.0.1:9\",\"googleMapsKey\":\"forged\"}");
        assertEquals(403, forged.statusCode(), forged.body());
        JsonObject after = object(admin.get("api/geo/settings"));
        assertEquals(version, after.getJsonNumber("version").longValue(), "nothing changed");
        assertFalse(after.getBoolean("googleMapsKeySet"));
    }
}
