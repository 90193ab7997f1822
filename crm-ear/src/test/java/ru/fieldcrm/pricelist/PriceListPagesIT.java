package ru.fieldcrm.pricelist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.fieldcrm.shared.Browser;
import ru.fieldcrm.shared.Deployments;
import ru.fieldcrm.shared.WebClient;

/**
 * The price list in a real browser: the administrator adds a service on the «Прайс-лист» page
 * (and is told, next to the fields, what is missing); the operator picks it in an order's line,
 * which fills in its name, unit and price.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "browser.tests", matches = "true")
class PriceListPagesIT {

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
    String tag;

    private static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    @BeforeEach
    void open() {
        base = Deployments.base(deployed);
        tag = UUID.randomUUID().toString().substring(0, 6);
        admin = new WebClient(base);
        assertEquals(302, admin.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword()).statusCode());
        browser = new Browser(base);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    /** The price-list page, as a page object: the toolbar, the table and the item's dialog. */
    static final class PriceListPage {
        private final Browser browser;

        PriceListPage(Browser browser) {
            this.browser = browser;
        }

        void startNew() {
            browser.click("#itemsForm\\:newItem");
            browser.waitFor("#itemForm\\:name");
        }

        /** The group first: its suggestions open below it, away from the fields typed next. */
        void fill(String name, String unit, String price, String category) {
            browser.type("#itemForm\\:category_input", category);
            browser.type("#itemForm\\:name", name);
            browser.type("#itemForm\\:unit", unit);
            browser.type("#itemForm\\:price_input", price);
        }

        void save() {
            browser.click("#itemForm\\:saveItem");
        }

        String table() {
            return browser.find("#itemsForm\\:items").getText();
        }
    }

    @Test
    void theAdministratorAddsAServiceOnThePage() {
        browser.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword());
        browser.clickAndWaitForPage("#navPriceList");
        PriceListPage page = new PriceListPage(browser);
        browser.waitFor("#itemsForm\\:items");

        page.startNew();
        page.save();
        browser.waitForText("#itemForm", "Укажите название услуги");
        assertTrue(browser.find("#itemForm").getText().contains("Укажите единицу измерения"));
        browser.screenshot("pricelist-dialog-invalid-desktop");

        String name = "Монтаж кондиционера " + tag;
        page.fill(name, "шт.", "12345,5", "Монтаж");
        page.save();
        browser.waitForText("#itemsForm\\:items", name);
        browser.waitForText("#messages", "сохранена");
        String table = page.table().replace('\u00A0', ' ');
        assertTrue(table.contains("12 345,50 ₽"), table);
        assertTrue(table.contains("Действует"), table);
        browser.type("#itemsForm\\:search", tag);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> d.findElements(
                By.cssSelector("#itemsForm\\:items tbody tr")).size() == 1);
        browser.waitForText("#itemsForm\\:items", name);
        browser.screenshot("pricelist-desktop");
        browser.resize(Browser.PHONE);
        browser.screenshot("pricelist-phone");

        JsonArray saved = Json.createReader(new StringReader(admin.json("GET", "api/price-list?q=" + tag, null).body()))
                .readArray();
        assertEquals(1, saved.size());
        assertEquals(new BigDecimal("12345.50"), saved.getJsonObject(0).getJsonNumber("price").bigDecimalValue());
        assertEquals("шт.", saved.getJsonObject(0).getString("unit"));
    }

    @Test
    void theOperatorPicksAServiceForAnOrderLine() {
        String name = "Чистка сплит-системы " + tag;
        HttpResponse<String> item = admin.json("POST", "api/price-list", """
                {"name":"%s","unit":"шт.","price":3500,"category":"Обслуживание","active":true}""".formatted(name));
        assertEquals(201, item.statusCode(), item.body());
        long itemId = object(item).getJsonNumber("id").longValue();
        String operator = "operator" + tag;
        assertEquals(201, admin.json("POST", "api/users", """
                {"login":"%s","fullName":"Ольга Операторова","role":"OPERATOR","password":"%s"}"""
                .formatted(operator, PASSWORD)).statusCode());
        String digits = "916" + String.format("%07d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 10_000_000L));
        assertEquals(201, admin.json("POST", "api/clients", """
                {"name":"Анна Смирнова","phones":[{"phone":"+7%s","note":null}],
                 "addresses":[{"address":"Москва, ул. Ленина, 10","entrance":"2","floor":"5","apartment":"17","intercom":"17К"}]}"""
                .formatted(digits)).statusCode());

        browser.signIn(operator, PASSWORD);
        browser.open("orders/edit.xhtml");
        browser.type("#orderForm\\:clientId_input", digits.substring(3, 9));
        browser.click("#orderForm\\:clientId_panel .ui-autocomplete-item");
        browser.waitForValue("#orderForm\\:address", "Москва, ул. Ленина, 10");

        browser.type("#orderForm\\:lines\\:0\\:serviceItemId_input", "сплит-системы " + tag);
        browser.waitForText("#orderForm\\:lines\\:0\\:serviceItemId_panel", name);
        browser.screenshot("order-line-picker-desktop");
        browser.click("#orderForm\\:lines\\:0\\:serviceItemId_panel .ui-autocomplete-item");
        browser.waitForValue("#orderForm\\:lines\\:0\\:name", name);
        assertEquals("шт.", browser.find("#orderForm\\:lines\\:0\\:unit").getDomProperty("value"));
        assertEquals("3500,00", browser.find("#orderForm\\:lines\\:0\\:price_input").getDomProperty("value")
                .replaceAll("\\s", ""));
        browser.find("#orderForm\\:lines\\:0\\:quantity_input").sendKeys(Keys.chord(Keys.CONTROL, "a"), "2");
        browser.screenshot("order-line-picked-desktop");
        browser.resize(Browser.PHONE);
        browser.driver().executeScript("document.getElementById('orderForm:lines').scrollIntoView()");
        browser.screenshot("order-line-picked-phone");
        browser.resize(Browser.DESKTOP);

        browser.clickAndWaitForPage("#orderForm\\:save");
        browser.waitForText("#messages", "создан");
        assertEquals("7 000,00 ₽", browser.find("#finalSum").getText().replace('\u00A0', ' '));
        String url = browser.driver().getCurrentUrl();
        long orderId = Long.parseLong(url.substring(url.indexOf("id=") + 3));
        JsonObject line = object(admin.json("GET", "api/orders/" + orderId, null)).getJsonArray("lines").getJsonObject(0);
        assertEquals(itemId, line.getJsonNumber("serviceItemId").longValue());
        assertEquals(name, line.getString("name"));
        assertEquals(new BigDecimal("3500.00"), line.getJsonNumber("price").bigDecimalValue());
    }
}
