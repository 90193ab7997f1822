package ru.fieldcrm.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
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
import ru.fieldcrm.shared.Browser;
import ru.fieldcrm.shared.Deployments;
import ru.fieldcrm.shared.WebClient;

/**
 * Geocoding over real HTTP against the deployed EAR and a fake Nominatim on loopback: saving an
 * order locates its address after the commit; a second order at the same address is located from
 * the cache without asking the service again; an address the service does not know is flagged
 * NOT_FOUND with no point; the settings never give the keys back.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GeocodingIT {

    private static final String PASSWORD = "Secret-pass1";
    private static final String UNKNOWN = "нигдебург";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crm();
    }

    @ArquillianResource
    URL deployed;

    WebClient admin;
    WebClient operator;
    String operatorLogin;
    URI base;
    long clientId;
    LocalDate today;
    HttpServer nominatim;
    final Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();

    private static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    @BeforeEach
    void fakeNominatimAndStaff() throws IOException {
        nominatim = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        nominatim.createContext("/search", exchange -> {
            String q = "";
            for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
                if (pair.startsWith("q=")) {
                    q = URLDecoder.decode(pair.substring(2), StandardCharsets.UTF_8);
                }
            }
            asked.computeIfAbsent(q, k -> new AtomicInteger()).incrementAndGet();
            String body = q.contains(UNKNOWN) ? "[]"
                    : "[{\"place_id\":7,\"lat\":\"55.7558\",\"lon\":\"37.6173\",\"display_name\":\"Москва\"}]";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        nominatim.start();

        base = Deployments.base(deployed);
        today = LocalDate.now(ZoneId.of("Europe/Moscow"));
        admin = new WebClient(base);
        assertEquals(302, admin.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword()).statusCode());
        saveSettings("{\"geocoder\":\"NOMINATIM\",\"geocoderUrl\":\"http://127.0.0.1:%d\",\"geocoderKey\":null,"
                .formatted(nominatim.getAddress().getPort())
                + "\"geocoderSecret\":null,\"googleMapsKey\":\"map-key-never-shown\",\"clearGoogleMapsKey\":false}");

        operatorLogin = "operator" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = admin.json("POST", "api/users", """
                {"login":"%s","fullName":"Ольга Геокодова","role":"OPERATOR","password":"%s"}""".formatted(operatorLogin, PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
        operator = new WebClient(base);
        assertEquals(302, operator.signIn(operatorLogin, PASSWORD).statusCode());
        HttpResponse<String> client = operator.json("POST", "api/clients", """
                {"name":"Гео Клиентов","phones":[{"phone":"+7916%07d","note":null}],"addresses":[]}"""
                .formatted(Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 10_000_000L)));
        assertEquals(201, client.statusCode(), client.body());
        clientId = object(client).getJsonNumber("id").longValue();
    }

    @AfterEach
    void noGeocoder() {
        saveSettings("{\"geocoder\":\"NONE\",\"geocoderUrl\":null,\"geocoderKey\":null,\"geocoderSecret\":null,"
                + "\"googleMapsKey\":null,\"clearGoogleMapsKey\":true}");
        nominatim.stop(0);
    }

    private JsonObject saveSettings(String form) {
        long version = object(admin.get("api/geo/settings")).getJsonNumber("version").longValue();
        HttpResponse<String> saved = admin.json("PUT", "api/geo/settings?version=" + version, form);
        assertEquals(200, saved.statusCode(), saved.body());
        assertFalse(saved.body().contains("map-key-never-shown"), "the key is write-only");
        return object(saved);
    }

    private long book(String address) {
        HttpResponse<String> created = operator.json("POST", "api/orders", """
                {"clientId":%d,"contactPhone":"8 916 555-44-33","address":"%s","entrance":null,"floor":null,
                 "apartment":null,"intercom":null,"visitDate":"%s","windowStart":"10:00","windowEnd":"12:00",
                 "description":null,"lines":[],"amount":1000,"discount":null,"managerId":null,"comment":null}"""
                .formatted(clientId, address, today));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject order = object(created);
        assertEquals("PENDING", order.getJsonObject("geo").getString("status"), "the save does not wait for the geocoder");
        return order.getJsonNumber("id").longValue();
    }

    /** The order's point once the geocoder has answered (no longer pending), within 20 seconds. */
    private JsonObject geoOf(long orderId) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            JsonObject geo = object(admin.get("api/orders/" + orderId)).getJsonObject("geo");
            if (!geo.getString("status").equals("PENDING") || Instant.now().isAfter(until)) {
                return geo;
            }
            Thread.sleep(200);
        }
    }

    @Test
    void aSavedOrderIsLocatedAndTheSameAddressComesFromTheCache() throws InterruptedException {
        String street = "Москва, Геодезическая улица, " + UUID.randomUUID().toString().substring(0, 6);
        JsonObject first = geoOf(book(street));
        assertEquals("FOUND", first.getString("status"), first.toString());
        assertEquals(55.7558, first.getJsonNumber("latitude").doubleValue(), 1e-9);
        assertEquals(37.6173, first.getJsonNumber("longitude").doubleValue(), 1e-9);
        assertEquals("NOMINATIM", first.getString("source"));
        String query = asked.keySet().stream().filter(q -> q.contains("геодезическая")).findFirst().orElseThrow();
        assertEquals(1, asked.get(query).get());

        JsonObject second = geoOf(book(street.toUpperCase() + " "));
        assertEquals("FOUND", second.getString("status"), second.toString());
        assertEquals(1, asked.get(query).get(), "the cache answered the same address");
    }

    @Test
    void anUnknownAddressIsFlaggedNotGuessed() throws InterruptedException {
        JsonObject geo = geoOf(book("Город " + UNKNOWN + ", " + UUID.randomUUID().toString().substring(0, 6)));
        assertEquals("NOT_FOUND", geo.getString("status"), geo.toString());
        assertTrue(!geo.containsKey("latitude") || geo.isNull("latitude"), geo.toString());
    }

    @Test
    @EnabledIfSystemProperty(named = "browser.tests", matches = "true")
    void theOrderFormSaysWhenTheAddressIsNotFoundAndOffersThePin() throws InterruptedException {
        long id = book("Город " + UNKNOWN + ", " + UUID.randomUUID().toString().substring(0, 6));
        assertEquals("NOT_FOUND", geoOf(id).getString("status"));
        try (Browser browser = new Browser(base)) {
            browser.signIn(operatorLogin, PASSWORD);
            browser.open("orders/edit.xhtml?id=" + id);
            browser.waitForText("#orderForm .crm-geo-status", "Адрес не найден на карте — поставьте точку вручную");
            browser.waitForText("#orderForm\\:geoPlace", "Поставить точку");
            browser.resize(Browser.PHONE);
            browser.scrollTo("#orderForm\\:address");
            browser.screenshot("geo-not-found-order-phone");

            // A Google Maps key is saved (above): the map page draws with p:gmap instead of OpenStreetMap.
            browser.resize(Browser.DESKTOP);
            browser.open("map/map.xhtml");
            browser.waitFor("#mapForm\\:gmap");
            assertFalse(browser.present("#mapForm\\:osmap"), "one renderer only");
            assertTrue(browser.driver().getPageSource().contains("map-key-never-shown"),
                    "the key goes to the browser with the Google script");
        }
    }

    private HttpResponse<String> placeByHand(WebClient who, long orderId, double lat, double lon) {
        return who.json("PUT", "api/geo/points/ORDER/" + orderId, "{\"latitude\":%s,\"longitude\":%s}".formatted(lat, lon));
    }

    @Test
    void aPointPlacedByHandStaysThroughALaterSaveAndTheGeocoder() throws InterruptedException {
        long id = book("Город " + UNKNOWN + ", " + UUID.randomUUID().toString().substring(0, 6));
        assertEquals("NOT_FOUND", geoOf(id).getString("status"), "the geocoder could not find it");

        HttpResponse<String> placed = placeByHand(operator, id, 55.701, 37.502);
        assertEquals(200, placed.statusCode(), placed.body());
        assertEquals("MANUAL", object(placed).getString("status"));

        // A save with another address asks the geocoder again for anything but a hand-placed point.
        JsonObject order = object(admin.get("api/orders/" + id));
        HttpResponse<String> saved = operator.json("PUT", "api/orders/" + id + "?version=" + order.getJsonNumber("version"), """
                {"clientId":%d,"contactPhone":"8 916 555-44-33","address":"Москва, Картографическая, 1","entrance":null,
                 "floor":null,"apartment":null,"intercom":null,"visitDate":"%s","windowStart":"10:00","windowEnd":"12:00",
                 "description":null,"lines":[],"amount":1000,"discount":null,"managerId":null,"comment":null}"""
                .formatted(clientId, today));
        assertEquals(200, saved.statusCode(), saved.body());
        Thread.sleep(1500);
        assertTrue(asked.keySet().stream().noneMatch(q -> q.contains("картографическая")), "nothing to ask: the point is placed");
        JsonObject geo = object(admin.get("api/orders/" + id)).getJsonObject("geo");
        assertEquals("MANUAL", geo.getString("status"), geo.toString());
        assertEquals(55.701, geo.getJsonNumber("latitude").doubleValue(), 1e-9);
        assertEquals(37.502, geo.getJsonNumber("longitude").doubleValue(), 1e-9);
    }

    @Test
    void aPointOutOfRangeOrFromAManagerIsRefusedAndChangesNothing() throws InterruptedException {
        long id = book("Город " + UNKNOWN + ", " + UUID.randomUUID().toString().substring(0, 6));
        geoOf(id);
        HttpResponse<String> wrong = placeByHand(operator, id, 95, 37.5);
        assertEquals(400, wrong.statusCode(), wrong.body());
        assertTrue(wrong.body().contains("Широта"), wrong.body());

        String login = "manager" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = admin.json("POST", "api/users", """
                {"login":"%s","fullName":"Пётр Точкин","role":"MANAGER","password":"%s"}""".formatted(login, PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
        WebClient manager = new WebClient(Deployments.base(deployed));
        assertEquals(302, manager.signIn(login, PASSWORD).statusCode());
        assertEquals(403, placeByHand(manager, id, 55.7, 37.5).statusCode());
        assertEquals("NOT_FOUND", object(admin.get("api/orders/" + id)).getJsonObject("geo").getString("status"));
        assertEquals(404, placeByHand(operator, Long.MAX_VALUE, 55.7, 37.5).statusCode());
    }
}
