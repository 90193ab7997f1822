package ru.fieldcrm.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.fieldcrm.shared.Deployments;
import ru.fieldcrm.shared.WebClient;

/**
 * The daily-finance job and the finance report over HTTP: orders booked and worked through the API
 * (discount, price up by the manager and by the administrator, price down, cancelled, done, the day
 * closed) on a day of their own, the job run for a period ending with it, every figure checked, a
 * second run that doubles nothing, a run that fails in the middle (the figures table refuses the day)
 * and is restarted to completion; and who sees what.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportApiIT {

    private static final String PASSWORD = "Secret-pass1";
    private static final int PERIOD_DAYS = 70;
    private static final String WAR = "crm-web.war";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        // The WAR keeps its name, which application.xml refers to.
        EnterpriseArchive ear = Deployments.crm();
        WebArchive war = ShrinkWrap.create(ZipImporter.class, WAR).importFrom(ear.get(WAR).getAsset().openStream())
                .as(WebArchive.class).addClass(FiguresTableHook.class);
        ear.delete(WAR);
        return ear.addAsModule(war);
    }

    @ArquillianResource
    URL deployed;

    URI base;
    WebClient admin;
    WebClient operator;
    WebClient manager;
    WebClient otherManager;
    long managerId;
    long otherManagerId;
    long clientId;
    long discountTypeId;
    LocalDate day;

    private static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonArray array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private long user(String role, WebClient[] signedIn) {
        String login = unique(role.toLowerCase());
        HttpResponse<String> created = admin.json("POST", "api/users", """
                {"login":"%s","fullName":"%s %s","role":"%s","password":"%s"}""".formatted(login, role, login, role, PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
        WebClient client = new WebClient(base);
        assertEquals(302, client.signIn(login, PASSWORD).statusCode());
        signedIn[0] = client;
        return object(created).getJsonNumber("id").longValue();
    }

    @BeforeEach
    void staffAndClient() {
        base = Deployments.base(deployed);
        // A day of this test's own, far ahead: no other test books orders on it.
        day = LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(1000 + ThreadLocalRandom.current().nextInt(20_000));
        admin = new WebClient(base);
        assertEquals(302, admin.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword()).statusCode());
        WebClient[] signedIn = new WebClient[1];
        user("OPERATOR", signedIn);
        operator = signedIn[0];
        managerId = user("MANAGER", signedIn);
        manager = signedIn[0];
        otherManagerId = user("MANAGER", signedIn);
        otherManager = signedIn[0];
        HttpResponse<String> client = operator.json("POST", "api/clients", """
                {"name":"Олег Петров","phones":[{"phone":"+7916%07d","note":null}],
                 "addresses":[{"address":"Москва, ул. Мира, 1","entrance":null,"floor":null,"apartment":null,"intercom":null}]}"""
                .formatted(Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 10_000_000L)));
        assertEquals(201, client.statusCode(), client.body());
        clientId = object(client).getJsonNumber("id").longValue();
        HttpResponse<String> discount = admin.json("POST", "api/discount-types", """
                {"name":"%s","kind":"PERCENT","maxValue":15,"active":true,"roles":["ADMIN","OPERATOR"]}"""
                .formatted(unique("Отчёт ")));
        assertEquals(201, discount.statusCode(), discount.body());
        discountTypeId = object(discount).getJsonNumber("id").longValue();
    }

    private JsonObject book(int price, Long manager, boolean discount) {
        HttpResponse<String> created = operator.json("POST", "api/orders", """
                {"clientId":%d,"contactPhone":"8 916 555-44-33","address":"Москва, ул. Мира, 1","entrance":null,"floor":null,
                 "apartment":null,"intercom":null,"visitDate":"%s","windowStart":"10:00","windowEnd":"12:00",
                 "description":"Ремонт","lines":[{"name":"Работа","unit":"шт","price":%d,"quantity":1}],"amount":null,
                 "discount":%s,"managerId":%s,"comment":null}"""
                .formatted(clientId, day, price, discount
                        ? "{\"typeId\":%d,\"value\":10,\"reason\":\"Постоянный клиент\"}".formatted(discountTypeId) : "null",
                        manager == null ? "null" : manager.toString()));
        assertEquals(201, created.statusCode(), created.body());
        return object(created);
    }

    private static long id(JsonObject order) {
        return order.getJsonNumber("id").longValue();
    }

    private static long version(JsonObject order) {
        return order.getJsonNumber("version").longValue();
    }

    private JsonObject post(WebClient who, JsonObject order, String action, String body) {
        HttpResponse<String> answer = who.json("POST", "api/orders/" + id(order) + "/" + action + "?version=" + version(order), body);
        assertEquals(200, answer.statusCode(), action + ": " + answer.body());
        return object(answer);
    }

    private JsonObject startWork(JsonObject order) {
        order = post(manager, order, "marks/LEFT_OFFICE", "{}");
        return post(manager, order, "marks/WORK_STARTED", "{}");
    }

    private JsonObject finish(JsonObject order) {
        return post(manager, order, "marks/FINISHED", "{\"comment\":\"Готово\"}");
    }

    private JsonObject runAndWait(String from, String to) {
        HttpResponse<String> started = admin.json("POST", "api/reports/runs", "{\"from\":\"" + from + "\",\"to\":\"" + to + "\"}");
        assertEquals(202, started.statusCode(), started.body());
        return waitFor(object(started).getJsonNumber("id").longValue());
    }

    private JsonObject waitFor(long runId) {
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline) {
            JsonObject run = object(admin.json("GET", "api/reports/runs/" + runId, null));
            String status = run.getString("status");
            if (status.equals("COMPLETED") || status.equals("FAILED")) {
                return run;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
        return fail("run " + runId + " did not end in 90 s");
    }

    private JsonObject finance(WebClient who, Long manager) {
        HttpResponse<String> answer = who.json("GET", "api/reports/finance?from=" + day + "&to=" + day
                + (manager == null ? "" : "&manager=" + manager), null);
        assertEquals(200, answer.statusCode(), answer.body());
        return object(answer);
    }

    private static BigDecimal money(JsonObject row, String name) {
        return row.getJsonNumber(name).bigDecimalValue().setScale(2);
    }

    private static void assertMoney(String expected, JsonObject row, String name) {
        assertEquals(new BigDecimal(expected), money(row, name), name + " in " + row);
    }

    private long rowsOfDay() {
        HttpResponse<String> count = admin.get("it/finance-day?day=" + day);
        assertEquals(200, count.statusCode(), count.body());
        return Long.parseLong(count.body().strip());
    }

    /** The manager's closed day: discount, upsell, a price cut, the administrator's increase, a cancellation. */
    private JsonObject bookTheDay() {
        JsonObject withDiscount = startWork(book(10_000, managerId, true));
        withDiscount = post(manager, withDiscount, "price-change", "{\"change\":1500,\"reason\":\"Доп. работы\"}");
        finish(withDiscount);
        JsonObject cut = startWork(book(5_000, managerId, false));
        cut = post(manager, cut, "price-change", "{\"change\":-700,\"reason\":\"Уступили\"}");
        finish(cut);
        JsonObject cancelled = book(3_000, managerId, false);
        post(operator, cancelled, "cancel", "{\"reason\":\"Клиент передумал\"}");
        JsonObject byAdmin = book(2_000, managerId, false);
        byAdmin = post(admin, byAdmin, "price-change", "{\"change\":300,\"reason\":\"Надбавка\"}");
        finish(startWork(byAdmin));
        book(1_000, null, false);
        book(4_000, otherManagerId, false);
        HttpResponse<String> closed = manager.json("POST", "api/orders/days/close", "{\"day\":\"" + day + "\"}");
        assertEquals(200, closed.statusCode(), closed.body());
        return object(admin.json("GET", "api/orders/" + id(withDiscount), null));
    }

    @Test
    void theJobComputesEveryFigureReplacesItsDaysAndGoesOnAfterAFailure() {
        JsonObject withDiscount = bookTheDay();
        String from = day.minusDays(PERIOD_DAYS - 1L).toString();

        JsonObject run = runAndWait(from, day.toString());
        assertEquals("COMPLETED", run.getString("status"), run.toString());
        assertEquals(PERIOD_DAYS, run.getInt("daysTotal"));
        assertEquals(PERIOD_DAYS, run.getInt("daysDone"));
        assertEquals("MANUAL", run.getString("kind"));
        assertFalse(run.isNull("startedByName"));

        JsonObject mine = finance(admin, managerId);
        assertEquals(1, mine.getJsonArray("rows").size(), mine.toString());
        JsonObject row = mine.getJsonArray("rows").getJsonObject(0);
        assertEquals(day.toString(), row.getString("day"));
        assertEquals(4, row.getInt("planned"));
        assertEquals(3, row.getInt("done"));
        assertEquals(1, row.getInt("cancelled"));
        assertMoney("17000.00", row, "amount");
        assertMoney("1000.00", row, "discounts");
        assertMoney("1800.00", row, "priceUp");
        assertMoney("700.00", row, "priceDown");
        assertMoney("1500.00", row, "upsell");
        assertMoney("17100.00", row, "finalSum");
        assertTrue(row.getBoolean("closed"), row.toString());
        assertFalse(row.getBoolean("corrected"));

        JsonObject all = finance(admin, null);
        JsonObject allRow = all.getJsonArray("rows").getJsonObject(0);
        assertEquals(6, allRow.getInt("planned"));
        assertEquals(3, allRow.getInt("done"));
        assertMoney("22000.00", allRow, "amount");
        assertMoney("17100.00", allRow, "finalSum");
        assertEquals(2, allRow.getInt("managers"));
        assertEquals(1, allRow.getInt("closedManagers"));
        assertTrue(allRow.getBoolean("unassigned"));
        assertFalse(allRow.getBoolean("closed"), "another manager's day and an unassigned order keep the day open");
        assertMoney("17100.00", all.getJsonObject("totals"), "finalSum");
        assertEquals(3, rowsOfDay(), "one row per manager and one for the orders without a manager");

        JsonObject again = runAndWait(from, day.toString());
        assertEquals("COMPLETED", again.getString("status"));
        assertEquals(3, rowsOfDay(), "a second run replaces the day's rows");
        assertEquals(all.getJsonArray("rows"), finance(admin, null).getJsonArray("rows"), "nothing doubled");

        HttpResponse<byte[]> file = admin.download("api/reports/finance/export?from=" + day + "&to=" + day, "ru");
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains("filename*=UTF-8''"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Финансы по дням " + DateTimeFormatter.ofPattern("dd.MM.yyyy").format(day),
                    sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Итоговая сумма", sheet.getRow(1).getCell(10).getStringCellValue());
            Row dayRow = sheet.getRow(2);
            assertEquals(day.atStartOfDay(), dayRow.getCell(0).getLocalDateTimeCellValue());
            assertEquals("Не закрыт", dayRow.getCell(1).getStringCellValue());
            assertEquals(6, dayRow.getCell(2).getNumericCellValue(), 0.001);
            assertEquals(CellType.NUMERIC, dayRow.getCell(10).getCellType());
            assertEquals(17100.0, dayRow.getCell(10).getNumericCellValue(), 0.001);
            Row totals = sheet.getRow(3);
            assertEquals("Итого", totals.getCell(0).getStringCellValue());
            assertEquals(17100.0, totals.getCell(10).getNumericCellValue(), 0.001);
        } catch (java.io.IOException e) {
            fail(e);
        }

        // The administrator corrects the closed day; the next run fails on the last chunk and is restarted.
        HttpResponse<String> corrected = admin.json("POST", "api/orders/" + id(withDiscount) + "/final-sum?version="
                + version(withDiscount), "{\"finalSum\":10400,\"reason\":\"Ошибка в сумме\"}");
        assertEquals(200, corrected.statusCode(), corrected.body());
        assertEquals(204, admin.postForm("it/finance-day?action=refuse&finalSum=17000&day=" + day, Map.of()).statusCode());
        JsonObject failed;
        try {
            failed = runAndWait(from, day.toString());
        } finally {
            admin.postForm("it/finance-day?action=allow&day=" + day, Map.of());
        }
        assertEquals("FAILED", failed.getString("status"), failed.toString());
        assertFalse(failed.isNull("error"), failed.toString());
        assertTrue(failed.getInt("daysDone") > 0 && failed.getInt("daysDone") < PERIOD_DAYS,
                "the chunks before the refused day were committed: " + failed);
        assertMoney("17100.00", finance(admin, managerId).getJsonArray("rows").getJsonObject(0), "finalSum");

        HttpResponse<String> restarted = admin.json("POST", "api/reports/runs/" + failed.getInt("id") + "/restart", "{}");
        assertEquals(202, restarted.statusCode(), restarted.body());
        JsonObject done = waitFor(failed.getInt("id"));
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        assertEquals(PERIOD_DAYS, done.getInt("daysDone"), "the restart went on from the checkpoint, no day twice");
        assertTrue(!done.containsKey("error") || done.isNull("error"), "the restart cleared the error: " + done);
        JsonObject after = finance(admin, managerId).getJsonArray("rows").getJsonObject(0);
        assertMoney("17000.00", after, "finalSum");
        assertTrue(after.getBoolean("corrected"));
        assertEquals(3, rowsOfDay());

        HttpResponse<String> notFailed = admin.json("POST", "api/reports/runs/" + failed.getInt("id") + "/restart", "{}");
        assertEquals(400, notFailed.statusCode(), notFailed.body());
        JsonArray runs = array(admin.json("GET", "api/reports/runs", null));
        assertTrue(runs.stream().anyMatch(r -> r.asJsonObject().getInt("id") == failed.getInt("id")));
    }

    @Test
    void aRunForAWrongPeriodIsRefusedAndOnlyTheAdministratorRunsTheJob() {
        HttpResponse<String> reversed = admin.json("POST", "api/reports/runs", "{\"from\":\"" + day + "\",\"to\":\"" + day.minusDays(1) + "\"}");
        assertEquals(400, reversed.statusCode(), reversed.body());
        assertTrue(object(reversed).getString("detail").contains("раньше"), reversed.body());
        HttpResponse<String> tooLong = admin.json("POST", "api/reports/runs", "{\"from\":\"" + day.minusYears(4) + "\",\"to\":\"" + day + "\"}");
        assertEquals(400, tooLong.statusCode(), tooLong.body());
        HttpResponse<String> missing = admin.json("POST", "api/reports/runs", "{\"from\":null,\"to\":\"" + day + "\"}");
        assertEquals(400, missing.statusCode(), missing.body());
        assertEquals(403, manager.json("POST", "api/reports/runs", "{\"from\":\"" + day + "\",\"to\":\"" + day + "\"}").statusCode());
        assertEquals(403, operator.json("GET", "api/reports/runs", null).statusCode());
    }

    @Test
    void aManagerSeesOwnFiguresTheOperatorWhatTheAdministratorAllows() {
        bookTheDay();
        JsonObject run = runAndWait(day.toString(), day.toString());
        assertEquals("COMPLETED", run.getString("status"), run.toString());

        JsonObject own = finance(manager, null);
        assertEquals(managerId, own.getJsonNumber("managerId").longValue());
        assertEquals(4, own.getJsonArray("rows").getJsonObject(0).getInt("planned"));
        assertEquals(200, manager.json("GET", "api/reports/finance?from=" + day + "&to=" + day + "&manager=" + managerId, null).statusCode());
        HttpResponse<String> others = manager.json("GET", "api/reports/finance?from=" + day + "&to=" + day
                + "&manager=" + otherManagerId, null);
        assertEquals(403, others.statusCode(), others.body());
        assertEquals(403, manager.download("api/reports/finance/export?from=" + day + "&to=" + day
                + "&manager=" + otherManagerId, "ru").statusCode(), "nor as a file");
        assertEquals(1, finance(otherManager, null).getJsonArray("rows").getJsonObject(0).getInt("planned"));

        HttpResponse<String> refused = operator.json("GET", "api/reports/finance?from=" + day + "&to=" + day, null);
        assertEquals(403, refused.statusCode(), refused.body());
        assertFalse(array(operator.json("GET", "api/reports/visible", null)).toString().contains("FINANCE"));
        HttpResponse<String> ownForOperator = admin.json("PUT", "api/reports/access",
                "[{\"report\":\"FINANCE\",\"role\":\"OPERATOR\",\"access\":\"OWN\"}]");
        assertEquals(400, ownForOperator.statusCode(), ownForOperator.body());
        assertEquals(403, manager.json("PUT", "api/reports/access",
                "[{\"report\":\"FINANCE\",\"role\":\"MANAGER\",\"access\":\"ALL\"}]").statusCode());
        try {
            HttpResponse<String> allowed = admin.json("PUT", "api/reports/access",
                    "[{\"report\":\"FINANCE\",\"role\":\"OPERATOR\",\"access\":\"ALL\"}]");
            assertEquals(200, allowed.statusCode(), allowed.body());
            assertTrue(array(allowed).stream().map(JsonObject.class::cast).anyMatch(e -> e.getString("report").equals("FINANCE")
                    && e.getString("role").equals("OPERATOR") && e.getString("access").equals("ALL")), allowed.body());
            JsonObject seen = finance(operator, null);
            assertEquals(6, seen.getJsonArray("rows").getJsonObject(0).getInt("planned"));
            assertEquals(1, finance(operator, otherManagerId).getJsonArray("rows").getJsonObject(0).getInt("planned"));
            assertTrue(array(operator.json("GET", "api/reports/visible", null)).toString().contains("FINANCE"));
        } finally {
            admin.json("PUT", "api/reports/access", "[{\"report\":\"FINANCE\",\"role\":\"OPERATOR\",\"access\":\"NONE\"}]");
        }
        assertEquals(403, operator.json("GET", "api/reports/finance?from=" + day + "&to=" + day, null).statusCode());
    }
}
