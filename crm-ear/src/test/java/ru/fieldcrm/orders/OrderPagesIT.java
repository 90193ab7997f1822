package ru.fieldcrm.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.fieldcrm.shared.Browser;
import ru.fieldcrm.shared.Deployments;
import ru.fieldcrm.shared.WebClient;

/**
 * The order pages in a real browser: the operator books an order by picking the client by phone;
 * a list open in another browser shows it without a reload; the manager works it from «Мой день»
 * on a phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "browser.tests", matches = "true")
class OrderPagesIT {

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
    String managerName;
    String phoneDigits;
    long clientId;

    private static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private String user(String role, String name) {
        String login = role.toLowerCase() + UUID.randomUUID().toString().substring(0, 6);
        assertEquals(201, admin.json("POST", "api/users", """
                {"login":"%s","fullName":"%s","role":"%s","password":"%s"}""".formatted(login, name, role, PASSWORD))
                .statusCode());
        return login;
    }

    @BeforeEach
    void open() {
        base = Deployments.base(deployed);
        admin = new WebClient(base);
        assertEquals(302, admin.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword()).statusCode());
        operatorLogin = user("OPERATOR", "Ольга Операторова");
        managerName = "Михаил " + UUID.randomUUID().toString().substring(0, 4);
        managerLogin = user("MANAGER", managerName);
        phoneDigits = "916" + String.format("%07d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 10_000_000L));
        HttpResponse<String> client = admin.json("POST", "api/clients", """
                {"name":"Анна Смирнова","phones":[{"phone":"+7%s","note":null}],
                 "addresses":[{"address":"Москва, ул. Ленина, 10","entrance":"2","floor":"5","apartment":"17","intercom":"17К"}]}"""
                .formatted(phoneDigits));
        assertEquals(201, client.statusCode(), client.body());
        clientId = object(client).getJsonNumber("id").longValue();
        browser = new Browser(base);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void theOperatorBooksAnOrderThatAnotherBrowserSeesAtOnce() {
        try (Browser watcher = new Browser(base)) {
            watcher.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword());
            watcher.open("orders/list.xhtml");
            watcher.waitFor("#ordersForm\\:orders");

            browser.signIn(operatorLogin, PASSWORD);
            browser.open("orders/edit.xhtml");
            browser.type("#orderForm\\:clientId_input", phoneDigits.substring(3, 9));
            browser.click(".ui-autocomplete-item");
            browser.waitForValue("#orderForm\\:address", "Москва, ул. Ленина, 10");
            browser.type("#orderForm\\:lines\\:0\\:name", "Монтаж кондиционера");
            browser.type("#orderForm\\:lines\\:0\\:price_input", "8500");
            browser.type("#orderForm\\:description", "Монтаж в спальне");
            browser.screenshot("order-new-desktop");
            browser.clickAndWaitForPage("#orderForm\\:save");
            browser.waitForText("#messages", "создан");
            String title = browser.find(".crm-page-title").getText();
            assertTrue(title.startsWith("Заказ №"), title);
            String number = title.replace("Заказ №", "").strip();
            assertEquals("8 500,00 ₽", browser.find("#finalSum").getText().replace('\u00A0', ' '));
            browser.screenshot("order-edit-desktop");
            browser.resize(Browser.PHONE);
            browser.screenshot("order-edit-phone");

            try {
                watcher.waitForText("#ordersForm\\:orders", "№ " + number);
            } catch (RuntimeException e) {
                watcher.driver().manage().logs().get("browser").forEach(entry -> System.out.println("browser: " + entry));
                watcher.screenshot("orders-list-not-updated");
                throw e;
            }
            watcher.screenshot("orders-list-desktop");
            watcher.resize(Browser.PHONE);
            watcher.screenshot("orders-list-phone");

            // The order's page open in another browser follows a change made elsewhere.
            long id = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            watcher.resize(Browser.DESKTOP);
            watcher.open("orders/edit.xhtml?id=" + id);
            watcher.waitForText("#orderHead", "Новый");
            long version = object(admin.json("GET", "api/orders/" + id, null)).getJsonNumber("version").longValue();
            HttpResponse<String> cancelled = admin.json("POST", "api/orders/" + id + "/cancel?version=" + version,
                    "{\"reason\":\"Клиент отказался\"}");
            assertEquals(200, cancelled.statusCode(), cancelled.body());
            watcher.waitForText("#orderHead", "Отменён");
            watcher.waitForText("#staleNotice", "изменил другой пользователь");
            watcher.waitForText("#historyPart", "Клиент отказался");
            watcher.screenshot("order-changed-elsewhere-desktop");
        }
    }

    @Test
    void theManagerWorksTheDayOnAPhone() {
        long managerId = object(admin.json("GET", "api/users?q=" + managerLogin, null)).getJsonArray("rows")
                .getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(row -> managerLogin.equals(row.getString("login"))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
        HttpResponse<String> order = admin.json("POST", "api/orders", """
                {"clientId":%d,"contactPhone":"+7%s","address":"Москва, ул. Ленина, 10","entrance":"2","floor":"5",
                 "apartment":"17","intercom":"17К","visitDate":"%s","windowStart":"10:00","windowEnd":"12:00",
                 "description":"Чистка сплит-системы","lines":[],"amount":3500,"discount":null,"managerId":%d}"""
                .formatted(clientId, phoneDigits, today, managerId));
        assertEquals(201, order.statusCode(), order.body());

        browser.resize(Browser.PHONE);
        browser.signIn(managerLogin, PASSWORD);
        browser.open("orders/day.xhtml");
        browser.waitForText("#dayForm", "Анна Смирнова");
        browser.screenshot("my-day-phone");
        browser.click(".crm-mark");
        browser.waitForText("#dayForm", "Выехал");
        browser.click(".crm-mark");
        browser.waitForText("#dayForm", "В работе");
        browser.screenshot("my-day-in-progress-phone");
        long id = object(order).getJsonNumber("id").longValue();
        assertEquals("IN_PROGRESS", object(admin.json("GET", "api/orders/" + id, null)).getString("status"));

        // A price change that would make the final sum negative: the message stands by the field, nothing saved.
        browser.click("[id$=':changePrice']");
        browser.type("#priceForm\\:change_input", "-4000");
        browser.type("#priceForm\\:reason", "Скидка за ожидание");
        browser.click("#priceForm\\:savePrice");
        browser.waitForText("#priceForm", "Итоговая сумма стала бы отрицательной");
        browser.screenshot("my-day-price-refused-phone");
        assertEquals("0.00", amount(id, "priceChange"));

        // An upsell of 500 ₽ with its reason.
        browser.type("#priceForm\\:change_input", "500");
        browser.type("#priceForm\\:reason", "Замена фильтра");
        browser.screenshot("my-day-upsell-phone");
        browser.click("#priceForm\\:savePrice");
        browser.waitForText("#dayForm", "стоимость изменена");
        browser.waitForText("#dayForm .crm-final", "4 000,00");

        browser.click("[id$=':finish']");
        browser.type("#finishForm\\:comment", "Чистка выполнена, фильтр заменён");
        browser.click("#finishForm\\:saveFinish");
        browser.waitForText("#dayForm", "Выполнен");

        // The evening correction: the client paid 3 800 ₽, the price change becomes +300.
        browser.click("[id$=':correctFinalSum']");
        browser.type("#finalSumForm\\:finalSum_input", "3800");
        browser.type("#finalSumForm\\:reason", "Оплата наличными");
        browser.screenshot("my-day-final-sum-phone");
        browser.click("#finalSumForm\\:saveFinalSum");
        browser.waitForText("#dayForm", "итоговая сумма сохранена");
        browser.waitForText("#dayTotal", "3 800,00");

        browser.click("#dayForm\\:closeDay");
        browser.click(".ui-confirmdialog-yes");
        browser.waitForText("#dayForm", "день закрыт");
        browser.screenshot("my-day-closed-phone");
        assertTrue(!browser.present("[id$=':changePrice']"), "a closed day offers no changes");

        JsonObject closed = object(admin.json("GET", "api/orders/" + id, null));
        assertEquals("CLOSED", closed.getString("status"));
        assertEquals("3800.00", amount(id, "finalSum"));
        assertEquals("300.00", amount(id, "priceChange"));
        assertEquals("Чистка выполнена, фильтр заменён", closed.getString("completionComment"));
    }

    private String amount(long orderId, String field) {
        return object(admin.json("GET", "api/orders/" + orderId, null)).getJsonNumber(field).bigDecimalValue()
                .setScale(2).toPlainString();
    }
}
