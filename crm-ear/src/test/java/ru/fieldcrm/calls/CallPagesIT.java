package ru.fieldcrm.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.fieldcrm.calls.CallFixtures.digits;
import static ru.fieldcrm.calls.CallFixtures.object;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
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
import ru.fieldcrm.shared.Browser;
import ru.fieldcrm.shared.Deployments;
import ru.fieldcrm.shared.WebClient;

/**
 * The call log, the missed calls and a client's calls in a real browser, on a desktop and a
 * 390 px phone, with calls posted through the generic PBX's webhook; and the extension field of a
 * user's card.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "browser.tests", matches = "true")
class CallPagesIT {

    static final String PASSWORD = "Secret-pass1";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crm();
    }

    @ArquillianResource
    URL deployed;

    URI base;
    WebClient admin;
    Browser browser;
    String webhook;
    String extension;
    long operatorId;
    long clientId;
    String clientName;

    @BeforeEach
    void callsOfAClient() throws InterruptedException {
        base = Deployments.base(deployed);
        admin = new WebClient(base);
        assertEquals(302, admin.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword()).statusCode());
        long version = object(admin.get("api/pbx/settings")).getJsonNumber("version").longValue();
        HttpResponse<String> saved = admin.json("PUT", "api/pbx/settings?version=" + version,
                "{\"pbx\":\"GENERIC\",\"apiKey\":null,\"secret\":null,\"apiUrl\":null}");
        assertEquals(200, saved.statusCode(), saved.body());
        webhook = object(saved).getString("webhookPath");

        String login = "op" + UUID.randomUUID().toString().substring(0, 8);
        extension = digits(5);
        operatorId = CallFixtures.operator(admin, login, "Ольга Звонарёва", extension);

        String phone = "+7916" + digits(7);
        clientName = "Клиент " + digits(4);
        clientId = CallFixtures.client(admin, clientName, phone);

        String answered = "page-" + UUID.randomUUID();
        post("event", "start", "call_id", answered, "direction", "in", "client", phone, "line", "+74950001122",
                "extension", extension);
        post("event", "answer", "call_id", answered, "extension", extension);
        post("event", "end", "call_id", answered, "duration", "125", "result", "answered");
        post("event", "record", "call_id", answered, "recording", "https://pbx.example/records/1.mp3");
        String missed = "page-" + UUID.randomUUID();
        post("event", "start", "call_id", missed, "direction", "in", "client", phone, "extension", extension);
        post("event", "end", "call_id", missed, "duration", "0", "result", "missed");
        String outgoing = "page-" + UUID.randomUUID();
        post("event", "start", "call_id", outgoing, "direction", "out", "client", phone, "extension", extension);
        post("event", "end", "call_id", outgoing, "duration", "0", "result", "busy");
        // Linking happens after the answer: wait until all three calls name the client.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (object(admin.get("api/calls?client=" + clientId)).getJsonNumber("total").longValue() < 3) {
            assertTrue(Instant.now().isBefore(deadline), "the calls were not linked to the client");
            Thread.sleep(100);
        }
        browser = new Browser(base);
    }

    void post(String... pairs) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        HttpResponse<String> answer = new WebClient(base).postForm(webhook, fields);
        assertEquals(200, answer.statusCode(), answer.body());
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theLogTheMissedCallsAndTheClientsCard() {
        browser.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword());
        browser.open("calls/log.xhtml");
        browser.waitForText("#logForm\\:calls", clientName);
        String log = browser.find("#logForm\\:calls").getText();
        assertTrue(log.contains("Ольга Звонарёва"), log);
        assertTrue(log.contains("Состоялся") && log.contains("Пропущен") && log.contains("Занято"), log);
        assertTrue(log.contains("Длительность 2:05"), log);
        assertTrue(log.contains("Запись разговора"), log);
        browser.screenshot("calls-log-desktop");
        browser.resize(Browser.PHONE);
        browser.screenshot("calls-log-phone");
        browser.resize(Browser.DESKTOP);

        browser.click("#navMissedCalls");
        browser.waitForText("#logForm\\:calls", clientName);
        String missed = browser.find("#logForm\\:calls").getText();
        assertTrue(missed.contains("Пропущен"), missed);
        assertFalse(missed.contains("Состоялся"), missed);
        assertFalse(missed.contains("Занято"), missed);
        browser.screenshot("calls-missed-desktop");

        browser.open("clients/edit.xhtml?id=" + clientId);
        browser.waitForText("#clientCalls", "Пропущен");
        String card = browser.find("#clientCalls").getText();
        assertTrue(card.contains("Входящий") && card.contains("Исходящий"), card);
        browser.driver().executeScript("document.getElementById('clientCalls').scrollIntoView()");
        browser.click("#clientCalls button");
        // The administrator has no extension of their own: that is what the PBX would ring first.
        browser.waitForText("#messages", "не указан внутренний номер");
        browser.screenshot("calls-client-card-callback-refused-desktop");
        browser.resize(Browser.PHONE);
        browser.driver().executeScript("document.getElementById('clientCalls').scrollIntoView()");
        browser.screenshot("calls-client-card-phone");
        browser.resize(Browser.DESKTOP);

        browser.open("users/edit.xhtml?id=" + operatorId);
        browser.waitForValue("#userForm\\:extension", extension);
        browser.screenshot("calls-user-extension-desktop");
    }

    @Test
    void aRecordingOpensForTheAdministratorAndAnotherManagerIsToldWhyNot() {
        long recorded = object(admin.get("api/calls?client=" + clientId)).getJsonArray("rows")
                .getValuesAs(jakarta.json.JsonObject.class).stream().filter(c -> c.getBoolean("recording"))
                .mapToLong(c -> c.getJsonNumber("id").longValue()).findFirst().orElseThrow();
        HttpResponse<String> api = admin.get("api/calls/" + recorded + "/recording");
        assertEquals(303, api.statusCode(), api.body());
        assertEquals("https://pbx.example/records/1.mp3", api.headers().firstValue("Location").orElse(null));
        HttpResponse<String> page = admin.get("calls/recording.xhtml?id=" + recorded);
        assertEquals(302, page.statusCode(), page.body());
        assertEquals("https://pbx.example/records/1.mp3", page.headers().firstValue("Location").orElse(null));

        browser.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword());
        browser.open("calls/log.xhtml");
        browser.waitFor("#logForm\\:calls a.crm-call-recording");
        String href = browser.find("#logForm\\:calls a.crm-call-recording").getAttribute("href");
        assertTrue(href.endsWith("calls/recording.xhtml?id=" + recorded), href);
        browser.signOut();

        String login = "mgr" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, admin.json("POST", "api/users", """
                {"login":"%s","fullName":"Михаил Чужой","role":"MANAGER","phone":null,"password":"%s"}"""
                .formatted(login, PASSWORD)).statusCode());
        browser.signIn(login, PASSWORD);
        browser.open("calls/recording.xhtml?id=" + recorded);
        browser.waitForText("#messages", "Запись этого разговора может прослушать только его участник");
        assertTrue(browser.find("body").getText().contains("К журналу звонков"));
        browser.screenshot("calls-recording-refused-desktop");
        browser.resize(Browser.PHONE);
        browser.screenshot("calls-recording-refused-phone");
    }
}
