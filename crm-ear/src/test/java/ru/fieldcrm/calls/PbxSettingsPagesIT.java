package ru.fieldcrm.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.fieldcrm.calls.CallFixtures.object;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
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
 * «Настройки АТС» in a real browser: the administrator picks Zadarma, is told what is missing by
 * each field, saves, and reads the address to give the PBX; the secret is never shown back and a
 * save without it keeps it. Nobody else opens the page or saves the settings over REST.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "browser.tests", matches = "true")
class PbxSettingsPagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crm();
    }

    @ArquillianResource
    URL deployed;

    URI base;
    WebClient admin;
    Browser browser;

    @BeforeEach
    void open() {
        base = Deployments.base(deployed);
        admin = new WebClient(base);
        assertEquals(302, admin.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword()).statusCode());
        long version = object(admin.get("api/pbx/settings")).getJsonNumber("version").longValue();
        assertEquals(200, admin.json("PUT", "api/pbx/settings?version=" + version,
                "{\"pbx\":\"NONE\",\"apiKey\":null,\"secret\":null,\"apiUrl\":null}").statusCode());
        browser = new Browser(base);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void theAdministratorConnectsZadarma() {
        browser.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword());
        browser.open("calls/settings.xhtml");
        browser.choose("#pbxForm\\:pbx", "Zadarma", "ZADARMA");
        browser.waitFor("#pbxForm\\:apiKey");
        browser.click("#pbxForm\\:save");
        browser.waitForText(".crm-field:has(#pbxForm\\:apiKey)", "Укажите ключ API этой АТС");
        browser.waitForText(".crm-field:has(#pbxForm\\:secret)", "Укажите секрет API этой АТС");
        browser.screenshot("pbx-settings-refused-desktop");
        String key = "k" + UUID.randomUUID().toString().substring(0, 8);
        browser.type("#pbxForm\\:apiKey", key);
        browser.type("#pbxForm\\:secret", "zadarma-secret-1");
        browser.type("#pbxForm\\:apiUrl", "ftp://api.zadarma.com");
        browser.click("#pbxForm\\:save");
        browser.waitForText(".crm-field:has(#pbxForm\\:apiUrl)", "должен начинаться с http");
        assertEquals("NONE", object(admin.get("api/pbx/settings")).getString("pbx"), "nothing saved");

        browser.type("#pbxForm\\:secret", "zadarma-secret-1");
        browser.erase("#pbxForm\\:apiUrl");
        browser.click("#pbxForm\\:save");
        browser.waitForText("#pbxForm\\:messages", "Настройки АТС сохранены");
        browser.waitFor("#pbxForm\\:webhookUrl");
        JsonObject saved = object(admin.get("api/pbx/settings"));
        assertEquals("ZADARMA", saved.getString("pbx"));
        assertEquals(key, saved.getString("apiKey"));
        assertTrue(saved.getBoolean("secretSet"));
        String webhook = browser.find("#pbxForm\\:webhookUrl").getDomProperty("value");
        assertTrue(webhook.startsWith(base.toString()) && webhook.endsWith(saved.getString("webhookPath")), webhook);
        browser.screenshot("pbx-settings-desktop");

        browser.open("calls/settings.xhtml");
        assertEquals("", browser.find("#pbxForm\\:secret").getDomProperty("value"), "the secret is never shown back");
        assertTrue(browser.find("#pbxForm\\:secret").getDomAttribute("placeholder").startsWith("Сохранён"));
        browser.click("#pbxForm\\:save");
        browser.waitForText("#pbxForm\\:messages", "Настройки АТС сохранены");
        assertTrue(object(admin.get("api/pbx/settings")).getBoolean("secretSet"), "an empty field keeps the secret");
        browser.resize(Browser.PHONE);
        browser.screenshot("pbx-settings-phone");
    }

    @Test
    void nobodyElseSeesOrChangesThem() {
        String login = "op" + UUID.randomUUID().toString().substring(0, 8);
        CallFixtures.operator(admin, login, "Олег Настройкин", CallFixtures.digits(5));
        WebClient operator = new WebClient(base);
        assertEquals(302, operator.signIn(login, CallFixtures.PASSWORD).statusCode());
        long version = object(admin.get("api/pbx/settings")).getJsonNumber("version").longValue();
        HttpResponse<String> forged = operator.json("PUT", "api/pbx/settings?version=" + version,
                "{\"pbx\":\"GENERIC\",\"apiKey\":null,\"secret\":null,\"apiUrl\":null}");
        assertEquals(403, forged.statusCode(), forged.body());
        assertEquals(403, operator.get("api/pbx/settings").statusCode());
        assertEquals(403, operator.get("calls/settings.xhtml").statusCode());
        assertEquals("NONE", object(admin.get("api/pbx/settings")).getString("pbx"), "nothing changed");

        browser.signIn(login, CallFixtures.PASSWORD);
        browser.open("calls/log.xhtml");
        assertFalse(browser.present("#navPbxSettings"), "no menu entry for an operator");
    }
}
