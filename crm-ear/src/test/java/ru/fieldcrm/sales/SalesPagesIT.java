package ru.fieldcrm.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import ru.fieldcrm.shared.Browser;
import ru.fieldcrm.shared.Deployments;
import ru.fieldcrm.shared.WebClient;

/**
 * The deals board in a real browser: a salesperson makes a deal on its page (the client's number
 * is a known client's, so no duplicate card is made), drags it across the stages and the columns'
 * counts and totals follow; a drop on the lost column asks why and moves nothing without a reason.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "browser.tests", matches = "true")
class SalesPagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crm();
    }

    @ArquillianResource
    URL deployed;

    URI base;
    Browser browser;
    WebClient admin;

    @BeforeEach
    void open() {
        base = Deployments.base(deployed);
        browser = new Browser(base);
        admin = new WebClient(base);
        assertEquals(302, admin.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword()).statusCode());
    }

    @AfterEach
    void close() {
        browser.close();
    }

    private static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private String column(int index) {
        return ".crm-kanban-col:nth-of-type(" + (index + 1) + ")";
    }

    private void drag(String card, String column) {
        WebElement from = browser.find(card);
        WebElement to = browser.find(column + " .crm-kanban-head");
        new Actions(browser.driver()).clickAndHold(from).moveByOffset(10, 10).moveToElement(to).pause(200)
                .release().perform();
    }

    @Test
    void aDealIsMadeAndDraggedAcrossTheStages() {
        String login = "sales" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> user = admin.json("POST", "api/users", """
                {"login":"%s","fullName":"Семён Продажин","role":"SALES","password":"Staff-pass1"}""".formatted(login));
        assertEquals(201, user.statusCode(), user.body());
        String number = "916" + "%07d".formatted(ThreadLocalRandom.current().nextInt(10_000_000));
        HttpResponse<String> client = admin.json("POST", "api/clients", """
                {"name":"Анна Известная","phones":[{"phone":"+7%s","note":null}],"addresses":[]}""".formatted(number));
        assertEquals(201, client.statusCode(), client.body());
        String title = "Сделка " + UUID.randomUUID().toString().substring(0, 6);

        browser.signIn(login, "Staff-pass1");
        browser.open("sales/board.xhtml");
        browser.clickAndWaitForPage("#dealsForm\\:newDeal");
        browser.type("#dealForm\\:title", title);
        browser.type("#dealForm\\:amount_input", "120000");
        browser.type("#dealForm\\:clientPhone", "8 " + number);
        browser.click("#dealForm\\:clientName");
        browser.waitForText("#dealForm\\:knownClient", "Анна Известная");
        browser.screenshot("sales-deal-new-desktop");
        browser.clickAndWaitForPage("#dealForm\\:save");
        browser.waitForText(".crm-deal-state", "Анна Известная");
        browser.waitForText("#history", "Создана");

        browser.open("sales/board.xhtml");
        String card = ".crm-deal-card[data-deal]";
        browser.waitForText(column(0), title);
        String firstBefore = browser.find(column(1) + " .crm-kanban-figures").getText();
        drag(column(0) + " " + card, column(1));
        browser.waitForText(column(1) + " .crm-kanban-figures", "120 000");
        String firstAfter = browser.find(column(1) + " .crm-kanban-figures").getText();
        assertTrue(!firstBefore.equals(firstAfter) && firstAfter.contains("120 000"), firstBefore + " → " + firstAfter);
        browser.screenshot("sales-board-desktop");

        drag(column(1) + " " + card, column(4));
        browser.waitFor("#dealsForm\\:lostDialog");
        browser.click("#dealsForm\\:confirmLost");
        browser.waitForText("#dealsForm\\:lostPanel", "Укажите причину");
        browser.screenshot("sales-board-lost-desktop");
        browser.click("#dealsForm\\:cancelLost");
        browser.open("sales/board.xhtml");
        browser.waitForText(column(1), title);

        long clients = admin.json("GET", "api/clients?q=" + number, null).body().split("\"id\"").length - 1;
        assertEquals(1, clients, "the deal was linked to the known client, no second card");
        JsonObject deal = Json.createReader(new StringReader(admin.get("api/sales/deals").body())).readArray().stream()
                .map(JsonValue::asJsonObject).filter(d -> d.getString("title").equals(title)).findFirst().orElseThrow();
        assertEquals("Переговоры", deal.getString("stageName"));

        // The client calls in: the call joins the deal's timeline, matched by the client's number.
        long pbxVersion = object(admin.get("api/pbx/settings")).getJsonNumber("version").longValue();
        HttpResponse<String> pbx = admin.json("PUT", "api/pbx/settings?version=" + pbxVersion,
                "{\"pbx\":\"GENERIC\",\"apiKey\":null,\"secret\":null,\"apiUrl\":null}");
        assertEquals(200, pbx.statusCode(), pbx.body());
        String webhook = object(pbx).getString("webhookPath");
        String callId = "sales-page-" + UUID.randomUUID();
        for (Map<String, String> event : List.of(
                Map.of("event", "start", "call_id", callId, "direction", "in", "client", "7" + number),
                Map.of("event", "answer", "call_id", callId),
                Map.of("event", "end", "call_id", callId, "duration", "95", "result", "answered"))) {
            HttpResponse<String> posted = new WebClient(base).postForm(webhook, event);
            assertEquals(200, posted.statusCode(), posted.body());
        }

        browser.open("sales/deal.xhtml?id=" + deal.getJsonNumber("id"));
        browser.waitForText("#history .crm-timeline-call", "Состоялся");
        browser.waitForText("#history .crm-timeline-call", "Сотрудник не определён");
        browser.type("#dealForm\\:activityText", "Клиент просит замер в субботу");
        browser.click("#dealForm\\:addActivity");
        browser.waitForText("#history", "Клиент просит замер в субботу");
        browser.scrollTo("#history");
        browser.screenshot("sales-deal-timeline-desktop");

        browser.resize(Browser.PHONE);
        browser.open("sales/board.xhtml");
        browser.waitFor(column(1));
        browser.screenshot("sales-board-phone");
        browser.open("sales/deal.xhtml?id=" + deal.getJsonNumber("id"));
        browser.waitForText("#history", "Перенесена");
        browser.screenshot("sales-deal-phone");
    }

    @Test
    void theOfficeOpensTheOrderFormFromAWonDeal() {
        JsonObject pipeline = Json.createReader(new StringReader(admin.get("api/sales/pipelines").body())).readArray()
                .getJsonObject(0);
        String title = "Выигранная " + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> created = admin.json("POST", "api/sales/deals", """
                {"title":"%s","newClient":{"name":"Борис Выигрышев","phones":[{"phone":"+7916%07d","note":null}],"addresses":[]},
                 "amount":77000,"pipelineId":%d}""".formatted(title, ThreadLocalRandom.current().nextInt(10_000_000),
                pipeline.getJsonNumber("id").longValue()));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject deal = object(created);
        long wonStage = pipeline.getJsonArray("stages").getJsonObject(3).getJsonNumber("id").longValue();
        HttpResponse<String> won = admin.json("POST", "api/sales/deals/%d/move?version=%d".formatted(
                deal.getJsonNumber("id").longValue(), deal.getJsonNumber("version").longValue()), """
                {"stageId":%d}""".formatted(wonStage));
        assertEquals(200, won.statusCode(), won.body());

        browser.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword());
        browser.open("sales/deal.xhtml?id=" + deal.getJsonNumber("id"));
        browser.clickAndWaitForPage("#dealForm\\:toOrder");
        browser.waitForText("#fromDeal", title);
        assertTrue(browser.find("#orderForm").getText().contains("Борис Выигрышев")
                || browser.driver().getPageSource().contains("Борис Выигрышев"), "the deal's client is filled in");
        browser.screenshot("sales-order-from-deal-desktop");
    }

    @Test
    void theAdministratorShapesAPipeline() {
        String name = "Монтаж " + UUID.randomUUID().toString().substring(0, 6);
        browser.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword());
        browser.open("sales/settings.xhtml");
        browser.click("#salesSettingsForm\\:newPipeline");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15)).ignoring(
                org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                    String value = d.findElement(org.openqa.selenium.By.cssSelector("#salesSettingsForm\\:name")).getDomProperty("value");
                    return value == null || value.isEmpty();
                });
        browser.type("#salesSettingsForm\\:name", name);
        browser.click("#salesSettingsForm\\:savePipeline");
        browser.waitForText("#salesSettingsForm\\:stagesBlock", "Укажите название этапа");
        browser.click("#salesSettingsForm\\:addStage");
        browser.waitFor("#salesSettingsForm\\:stages\\:3\\:name");
        String[] stages = {"Звонок", "Замер", "Договор", "Отказ"};
        for (int i = 0; i < stages.length; i++) {
            browser.type("#salesSettingsForm\\:stages\\:" + i + "\\:name", stages[i]);
        }
        browser.screenshot("sales-settings-desktop");
        browser.click("#salesSettingsForm\\:savePipeline");
        browser.waitForText("#salesSettingsForm\\:messages", "Воронка сохранена");
        JsonObject saved = Json.createReader(new StringReader(admin.get("api/sales/pipelines").body())).readArray().stream()
                .map(JsonValue::asJsonObject).filter(p -> p.getString("name").equals(name)).findFirst().orElseThrow();
        assertEquals(java.util.List.of("Звонок", "Замер", "Договор", "Отказ"), saved.getJsonArray("stages").stream()
                .map(st -> st.asJsonObject().getString("name")).toList());
        assertEquals(java.util.List.of("OPEN", "OPEN", "WON", "LOST"), saved.getJsonArray("stages").stream()
                .map(st -> st.asJsonObject().getString("outcome")).toList());
        browser.resize(Browser.PHONE);
        browser.screenshot("sales-settings-phone");
    }

    @Test
    void theAdministratorAddsAndHidesALostReason() throws InterruptedException {
        String name = "Нет бюджета " + UUID.randomUUID().toString().substring(0, 6);
        browser.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword());
        browser.open("sales/settings.xhtml");
        browser.type("#salesSettingsForm\\:newReason", name);
        browser.click("#salesSettingsForm\\:addReason");
        browser.waitForText("#salesSettingsForm\\:messages", "Причина сохранена");
        java.util.List<JsonObject> reasons = Json.createReader(new StringReader(admin.get("api/sales/lost-reasons").body()))
                .readArray().getValuesAs(JsonObject.class);
        int index = java.util.stream.IntStream.range(0, reasons.size())
                .filter(i -> reasons.get(i).getString("name").equals(name)).findFirst().orElseThrow();
        long id = reasons.get(index).getJsonNumber("id").longValue();
        String row = "#salesSettingsForm\\:reasonList\\:" + index + "\\:";
        browser.waitForValue(row + "reasonName", name);
        // A reason without a name: the message stands in the reason's row, by its name, and nothing is saved.
        browser.erase(row + "reasonName");
        browser.click(row + "saveReason");
        browser.waitForText(".crm-reason-name:has(" + row + "reasonName)", "Введите название причины");
        assertEquals(name, Json.createReader(new StringReader(admin.get("api/sales/lost-reasons").body())).readArray()
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getJsonNumber("id").longValue() == id)
                .findFirst().orElseThrow().getString("name"));
        browser.scrollTo("#salesSettingsForm\\:reasons");
        browser.screenshot("sales-reason-unnamed-desktop");
        browser.type(row + "reasonName", name);
        browser.click(row + "reasonActive .ui-chkbox-box");
        browser.click(row + "saveReason");
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(15);
        boolean active = true;
        while (active && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            active = Json.createReader(new StringReader(admin.get("api/sales/lost-reasons").body())).readArray()
                    .getValuesAs(JsonObject.class).stream().filter(r -> r.getJsonNumber("id").longValue() == id)
                    .findFirst().orElseThrow().getBoolean("active");
        }
        assertFalse(active, "the reason is hidden from the choice");
        browser.waitFor(".crm-reason-hidden");
        browser.screenshot("sales-reasons-desktop");
        browser.resize(Browser.PHONE);
        browser.scrollTo("#salesSettingsForm\\:reasons");
        browser.screenshot("sales-reasons-phone");
    }
}
