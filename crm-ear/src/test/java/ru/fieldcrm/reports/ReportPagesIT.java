package ru.fieldcrm.reports;

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

/** The report pages and the finance run panel in Chromium, on a desktop and a phone. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "browser.tests", matches = "true")
class ReportPagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crm();
    }

    @ArquillianResource
    URL deployed;

    URI base;
    Browser browser;

    @BeforeEach
    void open() {
        base = Deployments.base(deployed);
        browser = new Browser(base);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void theAdministratorRunsTheJobFromThePanelAndSeesTheMonth() {
        browser.resize(Browser.DESKTOP);
        browser.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword());
        browser.clickAndWaitForPage("#navReports");
        browser.waitFor("#financeForm\\:days");
        browser.click("#runForm\\:start");
        browser.waitForText("#runForm\\:runs", "Готово");
        browser.waitForText("#runForm\\:runs", "Дней:"); // the poll replaces the table: wait, do not read it once
        browser.clickAndWaitForPage("#reportFinance");
        browser.waitFor("#financeForm\\:days");
        browser.screenshot("reports-finance-desktop");
        browser.resize(Browser.PHONE);
        browser.screenshot("reports-finance-phone");
        browser.resize(Browser.DESKTOP);
        browser.clickAndWaitForPage("#reportAccess");
        browser.waitFor("#accessForm\\:access");
        browser.screenshot("reports-access-desktop");
    }

    private static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonObject created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return object(response);
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return object(response);
    }

    private static String action(JsonObject entity, String kind, String what) {
        return "api/" + kind + "/" + entity.getJsonNumber("id") + "/" + what + "?version=" + entity.getJsonNumber("version");
    }

    /** The table's text with the thousands' no-break spaces as plain ones. */
    private String text(String css) {
        return browser.find(css).getText().replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    private void shoot(String page, String table, String figure) {
        browser.resize(Browser.DESKTOP);
        browser.open("reports/" + page + ".xhtml");
        browser.waitFor(table);
        assertTrue(text(table).contains(figure), page + ": " + text(table));
        browser.screenshot("reports-" + page + "-desktop");
        browser.resize(Browser.PHONE);
        browser.waitFor(table);
        browser.screenshot("reports-" + page + "-phone");
    }

    /**
     * A manager of their own (who sees only their own figures) with today's orders and assessments:
     * each report page shows them, on a desktop and a phone.
     */
    @Test
    void aManagerOpensEveryReportOnADesktopAndAPhone() {
        WebClient admin = new WebClient(base);
        assertEquals(302, admin.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword()).statusCode());
        String login = "pages" + UUID.randomUUID().toString().substring(0, 8);
        long managerId = created(admin.json("POST", "api/users", """
                {"login":"%s","fullName":"Сергей Отчётов","role":"MANAGER","password":"Secret-pass1"}""".formatted(login)))
                .getJsonNumber("id").longValue();
        WebClient manager = new WebClient(base);
        assertEquals(302, manager.signIn(login, "Secret-pass1").statusCode());
        long typeId = created(admin.json("POST", "api/discount-types", """
                {"name":"%s","kind":"PERCENT","maxValue":15,"active":true,"roles":["ADMIN"]}"""
                .formatted("Страницы " + login))).getJsonNumber("id").longValue();
        long clientId = created(admin.json("POST", "api/clients", """
                {"name":"Мария Кузнецова","phones":[{"phone":"+7916%07d","note":null}],
                 "addresses":[{"address":"Москва, ул. Мира, 5","entrance":null,"floor":null,"apartment":null,"intercom":null}]}"""
                .formatted(Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 10_000_000L)))).getJsonNumber("id").longValue();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
        String order = """
                {"clientId":%d,"contactPhone":"8 916 555-44-33","address":"Москва, ул. Мира, 5","visitDate":"%s",
                 "windowStart":"10:00","windowEnd":"12:00","description":"Ремонт","lines":[{"name":"Работа","unit":"шт",
                 "price":%%d,"quantity":1}],"amount":null,"discount":%%s,"managerId":%d,"comment":null}"""
                .formatted(clientId, today, managerId);
        JsonObject done = created(admin.json("POST", "api/orders",
                order.formatted(10_000, "{\"typeId\":%d,\"value\":10,\"reason\":\"Акция\"}".formatted(typeId))));
        done = ok(manager.json("POST", action(done, "orders", "marks/LEFT_OFFICE"), "{}"));
        done = ok(manager.json("POST", action(done, "orders", "price-change"), "{\"change\":1500,\"reason\":\"Доп. работы\"}"));
        done = ok(manager.json("POST", action(done, "orders", "marks/WORK_STARTED"), "{}"));
        ok(manager.json("POST", action(done, "orders", "marks/FINISHED"), "{\"comment\":\"Готово\"}"));
        JsonObject cancelled = created(admin.json("POST", "api/orders", order.formatted(3_000, "null")));
        ok(admin.json("POST", action(cancelled, "orders", "cancel"), "{\"reason\":\"Клиент передумал\"}"));
        String assessment = """
                {"clientId":%d,"contactPhone":"8 916 555-44-33","address":"Москва, ул. Мира, 5","visitDate":"%s",
                 "windowStart":"09:00","windowEnd":"10:00","description":"Оценить","managerId":%d}"""
                .formatted(clientId, today, managerId);
        JsonObject held = created(admin.json("POST", "api/assessments", assessment));
        ok(manager.json("POST", action(held, "assessments", "result"), "{\"estimatedAmount\":9000,\"notes\":\"Подумают\"}"));
        created(admin.json("POST", "api/assessments", assessment));

        browser.resize(Browser.DESKTOP);
        browser.signIn(login, "Secret-pass1");
        browser.clickAndWaitForPage("#navReports");
        browser.waitFor("#reportManagers");
        shoot("managers", "#reportForm\\:managers", "10 500,00");
        shoot("upsells", "#reportForm\\:orders", "1 500,00");
        shoot("discounts", "#reportForm\\:types", "1 000,00");
        shoot("orders", "#reportForm\\:reasons", "Клиент передумал");
        shoot("assessments", "#reportForm\\:outcomes", "50,0");
        assertTrue(text("#reportForm\\:managers").contains("Сергей Отчётов"));
    }
}
