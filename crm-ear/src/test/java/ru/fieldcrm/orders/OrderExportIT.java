package ru.fieldcrm.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
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
 * The order list's export over HTTP: orders booked through the API come back in an {@code .xlsx}
 * file that holds exactly what the filter matches, in its sort, with typed cells and right totals.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrderExportIT {

    private static final String PASSWORD = "Secret-pass1";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crm();
    }

    @ArquillianResource
    URL deployed;

    URI base;
    WebClient admin;
    WebClient operator;
    WebClient sales;
    long managerId;
    String managerName;
    long clientId;
    String street;
    LocalDate day;

    private static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private WebClient user(String role) {
        String login = unique(role.toLowerCase());
        HttpResponse<String> created = admin.json("POST", "api/users", """
                {"login":"%s","fullName":"%s %s","role":"%s","password":"%s"}""".formatted(login, role, login, role, PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
        if (role.equals("MANAGER")) {
            managerId = object(created).getJsonNumber("id").longValue();
            managerName = role + " " + login;
        }
        WebClient client = new WebClient(base);
        assertEquals(302, client.signIn(login, PASSWORD).statusCode());
        return client;
    }

    @BeforeEach
    void staffAndClient() {
        base = Deployments.base(deployed);
        // A day of its own a few months ahead, so that other tests' orders are not in the period.
        day = LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(60 + Math.floorMod(UUID.randomUUID().hashCode(), 200));
        admin = new WebClient(base);
        assertEquals(302, admin.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword()).statusCode());
        operator = user("OPERATOR");
        user("MANAGER");
        sales = user("SALES");
        street = unique("Экспортная ");
        HttpResponse<String> client = operator.json("POST", "api/clients", """
                {"name":"Анна Смирнова","phones":[{"phone":"+7916%07d","note":null}],
                 "addresses":[{"address":"Москва, ул. %s, 10","entrance":null,"floor":null,"apartment":null,"intercom":null}]}"""
                .formatted(Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 10_000_000L), street));
        assertEquals(201, client.statusCode(), client.body());
        clientId = object(client).getJsonNumber("id").longValue();
    }

    private JsonObject book(LocalDate date, String start, String end, String amount, boolean withManager, String address) {
        HttpResponse<String> created = operator.json("POST", "api/orders", """
                {"clientId":%d,"contactPhone":"8 916 555-44-33","address":"%s","entrance":null,"floor":null,
                 "apartment":null,"intercom":null,"visitDate":"%s","windowStart":"%s","windowEnd":"%s",
                 "description":"Монтаж","lines":[],"amount":%s,"discount":null,"managerId":%s,"comment":null}"""
                .formatted(clientId, address, date, start, end, amount, withManager ? String.valueOf(managerId) : "null"));
        assertEquals(201, created.statusCode(), created.body());
        return object(created);
    }

    private static XSSFWorkbook workbook(HttpResponse<byte[]> answer) throws IOException {
        assertEquals(200, answer.statusCode(), new String(answer.body(), StandardCharsets.UTF_8));
        assertEquals(XLSX, answer.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        return new XSSFWorkbook(new ByteArrayInputStream(answer.body()));
    }

    private static List<Long> numbers(XSSFSheet sheet) {
        List<Long> numbers = new ArrayList<>();
        for (int i = 2; i < sheet.getLastRowNum(); i++) {
            numbers.add((long) sheet.getRow(i).getCell(0).getNumericCellValue());
        }
        return numbers;
    }

    private static long number(JsonObject order) {
        return order.getJsonNumber("number").longValue();
    }

    @Test
    void theFileHoldsWhatTheFilterMatchesInItsSortWithTypedCellsAndTotals() throws IOException {
        JsonObject first = book(day, "10:00", "12:00", "8500.00", true, "Москва, ул. " + street + ", 10");
        JsonObject second = book(day.plusDays(1), "14:00", "16:00", "1234.50", true, "Москва, ул. " + street + ", 12");
        JsonObject unassigned = book(day, "09:00", "11:00", "3000.00", false, "Москва, ул. " + street + ", 14");
        book(day.plusDays(2), "09:00", "11:00", "777.00", true, "Москва, ул. " + street + ", 16");

        HttpResponse<byte[]> answer = sales.download("api/orders/export?from=%s&to=%s&client=%d&status=ASSIGNED&sort=number&asc=false"
                .formatted(day, day.plusDays(1), clientId), "ru");
        String disposition = answer.headers().firstValue("Content-Disposition").orElse("");
        String period = DATE.format(day) + "–" + DATE.format(day.plusDays(1));
        assertTrue(disposition.startsWith("attachment; filename=\"Zakazy " + DATE.format(day) + "-"), disposition);
        assertTrue(disposition.contains("filename*=UTF-8''%D0%97%D0%B0%D0%BA%D0%B0%D0%B7%D1%8B%20"), disposition);
        try (XSSFWorkbook book = workbook(answer)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals("Заказы " + period, sheet.getRow(0).getCell(0).getStringCellValue());
            Row header = sheet.getRow(1);
            assertEquals("Номер", header.getCell(0).getStringCellValue());
            assertEquals("Итоговая сумма", header.getCell(11).getStringCellValue());
            assertEquals("Создан", header.getCell(12).getStringCellValue());
            assertEquals(List.of(number(second), number(first)), numbers(sheet), "assigned ones, newest number first");

            Row row = sheet.getRow(3);
            assertEquals(CellType.NUMERIC, row.getCell(0).getCellType());
            assertTrue(DateUtil.isCellDateFormatted(row.getCell(1)));
            assertEquals(day.atStartOfDay(), row.getCell(1).getLocalDateTimeCellValue());
            assertEquals("10:00–12:00", row.getCell(2).getStringCellValue());
            assertEquals("Назначен", row.getCell(3).getStringCellValue());
            assertEquals("Анна Смирнова", row.getCell(4).getStringCellValue());
            assertEquals("+7 (916) 555-44-33", row.getCell(5).getStringCellValue());
            assertEquals(managerName, row.getCell(7).getStringCellValue());
            assertEquals(CellType.NUMERIC, row.getCell(8).getCellType());
            assertEquals(8500.0, row.getCell(8).getNumericCellValue());
            assertEquals(8500.0, row.getCell(11).getNumericCellValue());
            assertTrue(DateUtil.isCellDateFormatted(row.getCell(12)));
            LocalDateTime created = row.getCell(12).getLocalDateTimeCellValue();
            assertTrue(created.isAfter(LocalDateTime.now(ZoneId.of("Europe/Moscow")).minusMinutes(10)), created.toString());

            Row totals = sheet.getRow(sheet.getLastRowNum());
            assertEquals("Итого", totals.getCell(0).getStringCellValue());
            assertEquals(9734.5, totals.getCell(8).getNumericCellValue(), 0.001);
            assertEquals(0.0, totals.getCell(9).getNumericCellValue(), 0.001);
            assertEquals(9734.5, totals.getCell(11).getNumericCellValue(), 0.001);
        }

        // The manager, the text and the default sort (the visit) filter the same way as the list.
        try (XSSFWorkbook book = workbook(admin.download("api/orders/export?from=%s&to=%s&manager=%d&q=%s"
                .formatted(day, day.plusDays(2), managerId, java.net.URLEncoder.encode(street, StandardCharsets.UTF_8)), "ru"))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals(3, numbers(sheet).size());
            assertEquals(number(first), numbers(sheet).get(0));
            assertEquals(10511.5, sheet.getRow(sheet.getLastRowNum()).getCell(11).getNumericCellValue(), 0.001);
        }
        try (XSSFWorkbook book = workbook(admin.download("api/orders/export?from=%s&to=%s&client=%d&status=NEW"
                .formatted(day, day, clientId), "ru"))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals(List.of(number(unassigned)), numbers(sheet));
            assertEquals("Новый", sheet.getRow(2).getCell(3).getStringCellValue());
            assertNull(sheet.getRow(2).getCell(7), "no manager, no name");
            assertEquals("Заказы " + DATE.format(day), sheet.getRow(0).getCell(0).getStringCellValue());
        }
    }

    @Test
    void aLongExportGoesOnAcrossBatchesInItsSortWithNoRowTwiceOrLeftOut() throws IOException {
        int count = 505;
        for (int i = 0; i < count; i++) {
            int hour = 8 + i % 10;
            book(day.plusDays(i % 3), "%02d:00".formatted(hour), "%02d:30".formatted(hour), String.valueOf(100 + i % 7), true,
                    "Москва, ул. " + street + ", " + i);
        }
        try (XSSFWorkbook book = workbook(admin.download("api/orders/export?client=%d".formatted(clientId), "ru"))) {
            XSSFSheet sheet = book.getSheetAt(0);
            List<Long> numbers = numbers(sheet);
            assertEquals(count, numbers.size());
            assertEquals(count, numbers.stream().distinct().count());
            for (int i = 3; i < sheet.getLastRowNum(); i++) {
                Row previous = sheet.getRow(i - 1);
                Row row = sheet.getRow(i);
                String before = previous.getCell(1).getLocalDateTimeCellValue() + previous.getCell(2).getStringCellValue();
                String now = row.getCell(1).getLocalDateTimeCellValue() + row.getCell(2).getStringCellValue();
                assertTrue(before.compareTo(now) < 0 || before.equals(now)
                        && previous.getCell(0).getNumericCellValue() < row.getCell(0).getNumericCellValue(), "row " + i);
            }
            double sum = 0;
            for (int i = 0; i < count; i++) {
                sum += 100 + i % 7;
            }
            assertEquals(sum, sheet.getRow(sheet.getLastRowNum()).getCell(11).getNumericCellValue(), 0.001);
        }
        try (XSSFWorkbook book = workbook(admin.download("api/orders/export?client=%d&sort=finalSum&asc=false"
                .formatted(clientId), "ru"))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals(count, numbers(sheet).stream().distinct().count());
            for (int i = 3; i < sheet.getLastRowNum(); i++) {
                double before = sheet.getRow(i - 1).getCell(11).getNumericCellValue();
                double now = sheet.getRow(i).getCell(11).getNumericCellValue();
                assertTrue(before > now || before == now
                        && sheet.getRow(i - 1).getCell(0).getNumericCellValue() > sheet.getRow(i).getCell(0).getNumericCellValue(),
                        "row " + i);
            }
        }
    }

    @Test
    void anEnglishCallerGetsEnglishHeadersAndAnEmptyFilterAnEmptyTable() throws IOException {
        try (XSSFWorkbook book = workbook(admin.download("api/orders/export?from=%s&to=%s&client=%d"
                .formatted(day, day, clientId), "en"))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals("Orders " + DATE.format(day), sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Number", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("Final sum", sheet.getRow(1).getCell(11).getStringCellValue());
            assertEquals("Total", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals(0.0, sheet.getRow(2).getCell(11).getNumericCellValue());
        }
    }

    @Test
    void aBadFilterIsAProblemAndAStrangerIsNotLetIn() {
        for (String query : List.of("from=28.11.2026", "sort=price", "q=" + "x".repeat(101))) {
            HttpResponse<byte[]> answer = admin.download("api/orders/export?" + query, "ru");
            assertEquals(400, answer.statusCode(), query);
            assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse("").split(";")[0], query);
            JsonObject problem = Json.createReader(new StringReader(new String(answer.body(), StandardCharsets.UTF_8))).readObject();
            assertEquals(400, problem.getInt("status"), query);
        }
        HttpResponse<byte[]> stranger = new WebClient(base).download("api/orders/export", "ru");
        assertEquals(401, stranger.statusCode());
    }
}
