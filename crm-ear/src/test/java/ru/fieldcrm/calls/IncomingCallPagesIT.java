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
import java.util.LinkedHashMap;
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
import org.openqa.selenium.By;
import ru.fieldcrm.shared.Browser;
import ru.fieldcrm.shared.Deployments;
import ru.fieldcrm.shared.WebClient;

/**
 * The incoming call's card: two operators with their own extensions are signed in, the PBX
 * posts a call ringing one of them, and only that one sees the card of the caller, without a
 * reload; a number on no card offers a new client with the number filled in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "browser.tests", matches = "true")
class IncomingCallPagesIT {

    static final String PASSWORD = "Secret-pass1";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crm();
    }

    @ArquillianResource
    URL deployed;

    URI base;
    WebClient admin;
    String webhook;
    Browser rung;
    Browser other;
    String rungExtension;
    String rungLogin;
    String otherLogin;
    String clientPhone;
    String clientName;

    @BeforeEach
    void twoOperatorsAndAClient() {
        base = Deployments.base(deployed);
        admin = new WebClient(base);
        assertEquals(302, admin.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword()).statusCode());
        long version = object(admin.get("api/pbx/settings")).getJsonNumber("version").longValue();
        HttpResponse<String> saved = admin.json("PUT", "api/pbx/settings?version=" + version,
                "{\"pbx\":\"GENERIC\",\"apiKey\":null,\"secret\":null,\"apiUrl\":null}");
        assertEquals(200, saved.statusCode(), saved.body());
        webhook = object(saved).getString("webhookPath");

        rungExtension = digits(5);
        rungLogin = operator("Ольга Звонарёва", rungExtension);
        otherLogin = operator("Пётр Соседов", digits(5) + "9");

        clientPhone = "+7916" + digits(7);
        clientName = "Клиент " + digits(4);
        CallFixtures.client(admin, clientName, clientPhone);

        rung = new Browser(base);
        other = new Browser(base);
    }

    String operator(String name, String extension) {
        String login = "op" + UUID.randomUUID().toString().substring(0, 8);
        CallFixtures.operator(admin, login, name, extension);
        return login;
    }

    @AfterEach
    void close() {
        if (rung != null) {
            rung.close();
        }
        if (other != null) {
            other.close();
        }
    }

    void ring(String phone) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("event", "start");
        fields.put("call_id", "in-" + UUID.randomUUID());
        fields.put("direction", "in");
        fields.put("client", phone);
        fields.put("line", "+74950001122");
        fields.put("extension", rungExtension);
        HttpResponse<String> answer = new WebClient(base).postForm(webhook, fields);
        assertEquals(200, answer.statusCode(), answer.body());
    }

    /** Opens the home page and waits until its socket is open, so that a ring finds it. */
    static void listening(Browser browser) throws InterruptedException {
        browser.open("index.xhtml");
        Instant deadline = Instant.now().plusSeconds(15);
        while (!browser.present("#incomingCallForm") || !Boolean.TRUE.equals(browser.driver().executeScript(
                "return !!window.OmniFaces && !!OmniFaces.Push && document.readyState === 'complete'"))) {
            assertTrue(Instant.now().isBefore(deadline), "the page has no socket for incoming calls");
            Thread.sleep(100);
        }
        // The socket opens once the page has loaded.
        Thread.sleep(1000);
    }

    @Test
    void onlyTheRungOperatorSeesTheCallersCard() throws InterruptedException {
        rung.signIn(rungLogin, PASSWORD);
        other.signIn(otherLogin, PASSWORD);
        listening(rung);
        listening(other);

        Instant rang = Instant.now();
        ring(clientPhone);
        rung.waitForText("#incomingCall", clientName);
        Duration shown = Duration.between(rang, Instant.now());
        assertTrue(shown.compareTo(Duration.ofSeconds(8)) < 0, "the card took " + shown);
        String card = rung.find("#incomingCall").getText();
        assertTrue(card.contains("Входящий звонок") && card.contains("Открытых заказов нет"), card);
        assertTrue(rung.present("#incomingNewOrder"), card);
        rung.screenshot("calls-incoming-card-desktop");

        // The other operator's page stays as it was.
        Thread.sleep(2000);
        assertFalse(other.driver().findElements(By.cssSelector("#incomingCall")).stream()
                .anyMatch(dialog -> dialog.isDisplayed() || dialog.getText().contains(clientName)));

        rung.click("#incomingNewOrder");
        Instant deadline = Instant.now().plusSeconds(15);
        while (!rung.driver().getCurrentUrl().contains("orders/edit")) {
            assertTrue(Instant.now().isBefore(deadline), "the new order form did not open");
            Thread.sleep(100);
        }
        assertTrue(rung.driver().getCurrentUrl().contains("client="), rung.driver().getCurrentUrl());
        rung.waitFor("input[id$='clientId_input']");
        String picked = (String) rung.driver().executeScript(
                "return document.querySelector(\"input[id$='clientId_input']\").value");
        assertTrue(picked.contains(clientName), picked);

        // A number on no card: «новый клиент», and the new card starts with the number.
        rung.resize(Browser.PHONE);
        listening(rung);
        String stranger = "+7925" + digits(7);
        ring(stranger);
        rung.waitForText("#incomingCall", "Новый клиент");
        rung.screenshot("calls-incoming-new-client-phone");
        rung.click("#incomingNewClient");
        rung.waitFor("[id$='phoneRows'] input");
        String typed = (String) rung.driver().executeScript(
                "return Array.from(document.querySelectorAll('[id$=phoneRows] input')).map(i => i.value).join(' ')");
        assertTrue(typed.replaceAll("\\D", "").contains(stranger.substring(2)), typed);

        listening(rung);
        ring(clientPhone);
        rung.waitForText("#incomingCall", clientName);
        rung.screenshot("calls-incoming-card-phone");
    }
}
