package ru.fieldcrm.organizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import ru.fieldcrm.shared.Browser;
import ru.fieldcrm.shared.Deployments;
import ru.fieldcrm.shared.WebClient;

/**
 * The organizer in a real browser: the calendar shows orders and assessments in their colours; the
 * operator drags an order on the board to another manager and another hour; a manager's drag moves
 * nothing; an assessment becomes an order from its page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "browser.tests", matches = "true")
class OrganizerPagesIT {

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
    long managerId;
    String managerName;
    long otherManagerId;
    String otherManagerName;
    long clientId;
    String phone;
    LocalDate today;

    private static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private long user(String role, String login, String name) {
        HttpResponse<String> created = admin.json("POST", "api/users", """
                {"login":"%s","fullName":"%s","role":"%s","password":"%s"}""".formatted(login, name, role, PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
        return object(created).getJsonNumber("id").longValue();
    }

    @BeforeEach
    void open() {
        base = Deployments.base(deployed);
        today = LocalDate.now(ZoneId.of("Europe/Moscow"));
        admin = new WebClient(base);
        assertEquals(302, admin.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword()).statusCode());
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        operatorLogin = "oper" + suffix;
        user("OPERATOR", operatorLogin, "Ольга Операторова");
        managerLogin = "man" + suffix;
        // Names that sort first, so that their rows are the board's top rows.
        managerName = "Аааа Первый " + suffix;
        managerId = user("MANAGER", managerLogin, managerName);
        otherManagerName = "Аааб Второй " + suffix;
        otherManagerId = user("MANAGER", "oth" + suffix, otherManagerName);
        phone = "+7926" + String.format("%07d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 10_000_000L));
        HttpResponse<String> client = admin.json("POST", "api/clients", """
                {"name":"Вера Павлова","phones":[{"phone":"%s","note":null}],
                 "addresses":[{"address":"Москва, Садовая, 3","entrance":null,"floor":null,"apartment":null,"intercom":null}]}"""
                .formatted(phone));
        assertEquals(201, client.statusCode(), client.body());
        clientId = object(client).getJsonNumber("id").longValue();
        browser = new Browser(base);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    private JsonObject order(long manager, String start, String end) {
        HttpResponse<String> order = admin.json("POST", "api/orders", """
                {"clientId":%d,"contactPhone":"%s","address":"Москва, Садовая, 3","visitDate":"%s","windowStart":"%s",
                 "windowEnd":"%s","description":"Ремонт стиральной машины","lines":[],"amount":4500,"discount":null,
                 "managerId":%d}""".formatted(clientId, phone, today, start, end, manager));
        assertEquals(201, order.statusCode(), order.body());
        return object(order);
    }

    private JsonObject assessment(long manager, String start, String end) {
        HttpResponse<String> assessment = admin.json("POST", "api/assessments", """
                {"clientId":%d,"contactPhone":"%s","address":"Москва, Садовая, 3","visitDate":"%s","windowStart":"%s",
                 "windowEnd":"%s","description":"Оценить замену труб","managerId":%d}"""
                .formatted(clientId, phone, today, start, end, manager));
        assertEquals(201, assessment.statusCode(), assessment.body());
        return object(assessment);
    }

    @Test
    void theCalendarShowsOrdersAndAssessmentsInTheirColours() {
        JsonObject order = order(managerId, "10:00", "12:00");
        JsonObject assessment = assessment(managerId, "13:00", "14:00");
        browser.signIn(managerLogin, PASSWORD);
        browser.open("organizer/calendar.xhtml");
        String orderTitle = "Заказ № " + order.getJsonNumber("number");
        String assessmentTitle = "Оценка № " + assessment.getJsonNumber("number");
        browser.waitForText("#calendarForm\\:calendar", orderTitle);
        browser.waitForText("#calendarForm\\:calendar", assessmentTitle);
        String orderColour = colour(".fc-event.crm-visit-order");
        String assessmentColour = colour(".fc-event.crm-visit-assessment");
        assertNotEquals(orderColour, assessmentColour, "the two kinds have their own colours");
        browser.screenshot("organizer-calendar-desktop");

        browser.resize(Browser.PHONE);
        browser.open("organizer/calendar.xhtml");
        browser.waitFor(".fc-list");
        browser.waitForText("#calendarForm\\:calendar", orderTitle);
        browser.screenshot("organizer-calendar-phone");
    }

    @Test
    void theOperatorDragsAnOrderToAnotherManagerAndHourOnTheBoard() {
        JsonObject order = order(managerId, "10:00", "12:00");
        assessment(otherManagerId, "15:00", "16:00");
        browser.signIn(operatorLogin, PASSWORD);
        browser.open("organizer/board.xhtml");
        String title = "Заказ № " + order.getJsonNumber("number");
        browser.waitForText("#boardForm\\:board", title);
        browser.screenshot("organizer-board-desktop");

        WebElement item = itemWith(title);
        WebElement targetRow = rowLabel(otherManagerName);
        double hour = browser.find(".vis-panel.vis-center").getSize().getWidth() / 15.0;
        int dx = (int) Math.round(2 * hour);
        int dy = targetRow.getRect().getY() + targetRow.getRect().getHeight() / 2
                - (item.getRect().getY() + item.getRect().getHeight() / 2);
        drag(item, dx, dy);
        browser.waitForText("#boardForm\\:boardMessages", "сохранены");
        browser.waitForText("#boardForm\\:board", title);
        browser.screenshot("organizer-board-moved-desktop");

        JsonObject moved = object(admin.json("GET", "api/orders/" + order.getJsonNumber("id"), null));
        assertEquals(otherManagerId, moved.getJsonNumber("managerId").longValue(), "reassigned to the row it was dropped on");
        assertEquals("12:00:00", normalised(moved.getString("windowStart")));
        assertEquals("14:00:00", normalised(moved.getString("windowEnd")));
        assertTrue(admin.json("GET", "api/orders/" + order.getJsonNumber("id") + "/history", null).body().contains("VISIT_TIME"));

        browser.resize(Browser.PHONE);
        browser.screenshot("organizer-board-phone");
    }

    @Test
    void aManagersDragOnTheBoardMovesNothing() {
        JsonObject order = order(managerId, "10:00", "12:00");
        browser.signIn(managerLogin, PASSWORD);
        browser.open("organizer/board.xhtml");
        String title = "Заказ № " + order.getJsonNumber("number");
        browser.waitForText("#boardForm\\:board", title);
        WebElement item = itemWith(title);
        int x = item.getRect().getX();
        drag(item, 120, 0);
        assertEquals(x, itemWith(title).getRect().getX(), "the item stays where it was");
        JsonObject after = object(admin.json("GET", "api/orders/" + order.getJsonNumber("id"), null));
        assertEquals("10:00:00", normalised(after.getString("windowStart")));
        assertEquals(order.getJsonNumber("version").longValue(), after.getJsonNumber("version").longValue());
    }

    @Test
    void anAssessmentBecomesAnOrderFromItsPage() {
        JsonObject assessment = assessment(managerId, "09:00", "10:00");
        browser.signIn(operatorLogin, PASSWORD);
        browser.open("assessments/edit.xhtml?id=" + assessment.getJsonNumber("id"));
        browser.screenshot("assessment-edit-desktop");
        browser.clickAndWaitForPage("#makeOrder");
        browser.waitForValue("#orderForm\\:address", "Москва, Садовая, 3");
        browser.type("#orderForm\\:amount_input", "18000");
        browser.screenshot("order-from-assessment-desktop");
        browser.clickAndWaitForPage("#orderForm\\:save");
        browser.waitForText("#messages", "создан");
        browser.waitForText("#assessmentLink", "По оценке № " + assessment.getJsonNumber("number"));
        JsonObject linked = object(admin.json("GET", "api/assessments/" + assessment.getJsonNumber("id"), null));
        assertTrue(linked.containsKey("orderId") && !linked.isNull("orderId"), linked.toString());
        JsonObject order = object(admin.json("GET", "api/orders/" + linked.getJsonNumber("orderId"), null));
        assertEquals(clientId, order.getJsonNumber("clientId").longValue());
        assertEquals(managerId, order.getJsonNumber("managerId").longValue());
        assertEquals("Оценить замену труб", order.getString("description"));

        browser.resize(Browser.PHONE);
        browser.open("assessments/edit.xhtml?id=" + assessment.getJsonNumber("id"));
        browser.waitFor("#orderLink");
        browser.screenshot("assessment-edit-phone");
    }

    /**
     * Drags with the mouse in small steps, as a hand does, so that the timeline follows every move:
     * first across the rows, then along the time.
     */
    private void drag(WebElement item, int dx, int dy) {
        Actions actions = new Actions(browser.driver()).moveToElement(item).clickAndHold();
        for (int[] leg : new int[][] {{0, dy}, {dx, 0}}) {
            // Steps of about 12 px: a hand that holds still for a quarter second is a long press (a selection).
            int steps = Math.max(1, Math.max(Math.abs(leg[0]), Math.abs(leg[1])) / 12);
            int movedX = 0;
            int movedY = 0;
            for (int i = 1; i <= steps; i++) {
                int x = leg[0] * i / steps;
                int y = leg[1] * i / steps;
                actions.moveByOffset(x - movedX, y - movedY).pause(Duration.ofMillis(40));
                movedX = x;
                movedY = y;
            }
        }
        actions.pause(Duration.ofMillis(200)).release().perform();
    }

    private String colour(String css) {
        return browser.find(css).getCssValue("background-color");
    }

    private WebElement itemWith(String text) {
        return browser.driver().findElements(By.cssSelector("#boardForm\\:board .vis-item")).stream()
                .filter(e -> e.getText().contains(text)).findFirst().orElseThrow();
    }

    private WebElement rowLabel(String name) {
        return browser.driver().findElements(By.cssSelector("#boardForm\\:board .vis-label")).stream()
                .filter(e -> e.getText().contains(name)).findFirst().orElseThrow();
    }

    /** A time as JSON gives it, with seconds: "12:00" and "12:00:00" are the same. */
    private static String normalised(String time) {
        return time.length() == 5 ? time + ":00" : time;
    }
}
