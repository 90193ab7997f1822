package ru.fieldcrm.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.fieldcrm.shared.Deployments;
import ru.fieldcrm.shared.WebClient;

/**
 * The report tables over HTTP (per manager, upsells, discounts, orders by status, site assessments):
 * a day of the test's own with orders booked and worked through the API (discounts at booking and
 * by the administrator's edit, an upsell of each manager, a price increase by the administrator that
 * is no upsell, a cut, cancellations with reasons, a discount on a cancelled order, an order of
 * nobody) and assessments of every outcome; every figure checked, then who sees what and the files.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportTablesIT {

    private static final String PASSWORD = "Secret-pass1";
    private static final List<String> REPORTS = List.of("managers", "upsells", "discounts", "orders", "assessments");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crm();
    }

    @ArquillianResource
    URL deployed;

    URI base;
    WebClient admin;
    WebClient operator;
    WebClient manager;
    WebClient otherManager;
    long operatorId;
    long managerId;
    String managerName;
    long otherManagerId;
    String otherManagerName;
    long clientId;
    long percentTypeId;
    long amountTypeId;
    LocalDate day;

    private static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private record SignedIn(long id, String name, WebClient client) {
    }

    private SignedIn user(String role) {
        String login = unique(role.toLowerCase());
        String name = role + " " + login;
        HttpResponse<String> created = admin.json("POST", "api/users", """
                {"login":"%s","fullName":"%s","role":"%s","password":"%s"}""".formatted(login, name, role, PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
        WebClient client = new WebClient(base);
        assertEquals(302, client.signIn(login, PASSWORD).statusCode());
        return new SignedIn(object(created).getJsonNumber("id").longValue(), name, client);
    }

    private long discountType(String kind, int max) {
        HttpResponse<String> created = admin.json("POST", "api/discount-types", """
                {"name":"%s","kind":"%s","maxValue":%d,"active":true,"roles":["ADMIN","OPERATOR"]}"""
                .formatted(unique("Вид "), kind, max));
        assertEquals(201, created.statusCode(), created.body());
        return object(created).getJsonNumber("id").longValue();
    }

    @BeforeEach
    void staffAndClient() {
        base = Deployments.base(deployed);
        // A day of this test's own, far ahead: no other test books orders or assessments on it.
        day = LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(1000 + ThreadLocalRandom.current().nextInt(20_000));
        admin = new WebClient(base);
        assertEquals(302, admin.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword()).statusCode());
        SignedIn op = user("OPERATOR");
        operator = op.client();
        operatorId = op.id();
        SignedIn a = user("MANAGER");
        manager = a.client();
        managerId = a.id();
        managerName = a.name();
        SignedIn b = user("MANAGER");
        otherManager = b.client();
        otherManagerId = b.id();
        otherManagerName = b.name();
        HttpResponse<String> client = operator.json("POST", "api/clients", """
                {"name":"Анна Смирнова","phones":[{"phone":"+7916%07d","note":null}],
                 "addresses":[{"address":"Москва, ул. Мира, 3","entrance":null,"floor":null,"apartment":null,"intercom":null}]}"""
                .formatted(Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 10_000_000L)));
        assertEquals(201, client.statusCode(), client.body());
        clientId = object(client).getJsonNumber("id").longValue();
        percentTypeId = discountType("PERCENT", 15);
        amountTypeId = discountType("AMOUNT", 1000);
    }

    private String orderForm(LocalDate visit, int price, Long manager, String discount) {
        return """
                {"clientId":%d,"contactPhone":"8 916 555-44-33","address":"Москва, ул. Мира, 3","entrance":null,"floor":null,
                 "apartment":null,"intercom":null,"visitDate":"%s","windowStart":"10:00","windowEnd":"12:00",
                 "description":"Ремонт","lines":[{"name":"Работа","unit":"шт","price":%d,"quantity":1}],"amount":null,
                 "discount":%s,"managerId":%s,"comment":null}"""
                .formatted(clientId, visit, price, discount == null ? "null" : discount,
                        manager == null ? "null" : manager.toString());
    }

    private JsonObject book(int price, Long manager, String discount) {
        HttpResponse<String> created = operator.json("POST", "api/orders", orderForm(day, price, manager, discount));
        assertEquals(201, created.statusCode(), created.body());
        return object(created);
    }

    private String percentOff(int percent) {
        return "{\"typeId\":%d,\"value\":%d,\"reason\":\"Постоянный клиент\"}".formatted(percentTypeId, percent);
    }

    private static long id(JsonObject entity) {
        return entity.getJsonNumber("id").longValue();
    }

    private static long version(JsonObject entity) {
        return entity.getJsonNumber("version").longValue();
    }

    private JsonObject post(WebClient who, String kind, JsonObject entity, String action, String body) {
        HttpResponse<String> answer = who.json("POST", "api/" + kind + "/" + id(entity) + "/" + action + "?version="
                + version(entity), body);
        assertEquals(action.equals("order") ? 201 : 200, answer.statusCode(), action + ": " + answer.body());
        return object(answer);
    }

    private JsonObject finish(WebClient who, JsonObject order) {
        order = post(who, "orders", order, "marks/LEFT_OFFICE", "{}");
        order = post(who, "orders", order, "marks/WORK_STARTED", "{}");
        return post(who, "orders", order, "marks/FINISHED", "{\"comment\":\"Готово\"}");
    }

    private JsonObject assessment(long manager) {
        HttpResponse<String> created = operator.json("POST", "api/assessments", """
                {"clientId":%d,"contactPhone":"8 916 555-44-33","address":"Москва, ул. Мира, 3","entrance":null,"floor":null,
                 "apartment":null,"intercom":null,"visitDate":"%s","windowStart":"09:00","windowEnd":"10:00",
                 "description":"Оценить работы","managerId":%d}""".formatted(clientId, day, manager));
        assertEquals(201, created.statusCode(), created.body());
        return object(created);
    }

    /**
     * Manager A: 4 orders (3 done, 1 cancelled), revenue 17 100, upsell 1 500, discount 1 000 (the
     * operator's, at booking); 4 assessments (ordered, held without order, cancelled, planned).
     * Manager B: 3 orders (1 assigned with the administrator's discount of 500 and B's upsell of 200,
     * 2 cancelled, one of them with a discount that does not count); 1 planned assessment. Nobody's: 1 order.
     */
    private void bookTheDay() {
        JsonObject o1 = book(10_000, managerId, percentOff(10));
        o1 = post(manager, "orders", o1, "marks/LEFT_OFFICE", "{}");
        o1 = post(manager, "orders", o1, "price-change", "{\"change\":1500,\"reason\":\"Доп. работы\"}");
        o1 = post(manager, "orders", o1, "marks/WORK_STARTED", "{}");
        post(manager, "orders", o1, "marks/FINISHED", "{\"comment\":\"Готово\"}");
        JsonObject o2 = book(5_000, managerId, null);
        o2 = post(manager, "orders", o2, "price-change", "{\"change\":-700,\"reason\":\"Уступили\"}");
        finish(manager, o2);
        post(operator, "orders", book(3_000, managerId, null), "cancel", "{\"reason\":\"Клиент передумал\"}");
        JsonObject o4 = post(admin, "orders", book(2_000, managerId, null), "price-change", "{\"change\":300,\"reason\":\"Надбавка\"}");
        finish(manager, o4);
        book(1_000, null, null);

        JsonObject o6 = book(4_000, otherManagerId, null);
        HttpResponse<String> edited = admin.json("PUT", "api/orders/" + id(o6) + "?version=" + version(o6),
                orderForm(day, 4_000, otherManagerId, "{\"typeId\":%d,\"value\":500,\"reason\":\"Акция\"}".formatted(amountTypeId)));
        assertEquals(200, edited.statusCode(), edited.body());
        post(otherManager, "orders", object(edited), "price-change", "{\"change\":200,\"reason\":\"Ещё розетка\"}");
        post(operator, "orders", book(6_000, otherManagerId, percentOff(10)), "cancel", "{\"reason\":\"Клиент передумал\"}");
        post(operator, "orders", book(2_500, otherManagerId, null), "cancel", "{\"reason\":\"Дорого\"}");

        JsonObject ordered = post(manager, "assessments", assessment(managerId), "result", "{\"estimatedAmount\":42000,\"notes\":\"Да\"}");
        post(operator, "assessments", ordered, "order", orderForm(day.plusDays(1), 42_000, managerId, null));
        post(manager, "assessments", assessment(managerId), "result", "{\"estimatedAmount\":9000,\"notes\":\"Подумают\"}");
        post(operator, "assessments", assessment(managerId), "cancel", "{\"reason\":\"Не дозвонились\"}");
        assessment(managerId);
        assessment(otherManagerId);
    }

    private JsonObject report(WebClient who, String name, Long manager) {
        HttpResponse<String> answer = who.json("GET", path(name, manager), null);
        assertEquals(200, answer.statusCode(), name + ": " + answer.body());
        return object(answer);
    }

    private String path(String name, Long manager) {
        return "api/reports/" + name + "?from=" + day + "&to=" + day + (manager == null ? "" : "&manager=" + manager);
    }

    private static void assertMoney(String expected, JsonObject row, String name) {
        assertEquals(new BigDecimal(expected), row.getJsonNumber(name).bigDecimalValue().setScale(2), name + " in " + row);
    }

    private static void assertShare(String expected, JsonObject row, String name) {
        assertEquals(new BigDecimal(expected), row.getJsonNumber(name).bigDecimalValue().setScale(4), name + " in " + row);
    }

    private static JsonObject rowOf(JsonArray rows, String key, Long id) {
        return rows.stream().map(JsonObject.class::cast)
                .filter(r -> id == null ? !r.containsKey(key) || r.isNull(key) : !r.isNull(key) && r.getJsonNumber(key).longValue() == id)
                .findFirst().orElseGet(() -> fail("no row " + key + "=" + id + " in " + rows));
    }

    @Test
    void everyTableCountsTheDayByTheFinanceDefinitions() {
        bookTheDay();

        JsonObject managers = report(admin, "managers", null);
        JsonArray rows = managers.getJsonArray("rows");
        assertEquals(3, rows.size(), rows.toString());
        JsonObject a = rowOf(rows, "managerId", managerId);
        assertEquals(managerName, a.getString("managerName"));
        assertEquals(4, a.getInt("planned"));
        assertEquals(3, a.getInt("done"));
        assertEquals(1, a.getInt("cancelled"));
        assertMoney("17100.00", a, "revenue");
        assertMoney("1500.00", a, "upsell");
        assertMoney("1000.00", a, "discounts");
        assertMoney("5700.00", a, "averageCheck");
        assertEquals(4, a.getInt("assessments"));
        assertEquals(2, a.getInt("assessmentsMade"));
        assertEquals(1, a.getInt("assessmentsOrdered"));
        assertShare("0.5000", a, "conversion");
        JsonObject b = rowOf(rows, "managerId", otherManagerId);
        assertEquals(3, b.getInt("planned"));
        assertEquals(0, b.getInt("done"));
        assertEquals(2, b.getInt("cancelled"));
        assertMoney("0.00", b, "revenue");
        assertMoney("200.00", b, "upsell");
        assertMoney("500.00", b, "discounts"); // the discount of the cancelled order does not count
        assertTrue(!b.containsKey("averageCheck") || b.isNull("averageCheck"), b.toString());
        assertEquals(1, b.getInt("assessments"));
        assertTrue(!b.containsKey("conversion") || b.isNull("conversion"), b.toString());
        JsonObject nobody = rowOf(rows, "managerId", null);
        assertEquals(1, nobody.getInt("planned"));
        assertEquals(nobody, rows.getJsonObject(2), "the row of nobody assigned comes last");
        JsonObject totals = managers.getJsonObject("totals");
        assertEquals(8, totals.getInt("planned"));
        assertEquals(3, totals.getInt("done"));
        assertEquals(3, totals.getInt("cancelled"));
        assertMoney("17100.00", totals, "revenue");
        assertMoney("1700.00", totals, "upsell");
        assertMoney("1500.00", totals, "discounts");
        assertMoney("5700.00", totals, "averageCheck");
        assertEquals(5, totals.getInt("assessments"));
        assertShare("0.5000", totals, "conversion");

        JsonObject upsells = report(admin, "upsells", null);
        assertEquals(2, upsells.getJsonArray("managers").size(), upsells.toString());
        JsonObject upA = rowOf(upsells.getJsonArray("managers"), "managerId", managerId);
        assertEquals(1, upA.getInt("orders"));
        assertMoney("1500.00", upA, "upsell");
        assertMoney("10500.00", upA, "finalSum");
        assertMoney("200.00", rowOf(upsells.getJsonArray("managers"), "managerId", otherManagerId), "upsell");
        JsonArray upsellOrders = upsells.getJsonArray("orders");
        assertEquals(2, upsellOrders.size(), "the administrator's increase is no upsell: " + upsellOrders);
        JsonObject first = upsellOrders.getJsonObject(0);
        assertEquals(day.toString(), first.getString("day"));
        assertEquals("Анна Смирнова", first.getString("clientName"));
        assertEquals(managerName, first.getString("managerName"));
        assertMoney("9000.00", first, "baseAmount");
        assertMoney("1500.00", first, "upsell");
        assertMoney("10500.00", first, "finalSum");
        JsonObject second = upsellOrders.getJsonObject(1);
        assertTrue(second.getJsonNumber("number").longValue() > first.getJsonNumber("number").longValue());
        assertMoney("3500.00", second, "baseAmount");
        assertMoney("3700.00", second, "finalSum");
        assertEquals(2, upsells.getJsonObject("totals").getInt("orders"));
        assertMoney("1700.00", upsells.getJsonObject("totals"), "upsell");

        JsonObject discounts = report(admin, "discounts", null);
        JsonArray byType = discounts.getJsonArray("byType");
        assertEquals(2, byType.size(), byType.toString());
        assertEquals(percentTypeId, byType.getJsonObject(0).getJsonNumber("id").longValue(), "the largest sum first");
        assertEquals(1, byType.getJsonObject(0).getInt("orders"));
        assertMoney("1000.00", byType.getJsonObject(0), "amount");
        assertMoney("500.00", rowOf(byType, "id", amountTypeId), "amount");
        JsonArray byUser = discounts.getJsonArray("byUser");
        assertEquals(2, byUser.size(), byUser.toString());
        assertMoney("1000.00", rowOf(byUser, "id", operatorId), "amount");
        JsonObject byAdmin = byUser.getJsonObject(1);
        assertNotEquals(operatorId, byAdmin.getJsonNumber("id").longValue(), "the administrator's edit gave the other");
        assertMoney("500.00", byAdmin, "amount");
        assertEquals(2, discounts.getJsonArray("byTypeAndUser").size());
        assertEquals(2, discounts.getJsonObject("totals").getInt("orders"));
        assertMoney("1500.00", discounts.getJsonObject("totals"), "amount");

        JsonObject orders = report(admin, "orders", null);
        JsonArray statuses = orders.getJsonArray("byStatus");
        assertEquals(7, statuses.size(), "every status listed");
        assertEquals("NEW", statuses.getJsonObject(0).getString("status"));
        assertEquals(1, statuses.getJsonObject(0).getInt("orders"));
        assertEquals(1, statuses.getJsonObject(1).getInt("orders"), "ASSIGNED");
        assertMoney("3700.00", statuses.getJsonObject(1), "finalSum");
        assertEquals(0, statuses.getJsonObject(2).getInt("orders"), "LEFT_OFFICE");
        assertEquals(3, statuses.getJsonObject(4).getInt("orders"), "DONE");
        assertMoney("17000.00", statuses.getJsonObject(4), "amount");
        assertMoney("17100.00", statuses.getJsonObject(4), "finalSum");
        assertEquals(3, statuses.getJsonObject(6).getInt("orders"), "CANCELLED");
        assertMoney("11500.00", statuses.getJsonObject(6), "amount");
        JsonArray reasons = orders.getJsonArray("byReason");
        assertEquals(2, reasons.size(), reasons.toString());
        assertEquals("Клиент передумал", reasons.getJsonObject(0).getString("reason"));
        assertEquals(2, reasons.getJsonObject(0).getInt("orders"));
        assertMoney("9000.00", reasons.getJsonObject(0), "amount");
        assertEquals("Дорого", reasons.getJsonObject(1).getString("reason"));
        assertEquals(8, orders.getJsonObject("totals").getInt("orders"));
        assertMoney("33500.00", orders.getJsonObject("totals"), "amount");
        assertEquals(3, orders.getJsonObject("cancelled").getInt("orders"));

        JsonObject assessments = report(admin, "assessments", null);
        JsonArray outcomes = assessments.getJsonArray("byOutcome");
        assertEquals(List.of("PLANNED", "ORDERED", "NO_ORDER", "CANCELLED"),
                outcomes.stream().map(o -> o.asJsonObject().getString("outcome")).toList());
        assertEquals(2, outcomes.getJsonObject(0).getInt("count"));
        assertShare("0.4000", outcomes.getJsonObject(0), "share");
        assertEquals(1, outcomes.getJsonObject(1).getInt("count"));
        assertShare("0.2000", outcomes.getJsonObject(1), "share");
        JsonObject assessA = rowOf(assessments.getJsonArray("managers"), "managerId", managerId);
        assertEquals(4, assessA.getInt("total"));
        assertEquals(1, assessA.getInt("planned"));
        assertEquals(1, assessA.getInt("ordered"));
        assertEquals(1, assessA.getInt("noOrder"));
        assertEquals(1, assessA.getInt("cancelled"));
        assertShare("0.5000", assessA, "conversion");
        assertEquals(5, assessments.getJsonObject("totals").getInt("total"));

        // A manager filter narrows every table to that manager's orders and assessments.
        JsonObject onlyB = report(admin, "managers", otherManagerId);
        assertEquals(1, onlyB.getJsonArray("rows").size());
        assertEquals(3, onlyB.getJsonObject("totals").getInt("planned"));
        assertEquals(1, report(admin, "discounts", otherManagerId).getJsonObject("totals").getInt("orders"));
        assertEquals(1, report(admin, "assessments", otherManagerId).getJsonObject("totals").getInt("total"));
    }

    @Test
    void aManagerSeesOwnFiguresAndTheOperatorWhatTheAdministratorAllows() {
        bookTheDay();
        JsonObject own = report(manager, "managers", null);
        assertEquals(managerId, own.getJsonNumber("managerId").longValue());
        assertEquals(1, own.getJsonArray("rows").size(), own.toString());
        assertEquals(4, own.getJsonObject("totals").getInt("planned"));
        assertEquals(1, report(manager, "upsells", null).getJsonArray("orders").size());
        assertEquals(1, report(otherManager, "discounts", null).getJsonObject("totals").getInt("orders"));
        assertEquals(4, report(manager, "orders", null).getJsonObject("totals").getInt("orders"));
        assertEquals(1, report(otherManager, "assessments", null).getJsonObject("totals").getInt("total"));
        for (String name : REPORTS) {
            HttpResponse<String> others = manager.json("GET", path(name, otherManagerId), null);
            assertEquals(403, others.statusCode(), name + ": " + others.body());
            assertEquals(403, manager.download(path(name, otherManagerId).replace("?", "/export?"), "ru").statusCode(),
                    name + " nor as a file");
            assertEquals(403, operator.json("GET", path(name, null), null).statusCode(), name + " for the operator");
            assertEquals(403, operator.download(path(name, null).replace("?", "/export?"), "ru").statusCode());
        }
        assertFalse(Json.createReader(new StringReader(operator.json("GET", "api/reports/visible", null).body())).readArray()
                .toString().contains("UPSELLS"));
        try {
            HttpResponse<String> allowed = admin.json("PUT", "api/reports/access",
                    "[{\"report\":\"UPSELLS\",\"role\":\"OPERATOR\",\"access\":\"ALL\"}]");
            assertEquals(200, allowed.statusCode(), allowed.body());
            assertEquals(2, report(operator, "upsells", null).getJsonArray("orders").size());
            assertEquals(1, report(operator, "upsells", otherManagerId).getJsonArray("orders").size());
            assertEquals(403, operator.json("GET", path("discounts", null), null).statusCode(), "only the report allowed");
        } finally {
            admin.json("PUT", "api/reports/access", "[{\"report\":\"UPSELLS\",\"role\":\"OPERATOR\",\"access\":\"NONE\"}]");
        }
        assertEquals(403, operator.json("GET", path("upsells", null), null).statusCode());
    }

    private Sheet export(String name) throws IOException {
        HttpResponse<byte[]> file = admin.download("api/reports/" + name + "/export?from=" + day + "&to=" + day, "ru");
        assertEquals(200, file.statusCode(), name);
        String disposition = file.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.contains("filename*=UTF-8''") && disposition.contains(day.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))),
                disposition);
        return new XSSFWorkbook(new ByteArrayInputStream(file.body())).getSheetAt(0);
    }

    private static Row rowNamed(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return row;
            }
        }
        return fail("no row " + text);
    }

    private static void assertNumber(double expected, Row row, int column) {
        Cell cell = row.getCell(column);
        assertEquals(CellType.NUMERIC, cell.getCellType(), "column " + column + " of row " + row.getRowNum());
        assertEquals(expected, cell.getNumericCellValue(), 0.001);
    }

    @Test
    void everyExportIsAWorkbookOfNumbersWithTotals() throws IOException {
        bookTheDay();
        String date = day.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));

        Sheet managers = export("managers");
        assertEquals("По менеджерам " + date, managers.getRow(0).getCell(0).getStringCellValue());
        assertEquals("Выручка", managers.getRow(1).getCell(4).getStringCellValue());
        Row a = rowNamed(managers, 0, managerName);
        assertNumber(4, a, 1);
        assertNumber(17100, a, 4);
        assertNumber(5700, a, 7);
        assertNumber(0.5, a, 11);
        assertTrue(managers.getRow(1).getCell(4).getStringCellValue().length() > 0);
        assertTrue(a.getCell(4).getCellStyle().getDataFormatString().contains("₽"), "money in roubles");
        Row totals = rowNamed(managers, 0, "Итого");
        assertNumber(8, totals, 1);
        assertNumber(17100, totals, 4);

        Sheet upsells = export("upsells");
        Row first = upsells.getRow(2);
        assertNumber(first.getCell(0).getNumericCellValue(), first, 0);
        assertTrue(DateUtil.isCellDateFormatted(first.getCell(1)), "a date cell");
        assertEquals(day.atStartOfDay(), first.getCell(1).getLocalDateTimeCellValue());
        assertEquals("Анна Смирнова", first.getCell(2).getStringCellValue());
        assertNumber(1500, first, 5);
        assertNumber(1700, rowNamed(upsells, 0, "Итого"), 5);

        Sheet discounts = export("discounts");
        assertNumber(1, discounts.getRow(2), 2);
        assertNumber(1500, rowNamed(discounts, 0, "Итого"), 3);

        Sheet orders = export("orders");
        assertNumber(3, rowNamed(orders, 0, "Выполнен"), 2);
        assertNumber(2, rowNamed(orders, 1, "Клиент передумал"), 2);
        assertEquals("Отменён", rowNamed(orders, 1, "Дорого").getCell(0).getStringCellValue());
        Row orderTotals = rowNamed(orders, 0, "Итого");
        assertNumber(8, orderTotals, 2);
        assertNumber(33500, orderTotals, 3);

        Sheet assessments = export("assessments");
        Row mine = rowNamed(assessments, 0, managerName);
        assertNumber(4, mine, 1);
        assertNumber(0.5, mine, 6);
        assertNumber(5, rowNamed(assessments, 0, "Итого"), 1);
    }
}
