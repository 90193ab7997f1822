package ru.fieldcrm.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.fieldcrm.shared.Browser;
import ru.fieldcrm.shared.Deployments;
import ru.fieldcrm.shared.WebClient;

/**
 * The client pages in a real browser, on a desktop window and on a phone: an operator creates a
 * card with two numbers and an address, is told next to the field what is wrong, and finds the
 * client by a number; a manager reads a card without being able to change it; an administrator
 * merges a duplicate from its card.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "browser.tests", matches = "true")
class ClientPagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crm();
    }

    @ArquillianResource
    URL deployed;

    Browser browser;
    WebClient admin;

    @BeforeEach
    void open() {
        browser = new Browser(Deployments.base(deployed));
        admin = new WebClient(Deployments.base(deployed));
        assertEquals(302, admin.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword()).statusCode());
    }

    @AfterEach
    void close() {
        browser.close();
    }

    private String staff(String role) {
        String login = role.toLowerCase() + ClientApiIT.letters(UUID.randomUUID().toString().substring(0, 6));
        HttpResponse<String> created = admin.json("POST", "api/users", """
                {"login":"%s","fullName":"Светлана Сотрудникова","role":"%s","password":"Staff-pass1"}"""
                .formatted(login, role));
        assertEquals(201, created.statusCode(), created.body());
        return login;
    }

    /** Ten national digits of a mobile number nobody has yet. */
    private static String national(String prefix) {
        return prefix + "%07d".formatted(ThreadLocalRandom.current().nextInt(10_000_000));
    }

    private static String formatted(String national) {
        return "+7 (" + national.substring(0, 3) + ") " + national.substring(3, 6) + "-" + national.substring(6, 8) + "-"
                + national.substring(8);
    }

    private long createClient(String name, String national, String extra) {
        HttpResponse<String> created = admin.json("POST", "api/clients", """
                {"name":"%s","phones":[{"phone":"+7%s","note":"мобильный"}]%s}""".formatted(name, national, extra));
        assertEquals(201, created.statusCode(), created.body());
        return Json.createReader(new StringReader(created.body())).readObject().getJsonNumber("id").longValue();
    }

    /** Searches the list and waits until it shows only the client with this name. */
    private void searchList(String text, String name) {
        browser.type("#clientsForm\\:search", text);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class).until(d -> {
            var rows = d.findElements(By.cssSelector("#clientsForm\\:clients_data > tr"));
            return rows.size() == 1 && rows.get(0).getText().contains(name);
        });
    }

    /** Screenshots with this element in the middle of the window. */
    private void screenshotsAt(String css, String name) {
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.find(css));
        browser.screenshot(name + "-desktop");
        browser.resize(Browser.PHONE);
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.find(css));
        browser.screenshot(name + "-phone");
        browser.resize(Browser.DESKTOP);
    }

    private void screenshots(String name) {
        browser.screenshot(name + "-desktop");
        browser.resize(Browser.PHONE);
        browser.screenshot(name + "-phone");
        browser.resize(Browser.DESKTOP);
    }

    @Test
    void anOperatorCreatesAClientAndFindsItByPhone() {
        browser.signIn(staff("OPERATOR"), "Staff-pass1");
        browser.clickAndWaitForPage("#navClients");
        browser.clickAndWaitForPage("#clientsForm\\:newClient");

        String name = "Тамара Клиентова " + ClientApiIT.letters(UUID.randomUUID().toString().substring(0, 6));
        String mobile = national("916");
        String work = national("903");
        browser.type("#clientForm\\:name", name);
        browser.type("#clientForm\\:phones\\:0\\:phone", "12345");
        browser.find("#clientForm\\:addPhone").click();
        browser.type("#clientForm\\:phones\\:1\\:phone", "8 " + work);
        browser.type("#clientForm\\:phones\\:1\\:note", "рабочий");
        browser.find("#clientForm\\:addAddress").click();
        browser.type("#clientForm\\:addresses\\:0\\:address", "Москва, ул. Ленина, д. 5");
        browser.type("#clientForm\\:addresses\\:0\\:entrance", "2");
        browser.type("#clientForm\\:addresses\\:0\\:floor", "7");
        browser.type("#clientForm\\:addresses\\:0\\:apartment", "45");
        browser.type("#clientForm\\:addresses\\:0\\:intercom", "45К");
        browser.type("#clientForm\\:source", "Авито");
        browser.find("#clientForm\\:save").click();

        browser.waitForText("#clientForm", "Неверный номер телефона");
        String message = browser.find("#clientForm\\:phones\\:0\\:phone ~ .ui-message").getText();
        assertTrue(message.startsWith("Неверный номер телефона"), "the message stands next to the bad number: " + message);
        assertFalse(browser.present("#clientForm\\:phones\\:1\\:phone ~ .ui-message-error"), "the good number has none");
        assertEquals("45К", browser.find("#clientForm\\:addresses\\:0\\:intercom").getAttribute("value"), "nothing typed is lost");
        screenshotsAt("#clientForm\\:phones\\:0\\:phone", "client-new-invalid");

        browser.type("#clientForm\\:phones\\:0\\:phone", "+7 " + mobile);
        browser.clickAndWaitForPage("#clientForm\\:save");
        browser.waitForText("#messages", name);
        assertEquals(formatted(mobile), browser.find("#clientForm\\:phones\\:0\\:phone").getAttribute("value"));
        assertEquals(formatted(work), browser.find("#clientForm\\:phones\\:1\\:phone").getAttribute("value"));
        assertEquals("рабочий", browser.find("#clientForm\\:phones\\:1\\:note").getAttribute("value"));
        assertEquals("Москва, ул. Ленина, д. 5", browser.find("#clientForm\\:addresses\\:0\\:address").getAttribute("value"));
        screenshots("client-card");
        screenshotsAt("#clientForm\\:addresses\\:0\\:address", "client-card-addresses");

        browser.open("clients/list.xhtml");
        searchList(work.substring(3), name);
        assertTrue(browser.find("#clientsForm\\:clients").getText().contains(formatted(mobile)), "the list shows the first number");
        screenshots("clients-list");
        browser.resize(Browser.PHONE);
        browser.find("#menuToggle").click();
        browser.waitFor("#navClients");
        browser.screenshot("clients-menu-phone");
    }

    @Test
    void aManagerReadsTheCardButCannotChangeIt() {
        String name = "Олег Читаемый " + ClientApiIT.letters(UUID.randomUUID().toString().substring(0, 6));
        String mobile = national("925");
        long id = createClient(name, mobile, """
                ,"addresses":[{"address":"Химки, ул. Мира, 1","entrance":"1","floor":"3","apartment":"12","intercom":"12",
                 "note":"злая собака"}],"email":"oleg@example.ru","comment":"Звонить после 18:00\\nНе раньше","source":"Сайт\"""");

        browser.signIn(staff("MANAGER"), "Staff-pass1");
        browser.clickAndWaitForPage("#navClients");
        assertFalse(browser.present("#clientsForm\\:newClient"), "a manager creates no clients");
        searchList(name, name);
        browser.clickAndWaitForPage("#clientsForm\\:clients a.crm-row-link");

        assertEquals(name, browser.find("#clientName").getText());
        assertFalse(browser.present("#clientForm"), "no form to change the card");
        assertFalse(browser.present("#mergeForm"), "no merge");
        String phones = browser.find("#clientPhones").getText();
        assertTrue(phones.contains(formatted(mobile)), phones);
        assertEquals("tel:+7" + mobile, browser.driver().findElement(By.cssSelector("#clientPhones a")).getAttribute("href"));
        String addresses = browser.find("#clientAddresses").getText();
        assertTrue(addresses.contains("Химки, ул. Мира, 1") && addresses.contains("кв. 12") && addresses.contains("злая собака"),
                addresses);
        screenshots("client-card-readonly");

        browser.open("clients/edit.xhtml");
        assertEquals("Доступ запрещён", browser.find("#errorTitle").getText());
        browser.open("clients/edit.xhtml?id=" + id);
        assertEquals(name, browser.find("#clientName").getText());
    }

    @Test
    void anAdministratorMergesADuplicateIntoTheClientChosenBySearch() {
        String tag = ClientApiIT.letters(UUID.randomUUID().toString().substring(0, 6));
        String keptName = "Борис Основной " + tag;
        String keptNumber = national("916");
        long kept = createClient(keptName, keptNumber, "");
        String duplicateNumber = national("903");
        long duplicate = createClient("Борис " + tag, duplicateNumber, "");

        browser.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword());
        browser.open("clients/edit.xhtml?id=" + duplicate);
        assertFalse(browser.find("#mergeForm\\:merge").isEnabled(), "nothing to merge into yet");
        browser.type("#mergeForm\\:keptId_input", "Основной " + tag);
        browser.waitForText(".ui-autocomplete-panel", formatted(keptNumber));
        browser.screenshot("client-merge-search-desktop");
        browser.find(".ui-autocomplete-panel .ui-autocomplete-item").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector("#mergeForm\\:merge")).isEnabled());
        browser.find("#mergeForm\\:merge").click();
        browser.waitForText(".ui-confirm-dialog", keptName);
        screenshots("client-merge-confirm");
        browser.clickAndWaitForPage(".ui-confirm-dialog .ui-confirmdialog-yes");

        browser.waitForText("#messages", keptName);
        assertTrue(browser.driver().getCurrentUrl().endsWith("id=" + kept), browser.driver().getCurrentUrl());
        assertEquals(formatted(duplicateNumber), browser.find("#clientForm\\:phones\\:1\\:phone").getAttribute("value"));
        browser.open("clients/edit.xhtml?id=" + duplicate);
        assertEquals("Страница не найдена", browser.find("#errorTitle").getText());
    }
}
