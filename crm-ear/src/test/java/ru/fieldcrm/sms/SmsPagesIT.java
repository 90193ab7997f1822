package ru.fieldcrm.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.fieldcrm.shared.Browser;
import ru.fieldcrm.shared.Deployments;
import ru.fieldcrm.shared.WebClient;

/**
 * The SMS pages in a real browser, on a desktop and a 390 px phone: the administrator writes a
 * template and watches its preview count characters and parts; an invalid form is refused whole,
 * each problem next to its field, and nothing of it is saved; a valid one is saved without the key
 * coming back. With the journal gateway a booked order's message shows in the log and on the order,
 * a message to a landline shows why it failed, a dropped one is sent again by the administrator, and
 * the operator reads the log but not the settings.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "browser.tests", matches = "true")
class SmsPagesIT {

    private static final String PASSWORD = "Secret-pass1";
    /** Nothing may leave the machine: a gateway saved here points at a closed local port. */
    private static final String NOWHERE = "http://127.0.0.1:9/";

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
        save(SmsApiIT.quiet());
        browser = new Browser(base);
    }

    @AfterEach
    void close() {
        browser.close();
        save(SmsApiIT.quiet());
    }

    private JsonObject settings() {
        HttpResponse<String> settings = admin.get("api/sms/settings");
        assertEquals(200, settings.statusCode(), settings.body());
        return SmsApiIT.object(settings);
    }

    private void save(String body) {
        long version = SmsApiIT.version(settings());
        HttpResponse<String> saved = admin.json("PUT", "api/sms/settings?version=" + version, body);
        assertEquals(200, saved.statusCode(), saved.body());
    }

    private static JsonObject template(JsonObject settings, String trigger) {
        return settings.getJsonArray("templates").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("trigger").equals(trigger)).findFirst().orElseThrow();
    }

    /** The settings page: the gateway's fields, a template's editor (by group and row) and Save. */
    static final class SettingsPage {
        private final Browser browser;

        SettingsPage(Browser browser) {
            this.browser = browser;
        }

        static String id(String clientId) {
            return "#" + clientId.replace(":", "\\:");
        }

        /** Picks the gateway from the drop-down and waits for its fields. */
        void chooseGateway(String label, String value) {
            browser.choose("#smsForm\\:gateway", label, value);
            browser.waitForText("#smsForm\\:gatewayFields", label);
        }

        /** Switches the template on and waits for its editor. */
        String enable(String repeater, int row) {
            String template = "smsForm:" + repeater + ":" + row + ":";
            browser.click(id(template + "enabled") + " .ui-toggleswitch-slider");
            browser.waitFor(id(template + "text"));
            return template;
        }

        void insert(String template, String placeholder) {
            browser.click(id(template + "body") + " .crm-sms-token[data-token='" + placeholder + "']");
        }

        String preview(String template) {
            return browser.find(id(template + "preview")).getText();
        }

        /** The text of the field's box: its label, input and the messages shown beside it. */
        String besides(String clientId, String box) {
            return (String) browser.driver().executeScript(
                    "return document.getElementById(arguments[0]).closest(arguments[1]).innerText", clientId, box);
        }

        void save() {
            browser.click("#smsForm\\:save");
        }
    }

    @Test
    void theAdministratorWritesATemplateAndSeesItCountedAsItIsTyped() {
        browser.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword());
        browser.clickAndWaitForPage("#navSmsSettings");
        SettingsPage page = new SettingsPage(browser);

        String template = page.enable("orderTemplates", 2);
        browser.type(SettingsPage.id(template + "text"), "Здравствуйте, ");
        page.insert(template, "{клиент}");
        browser.find(SettingsPage.id(template + "text")).sendKeys(
                "! Мастер выехал к вам по заказу № {номер} и будет у вас {время}. Телефон мастера: {телефон_менеджера}");
        browser.waitForText(SettingsPage.id(template + "preview"), "SMS (до 67 в каждой)");
        String preview = page.preview(template);
        assertTrue(preview.contains("Кириллица: "), preview);
        assertTrue(preview.contains("Предел шлюза"), preview);
        assertTrue(browser.find(SettingsPage.id(template + "text")).getDomProperty("value")
                .startsWith("Здравствуйте, {клиент}! Мастер"));
        browser.driver().executeScript("document.getElementById(arguments[0]).scrollIntoView()", template + "body");
        browser.screenshot("sms-settings-preview-desktop");

        browser.type(SettingsPage.id(template + "text"), "Hello! The master is on the way.");
        browser.waitForText(SettingsPage.id(template + "preview"), "Латиница GSM");
        assertTrue(page.preview(template).contains("1 SMS (до 160)"), page.preview(template));

        save(SmsApiIT.quiet());
        page.save();
        browser.waitForText("#smsForm\\:formMessages", "только что сохранил кто-то другой");
        assertFalse(template(settings(), "ORDER_LEFT_OFFICE").getBoolean("enabled"), "the later save changed nothing");

        browser.type("#testForm\\:phone", "8 916 123-45-67");
        browser.type("#testForm\\:text", "Проверка связи");
        browser.click("#testForm\\:sendTest");
        browser.waitForText("#testForm\\:outcome", "В журнале");
        browser.driver().executeScript("document.getElementById('testForm').scrollIntoView()");
        browser.screenshot("sms-settings-test-desktop");

        browser.resize(Browser.PHONE);
        browser.driver().executeScript("window.scrollTo(0, 0)");
        browser.screenshot("sms-settings-phone");
        browser.driver().executeScript("document.getElementById(arguments[0]).scrollIntoView()", template + "body");
        browser.screenshot("sms-settings-preview-phone");

        browser.resize(Browser.DESKTOP);
        browser.clickAndWaitForPage("#langForm\\:langEn");
        browser.waitForText(".crm-page-title", "SMS settings");
        browser.screenshot("sms-settings-en-desktop");
    }

    @Test
    void anInvalidFormIsRefusedWholeWithEachProblemAtItsFieldAndAValidOneIsSaved() {
        long version = SmsApiIT.version(settings());
        browser.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword());
        browser.open("sms/settings.xhtml");
        SettingsPage page = new SettingsPage(browser);

        page.chooseGateway("SMS Aero", "SMS_AERO");
        browser.type("#smsForm\\:login", "crm@example.ru");
        browser.type("#smsForm\\:secret", "aero-key-" + UUID.randomUUID());
        browser.type("#smsForm\\:apiUrl", NOWHERE);
        String template = page.enable("orderTemplates", 2);
        browser.type(SettingsPage.id(template + "text"), "{клиентт}, мастер выехал");
        page.save();
        browser.waitForText("#smsForm", "Для SMS Aero укажите имя отправителя");
        assertTrue(page.besides("smsForm:sender", ".crm-field").contains("Для SMS Aero укажите имя отправителя"));
        assertTrue(page.besides(template + "text", ".crm-sms-template").contains("Неизвестные подстановки: {клиентт}. Исправьте"),
                page.besides(template + "text", ".crm-sms-template"));
        assertTrue(browser.find("#smsForm\\:formMessages").getText().contains("Настройки не сохранены"));
        browser.driver().executeScript("document.getElementById('smsForm:gatewayFields').scrollIntoView()");
        browser.screenshot("sms-settings-refused-gateway-desktop");
        browser.driver().executeScript("document.getElementById(arguments[0]).scrollIntoView()", template + "body");
        browser.screenshot("sms-settings-refused-template-desktop");

        browser.type("#smsForm\\:sender", "Мастер!");
        page.save();
        browser.waitForText("#smsForm\\:gatewayFields", "Имя отправителя: от 2 до 11 знаков");
        assertTrue(page.besides("smsForm:sender", ".crm-field").contains("Имя отправителя: от 2 до 11 знаков"));
        // The contract refuses the sender before the service looks at the rest; the template's own
        // problem is still shown beside it by its live preview.
        assertTrue(page.besides(template + "text", ".crm-sms-template").contains("Неизвестные подстановки: {клиентт}"));
        browser.resize(Browser.PHONE);
        browser.driver().executeScript("document.getElementById('smsForm:sender').scrollIntoView()");
        browser.screenshot("sms-settings-refused-phone");
        browser.resize(Browser.DESKTOP);

        JsonObject unchanged = settings();
        assertEquals(version, SmsApiIT.version(unchanged));
        assertEquals("JOURNAL", unchanged.getString("gateway"));
        assertFalse(unchanged.getBoolean("secretSet"));
        assertFalse(template(unchanged, "ORDER_LEFT_OFFICE").getBoolean("enabled"));

        browser.type("#smsForm\\:sender", "FieldCRM");
        browser.type(SettingsPage.id(template + "text"), "{клиент}, мастер выехал");
        page.save();
        browser.waitForText("#smsForm\\:formMessages", "Настройки СМС сохранены");
        assertEquals("", browser.find("#smsForm\\:secret").getDomProperty("value"));
        assertEquals("Сохранён; введите новый, чтобы заменить", browser.find("#smsForm\\:secret").getDomAttribute("placeholder"));
        JsonObject saved = settings();
        assertEquals("SMS_AERO", saved.getString("gateway"));
        assertTrue(saved.getBoolean("secretSet"));
        assertFalse(saved.toString().contains("aero-key-"), saved.toString());
        assertEquals("FieldCRM", saved.getString("sender"));
        assertEquals("{клиент}, мастер выехал", template(saved, "ORDER_LEFT_OFFICE").getString("text"));
        assertTrue(template(saved, "ORDER_LEFT_OFFICE").getBoolean("enabled"));
    }

    @Test
    void theLogAndTheOrderShowTheMessagesOfBookedOrders() throws Exception {
        save(SmsApiIT.settings("JOURNAL", null, null, null, null, List.of(
                SmsApiIT.template("ORDER_NEW", true, "{клиент}, заказ № {номер} принят. Ждите звонка менеджера.", 0, false),
                SmsApiIT.template("ORDER_ASSIGNED", true, "{клиент}, мастер {менеджер} приедет {дата} {время}.", 60, true))));
        String operator = "operator" + UUID.randomUUID().toString().substring(0, 6);
        assertEquals(201, admin.json("POST", "api/users", """
                {"login":"%s","fullName":"Ольга Операторова","role":"OPERATOR","password":"%s"}"""
                .formatted(operator, PASSWORD)).statusCode());
        HttpResponse<String> manager = admin.json("POST", "api/users", """
                {"login":"manager%s","fullName":"Иван Петров","role":"MANAGER","phone":"+7 916 700-10-20","password":"%s"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 6), PASSWORD));
        assertEquals(201, manager.statusCode(), manager.body());
        HttpResponse<String> client = admin.json("POST", "api/clients", """
                {"name":"Анна Смирнова","phones":[{"phone":"+7916%07d","note":null}],"addresses":[]}"""
                .formatted(Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 10_000_000L)));
        assertEquals(201, client.statusCode(), client.body());
        long clientId = SmsApiIT.id(SmsApiIT.object(client));
        JsonObject mobile = book(clientId, "+7 916 555-44-33", null);
        JsonObject landline = book(clientId, "+7 495 123-45-67", null);
        JsonObject assigned = book(clientId, "+7 916 555-44-34", SmsApiIT.id(SmsApiIT.object(manager)));
        HttpResponse<String> cancelled = admin.json("POST", "api/orders/" + SmsApiIT.id(assigned) + "/cancel?version="
                + SmsApiIT.version(assigned), "{\"reason\":\"Клиент передумал\"}");
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        awaitStatus(SmsApiIT.id(mobile), "JOURNALED");
        awaitStatus(SmsApiIT.id(landline), "FAILED");
        awaitStatus(SmsApiIT.id(assigned), "DROPPED");

        browser.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword());
        browser.clickAndWaitForPage("#navSmsLog");
        filterByOrder(mobile);
        awaitRows(1, "+7 (916) 555-44-33");
        String row = browser.find("#logForm\\:messages").getText();
        assertTrue(row.contains("Анна Смирнова, заказ № " + mobile.getJsonNumber("number") + " принят"), row);
        assertTrue(row.contains("В журнале"), row);
        assertTrue(row.contains("Заказ принят"), row);
        assertFalse(browser.present("#logForm\\:messages\\:0\\:resend"));
        browser.screenshot("sms-log-desktop");

        filterByOrder(landline);
        awaitRows(1, "+7 (495) 123-45-67");
        assertTrue(browser.find("#logForm\\:messages").getText().contains("Номер не мобильный"));
        assertFalse(browser.present("#logForm\\:messages\\:0\\:resend"), "a landline is offered no second try");

        filterByOrder(assigned);
        awaitRows(1, "+7 (916) 555-44-34");
        assertTrue(browser.find("#logForm\\:messages").getText().contains("Не отправлено"));
        browser.screenshot("sms-log-dropped-desktop");
        browser.click("#logForm\\:messages\\:0\\:resend");
        browser.click("#confirmYes");
        browser.waitForText("#messages", "поставлено в очередь снова");
        awaitRows(2, "+7 (916) 555-44-34");
        awaitStatus(SmsApiIT.id(assigned), "JOURNALED");

        browser.find("#logForm\\:order_input").sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        browser.resize(Browser.PHONE);
        browser.waitForText("#logForm\\:messages", "+7 (495) 123-45-67");
        browser.screenshot("sms-log-phone");
        browser.resize(Browser.DESKTOP);

        browser.open("orders/edit.xhtml?id=" + SmsApiIT.id(mobile));
        browser.waitForText("#smsMessages", "принят. Ждите звонка менеджера.");
        assertTrue(browser.find("#smsMessages").getText().contains("В журнале"));
        browser.driver().executeScript("document.getElementById('smsMessages').scrollIntoView()");
        browser.screenshot("sms-order-desktop");
        browser.signOut();

        browser.signIn(operator, PASSWORD);
        assertTrue(browser.present("#navSmsLog"));
        assertFalse(browser.present("#navSmsSettings"));
        browser.open("sms/log.xhtml");
        filterByOrder(assigned);
        awaitRows(2, "+7 (916) 555-44-34");
        assertFalse(browser.present("#logForm\\:messages\\:1\\:resend"), "only the administrator sends again");
        browser.open("sms/settings.xhtml");
        browser.waitForText("#errorTitle", "Доступ запрещён");
    }

    private void filterByOrder(JsonObject order) {
        browser.type("#logForm\\:order_input", String.valueOf(order.getJsonNumber("number").longValue()));
    }

    /** Waits for the log's table to show that many rows, the first with that text. */
    private void awaitRows(int count, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    List<WebElement> rows = d.findElements(By.cssSelector("#logForm\\:messages tbody tr"));
                    return rows.size() == count && rows.get(0).getText().contains(text);
                });
    }

    private JsonObject book(long clientId, String phone, Long managerId) {
        HttpResponse<String> booked = admin.json("POST", "api/orders", """
                {"clientId":%d,"contactPhone":"%s","address":"Москва, ул. Ленина, 10",
                 "visitDate":"%s","windowStart":"10:00","windowEnd":"12:00","description":"Монтаж",
                 "lines":[],"amount":4500,"discount":null,"managerId":%s,"comment":null}"""
                .formatted(clientId, phone, LocalDate.now(SmsApiIT.MOSCOW).plusDays(3), managerId));
        assertEquals(201, booked.statusCode(), booked.body());
        return SmsApiIT.object(booked);
    }

    /** Waits for the dispatcher (every second) to settle the order's message. */
    private void awaitStatus(long orderId, String status) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String found = "";
        while (Instant.now().isBefore(deadline)) {
            found = admin.get("api/orders/" + orderId + "/sms").body();
            if (found.contains("\"status\":\"" + status + "\"")) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No " + status + " message of order " + orderId + ": " + found);
    }
}
