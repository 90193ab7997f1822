package ru.fieldcrm.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellStyle;
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
 * Imports over HTTP against the deployed EAR: clients from a Windows-1251 CSV and orders from an
 * .xlsx made here with POI; the same file again adds nothing; "all or nothing" with one broken row
 * saves nothing; "valid rows" saves the rest and reports each broken row with its number and
 * reason; files that are no spreadsheet are refused; a manager is refused; imported orders write
 * no SMS even with every order template on.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportApiIT {

    static final String PASSWORD = "Secret-pass1";
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("dd.MM.yyyy");

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
    String managerLogin;
    String managerName;
    /** Seven random digits: the phones of this run are nobody else's. */
    String run;

    static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    static JsonArray array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    WebClient user(String role) {
        String login = role.toLowerCase() + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = admin.json("POST", "api/users", """
                {"login":"%s","fullName":"%s %s","role":"%s","phone":null,"password":"%s"}"""
                .formatted(login, "Иван", login, role, PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
        if (role.equals("MANAGER")) {
            managerLogin = login;
            managerName = object(created).getString("fullName");
        }
        WebClient client = new WebClient(base);
        assertEquals(302, client.signIn(login, PASSWORD).statusCode());
        return client;
    }

    @BeforeEach
    void staff() {
        base = Deployments.base(deployed);
        admin = new WebClient(base);
        assertEquals(302, admin.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword()).statusCode());
        operator = user("OPERATOR");
        manager = user("MANAGER");
        run = String.format("%07d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 10_000_000L));
    }

    /** A mobile number of this run: {@code +79NN} and the run's digits. */
    String phone(int n) {
        return "+79" + (10 + n) + run;
    }

    HttpResponse<String> send(WebClient who, String path, String fileName, byte[] content, Map<String, String> fields) {
        return who.multipart(path, fields, "file", fileName, content);
    }

    static Map<String, String> mode(String mode) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("mode", mode);
        return fields;
    }

    JsonObject clientByPhone(String phone) {
        HttpResponse<String> found = operator.get("api/clients?q=" + phone.substring(1));
        assertEquals(200, found.statusCode(), found.body());
        List<JsonObject> rows = object(found).getJsonArray("rows").getValuesAs(JsonObject.class);
        assertEquals(1, rows.size(), "clients with " + phone + ": " + rows);
        return rows.get(0);
    }

    List<JsonObject> ordersByPhone(String phone) {
        HttpResponse<String> found = operator.get("api/orders?q=" + phone.substring(1));
        assertEquals(200, found.statusCode(), found.body());
        return object(found).getJsonArray("rows").getValuesAs(JsonObject.class);
    }

    @Test
    void clientsFromAWindows1251CsvAndTheSameFileAgainAddsNothing() {
        String csv = "ФИО;Телефон;Адрес;Комментарий\r\n"
                + "Анна Смирнова;8 9" + (10 + 1) + " " + run + ", " + phone(2) + ";\"Москва; ул. Ленина, 1\";\"Звонить\r\nпосле 18\"\r\n"
                + "Пётр Иванов;" + phone(3) + ";Тверь;\r\n"
                + "Пётр Иванов (дубль);" + phone(3) + ";Тверь;\r\n"
                + "Без телефона;;;\r\n";
        byte[] file = csv.getBytes(Charset.forName("windows-1251"));

        HttpResponse<String> layout = send(operator, "api/imports/clients/layout", "клиенты.csv", file, Map.of());
        assertEquals(200, layout.statusCode(), layout.body());
        assertEquals("windows-1251", object(layout).getString("encoding"));
        assertEquals(";", object(layout).getString("separator"));
        assertEquals(List.of("NAME", "PHONE", "ADDRESS", "COMMENT"), object(layout).getJsonArray("columns")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());

        HttpResponse<String> preview = send(operator, "api/imports/clients/preview", "клиенты.csv", file, Map.of());
        assertEquals(200, preview.statusCode(), preview.body());
        JsonObject shown = object(preview);
        assertEquals(2, shown.getInt("valid"), preview.body());
        assertEquals(1, shown.getInt("present"), "the second row with a number of the file's earlier row");
        assertEquals(1, shown.getInt("invalid"));
        JsonObject error = shown.getJsonArray("errors").getJsonObject(0);
        assertEquals(5, error.getInt("row"));
        assertEquals("PHONE", error.getString("field"));
        assertEquals("Укажите хотя бы один телефон", error.getString("message"));
        assertTrue(clientsWith(phone(3)).isEmpty(), "a preview saves nothing");

        HttpResponse<String> imported = send(operator, "api/imports/clients", "клиенты.csv", file, mode("VALID_ROWS"));
        assertEquals(200, imported.statusCode(), imported.body());
        JsonObject result = object(imported);
        assertTrue(result.getBoolean("applied"));
        assertEquals(2, result.getInt("created"));
        assertEquals(1, result.getInt("present"));
        assertEquals(1, result.getInt("failed"));

        JsonObject anna = object(operator.get("api/clients/" + clientByPhone(phone(1)).getJsonNumber("id")));
        assertEquals("Анна Смирнова", anna.getString("name"));
        assertEquals(List.of(phone(1), phone(2)), anna.getJsonArray("phones").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("phone")).toList(), "8 9… is read as +7 9…, both numbers kept");
        assertEquals("Москва; ул. Ленина, 1", anna.getJsonArray("addresses").getJsonObject(0).getString("address"));
        assertEquals("Звонить\r\nпосле 18", anna.getString("comment"));
        assertEquals("Пётр Иванов", clientByPhone(phone(3)).getString("name"));

        HttpResponse<String> again = send(operator, "api/imports/clients", "клиенты.csv", file, mode("VALID_ROWS"));
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(0, object(again).getInt("created"));
        assertEquals(3, object(again).getInt("present"));
        clientByPhone(phone(1));
        clientByPhone(phone(3));
    }

    List<JsonObject> clientsWith(String phone) {
        HttpResponse<String> found = operator.get("api/clients?q=" + phone.substring(1));
        return object(found).getJsonArray("rows").getValuesAs(JsonObject.class);
    }

    /** An order sheet as the company keeps it: number, date cell, window, client, phone, address, amount, manager. */
    static byte[] orderBook(List<Object[]> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Заказы");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            String[] headers = {"№", "Дата", "Время", "Клиент", "Телефон", "Адрес", "Сумма", "Менеджер", "Комментарий"};
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            int r = 1;
            for (Object[] values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.length; i++) {
                    Object value = values[i];
                    if (value instanceof LocalDate day) {
                        row.createCell(i).setCellValue(day);
                        row.getCell(i).setCellStyle(date);
                    } else if (value instanceof Number number) {
                        row.createCell(i).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(i).setCellValue(value.toString());
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    void templates(boolean enabled) {
        long version = object(admin.get("api/sms/settings")).getJsonNumber("version").longValue();
        StringBuilder templates = new StringBuilder();
        for (String trigger : List.of("ORDER_NEW", "ORDER_ASSIGNED", "ORDER_LEFT_OFFICE", "ORDER_IN_PROGRESS",
                "ORDER_DONE", "ORDER_CLOSED", "ORDER_CANCELLED", "ORDER_REMINDER", "ASSESSMENT_PLANNED",
                "ASSESSMENT_DONE", "ASSESSMENT_CANCELLED", "ASSESSMENT_REMINDER")) {
            templates.append(templates.isEmpty() ? "" : ",").append("""
                    {"trigger":"%s","enabled":%s,"text":"Заказ №{номер}","delayMinutes":0,"dropOnChange":true}"""
                    .formatted(trigger, enabled && trigger.startsWith("ORDER")));
        }
        HttpResponse<String> saved = admin.json("PUT", "api/sms/settings?version=" + version, """
                {"gateway":"JOURNAL","login":null,"secret":null,"sender":null,"apiUrl":null,"quietHours":false,
                 "quietFrom":"21:00","quietTo":"09:00","reminderHour":12,"templates":[%s]}""".formatted(templates));
        assertEquals(200, saved.statusCode(), saved.body());
    }

    List<JsonObject> sms(long orderId) {
        HttpResponse<String> found = operator.get("api/orders/" + orderId + "/sms");
        assertEquals(200, found.statusCode(), found.body());
        return array(found).getValuesAs(JsonObject.class);
    }

    @Test
    void ordersFromAWorkbookSendNoSmsAndTheSameFileAgainAddsNothing() throws IOException {
        LocalDate visit = LocalDate.now(MOSCOW).plusDays(3);
        HttpResponse<String> known = operator.json("POST", "api/clients", """
                {"name":"Ольга Known","phones":[{"phone":"%s","note":null}],"addresses":[]}""".formatted(phone(4)));
        assertEquals(201, known.statusCode(), known.body());
        long knownId = object(known).getJsonNumber("id").longValue();
        byte[] file = orderBook(List.of(
                new Object[] {"A-" + run + "-1", visit, "10:00-12:00", null, phone(4), "Москва, ул. Тверская, 1", "4 500,00 ₽", managerName, "Домофон не работает"},
                new Object[] {"A-" + run + "-2", visit, "14:30", "Сергей Новый", "8" + phone(5).substring(2), "Москва, ул. Арбат, 5", 3200, managerLogin, null},
                new Object[] {"A-" + run + "-3", visit.plusDays(1), "9.00", "Сергей Новый", phone(5), "Москва, ул. Арбат, 5", "1234.5", null, null}));
        try {
            templates(true);
            HttpResponse<String> imported = send(operator, "api/imports/orders", "заказы.xlsx", file, mode("ALL_OR_NOTHING"));
            assertEquals(200, imported.statusCode(), imported.body());
            assertEquals(3, object(imported).getInt("created"), imported.body());

            // A hand-made order with the same templates on writes its message: the imported ones are quiet.
            HttpResponse<String> byHand = operator.json("POST", "api/orders", """
                    {"clientId":%d,"contactPhone":"%s","address":"Москва","visitDate":"%s","windowStart":"10:00",
                     "windowEnd":"12:00","description":null,"lines":[],"amount":100,"discount":null,"managerId":null,
                     "comment":null}""".formatted(knownId, phone(4), visit));
            assertEquals(201, byHand.statusCode(), byHand.body());
            assertFalse(sms(object(byHand).getJsonNumber("id").longValue()).isEmpty(), "the templates are on");
        } finally {
            templates(false);
        }

        List<JsonObject> first = ordersByPhone(phone(4)).stream().filter(o -> o.getString("address").contains("Тверская")).toList();
        assertEquals(1, first.size());
        JsonObject order = object(operator.get("api/orders/" + first.get(0).getJsonNumber("id")));
        assertEquals(knownId, order.getJsonNumber("clientId").longValue(), "found by phone");
        assertEquals("ASSIGNED", order.getString("status"));
        assertEquals("10:00", order.getString("windowStart").substring(0, 5));
        assertEquals("12:00", order.getString("windowEnd").substring(0, 5));
        assertEquals(0, order.getJsonNumber("amount").bigDecimalValue().compareTo(new java.math.BigDecimal("4500")));
        assertEquals("Домофон не работает", order.getString("comment"));
        assertTrue(sms(order.getJsonNumber("id").longValue()).isEmpty(), "no SMS for an imported order");
        List<JsonObject> history = array(operator.get("api/orders/" + order.getJsonNumber("id") + "/history"))
                .getValuesAs(JsonObject.class);
        assertTrue(history.stream().anyMatch(h -> h.getString("field").equals("IMPORT")
                && h.getString("newValue").equals("заказы.xlsx, 2")), history.toString());

        List<JsonObject> sergey = ordersByPhone(phone(5));
        assertEquals(2, sergey.size(), "two orders, one new client");
        assertEquals(1, sergey.stream().map(o -> o.getJsonNumber("clientId").longValue()).distinct().count());
        assertEquals("Сергей Новый", clientByPhone(phone(5)).getString("name"));
        JsonObject second = sergey.stream().filter(o -> o.getString("visitDate").equals(visit.toString())).findFirst().orElseThrow();
        assertEquals("14:30", second.getString("windowStart").substring(0, 5));
        assertEquals("16:30", second.getString("windowEnd").substring(0, 5), "one time: a two-hour window");
        for (JsonObject o : sergey) {
            assertTrue(sms(o.getJsonNumber("id").longValue()).isEmpty());
        }

        HttpResponse<String> again = send(operator, "api/imports/orders", "заказы.xlsx", file, mode("VALID_ROWS"));
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(0, object(again).getInt("created"));
        assertEquals(3, object(again).getInt("present"));
        assertEquals(2, ordersByPhone(phone(5)).size());
    }

    @Test
    void allOrNothingSavesNothingAndValidRowsReportsEachBrokenRow() throws IOException {
        LocalDate visit = LocalDate.now(MOSCOW).plusDays(4);
        String day = visit.format(RU);
        String csv = "Дата,Время,Клиент,Телефон,Адрес,Сумма,Менеджер\n"
                + day + ",10:00,Первый," + phone(6) + ",\"Москва, ул. Мира, 1\",1000,\n"
                + "32.13.2026,10:00,Второй," + phone(7) + ",Москва,1000,\n"
                + day + ",11:00,Третий," + phone(8) + ",Москва,\"12,34,56\",\n"
                + day + ",12:00,Четвёртый," + phone(9) + ",Москва,500,Нет Такого\n"
                + day + ",13:00,Пятый," + phone(10) + ",Москва,\"1 500,50\"," + managerLogin + "\n";
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> nothing = send(operator, "api/imports/orders", "orders.csv", file, mode("ALL_OR_NOTHING"));
        assertEquals(200, nothing.statusCode(), nothing.body());
        JsonObject refused = object(nothing);
        assertFalse(refused.getBoolean("applied"));
        assertEquals(0, refused.getInt("created"));
        assertEquals(3, refused.getInt("failed"));
        assertTrue(ordersByPhone(phone(6)).isEmpty(), "nothing saved");
        assertTrue(ordersByPhone(phone(10)).isEmpty(), "nothing saved");
        assertTrue(clientsWith(phone(6)).isEmpty(), "no client either");

        HttpResponse<String> valid = send(operator, "api/imports/orders", "orders.csv", file, mode("VALID_ROWS"));
        assertEquals(200, valid.statusCode(), valid.body());
        JsonObject result = object(valid);
        assertTrue(result.getBoolean("applied"));
        assertEquals(2, result.getInt("created"));
        assertEquals(3, result.getInt("failed"));
        Map<Integer, String> errors = new LinkedHashMap<>();
        for (JsonObject e : result.getJsonArray("errors").getValuesAs(JsonObject.class)) {
            errors.merge(e.getInt("row"), e.getString("field") + ": " + e.getString("message"), (a, b) -> a + " | " + b);
        }
        assertEquals(Map.of(
                3, "DATE: Неверная дата «32.13.2026»: нужна дата вида 01.02.2026",
                4, "AMOUNT: Неверная сумма «12,34,56»: нужна сумма вида 1 234,50",
                5, "MANAGER: Менеджер «Нет Такого» не найден среди активных менеджеров"), errors);
        assertEquals(1, ordersByPhone(phone(6)).size());
        assertEquals(1, ordersByPhone(phone(10)).size());
        assertEquals(0, ordersByPhone(phone(10)).get(0).getJsonNumber("amount").bigDecimalValue()
                .compareTo(new java.math.BigDecimal("1500.50")));
        assertTrue(ordersByPhone(phone(7)).isEmpty());
        assertTrue(ordersByPhone(phone(9)).isEmpty());
    }

    @Test
    void pastVisitsComeInAsHistoryForTheAdministratorOnlyAndFeedTheFinanceReport() {
        LocalDate past = LocalDate.now(MOSCOW).minusDays(20);
        String day = past.format(RU);
        String later = LocalDate.now(MOSCOW).plusDays(2).format(RU);
        String csv = "Дата;Время;Клиент;Телефон;Адрес;Сумма;Менеджер;Статус\n"
                + day + ";10:00;Архивный;" + phone(11) + ";Москва, ул. Лесная, 1;2 500,00;" + managerLogin + ";Выполнен\n"
                + day + ";12:00;Архивный;" + phone(11) + ";Москва, ул. Лесная, 1;1 000,00;" + managerLogin + ";Закрыт\n"
                + day + ";15:00;Отказник;" + phone(12) + ";Москва;700;;Отменён\n"
                + day + ";16:00;Без статуса;" + phone(13) + ";Москва;700;" + managerLogin + ";\n"
                + day + ";17:00;Без менеджера;" + phone(14) + ";Москва;700;;Выполнен\n"
                + later + ";10:00;Будущий;" + phone(15) + ";Москва;700;" + managerLogin + ";Закрыт\n";
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);

        // An operator books upcoming visits only: history is the administrator's.
        HttpResponse<String> byOperator = send(operator, "api/imports/orders", "история.csv", file, mode("VALID_ROWS"));
        assertEquals(200, byOperator.statusCode(), byOperator.body());
        assertEquals(0, object(byOperator).getInt("created"), byOperator.body());
        assertTrue(object(byOperator).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getInt("row") == 2 && e.getString("message")
                        .equals("Историю заказов (прошедшие даты) импортирует только администратор")), byOperator.body());
        assertTrue(ordersByPhone(phone(11)).isEmpty());

        HttpResponse<String> imported = send(admin, "api/imports/orders", "история.csv", file, mode("VALID_ROWS"));
        assertEquals(200, imported.statusCode(), imported.body());
        JsonObject result = object(imported);
        assertEquals(3, result.getInt("created"), imported.body());
        Map<Integer, String> errors = new LinkedHashMap<>();
        for (JsonObject e : result.getJsonArray("errors").getValuesAs(JsonObject.class)) {
            errors.put(e.getInt("row"), e.getString("field") + ": " + e.getString("message"));
        }
        assertEquals(Map.of(
                5, "DATE: Прошедший визит импортируется как история: укажите статус «Выполнен», «Закрыт» или «Отменён»",
                6, "MANAGER: Выполненный заказ из истории требует менеджера",
                7, "STATUS: Заказ на будущую дату в статусе «Закрыт» не импортируется: можно Новый или Назначен"), errors);

        List<JsonObject> done = ordersByPhone(phone(11));
        assertEquals(2, done.size());
        for (JsonObject row : done) {
            JsonObject order = object(admin.get("api/orders/" + row.getJsonNumber("id")));
            assertEquals("CLOSED", order.getString("status"), order.toString());
            assertEquals(past.toString(), order.getString("visitDate"));
            assertEquals(0, order.getJsonNumber("finalSum").bigDecimalValue()
                    .compareTo(order.getJsonNumber("amount").bigDecimalValue()), order.toString());
        }
        JsonObject cancelled = object(admin.get("api/orders/" + ordersByPhone(phone(12)).get(0).getJsonNumber("id")));
        assertEquals("CANCELLED", cancelled.getString("status"));
        assertTrue(ordersByPhone(phone(13)).isEmpty());

        // The imported day is closed for the manager: the finance job counts it like any closed day.
        long managerId = done.get(0).getJsonNumber("managerId").longValue();
        HttpResponse<String> started = admin.json("POST", "api/reports/runs", "{\"from\":\"" + past + "\",\"to\":\"" + past + "\"}");
        assertEquals(202, started.statusCode(), started.body());
        long runId = object(started).getJsonNumber("id").longValue();
        String status = "";
        for (int i = 0; i < 300 && !status.equals("COMPLETED") && !status.equals("FAILED"); i++) {
            status = object(admin.get("api/reports/runs/" + runId)).getString("status");
            sleep(300);
        }
        assertEquals("COMPLETED", status);
        HttpResponse<String> finance = admin.get("api/reports/finance?from=" + past + "&to=" + past + "&manager=" + managerId);
        assertEquals(200, finance.statusCode(), finance.body());
        JsonObject dayRow = object(finance).getJsonArray("rows").getJsonObject(0);
        assertEquals(2, dayRow.getInt("done"), dayRow.toString());
        assertEquals(0, dayRow.getJsonNumber("finalSum").bigDecimalValue().compareTo(new java.math.BigDecimal("3500")),
                dayRow.toString());
        assertTrue(dayRow.getBoolean("closed"), dayRow.toString());

        HttpResponse<String> again = send(admin, "api/imports/orders", "история.csv", file, mode("VALID_ROWS"));
        assertEquals(0, object(again).getInt("created"), again.body());
        assertEquals(3, object(again).getInt("present"), again.body());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void filesThatAreNoSpreadsheetAreRefusedWithAProblem() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0};
        HttpResponse<String> old = send(operator, "api/imports/clients/preview", "old.xls", xls, Map.of());
        assertEquals(400, old.statusCode(), old.body());
        assertTrue(old.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(object(old).getString("detail").contains("сохраните как «Книга Excel (.xlsx)»"), old.body());
        HttpResponse<String> pdf = send(operator, "api/imports/orders", "scan.pdf",
                "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1), mode("VALID_ROWS"));
        assertEquals(400, pdf.statusCode(), pdf.body());
        assertEquals("Это не таблица. Загрузите файл Excel (.xlsx) или CSV", object(pdf).getString("detail"));
        HttpResponse<String> empty = send(operator, "api/imports/clients/preview", "empty.csv", new byte[0], Map.of());
        assertEquals(400, empty.statusCode(), empty.body());
        HttpResponse<String> big = send(operator, "api/imports/clients/preview", "big.csv", new byte[10 * 1024 * 1024 + 1], Map.of());
        assertEquals(400, big.statusCode(), big.body());
        assertTrue(object(big).getString("detail").contains("10 МБ"), big.body());
        assertTrue(object(big).getString("detail").contains("50 000") || object(big).getString("detail").contains("50\u00a0000"),
                big.body());
    }

    @Test
    void aManagerIsRefused() {
        byte[] file = ("ФИО;Телефон\nКто-то;" + phone(11) + "\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> preview = send(manager, "api/imports/clients/preview", "c.csv", file, Map.of());
        assertEquals(403, preview.statusCode(), preview.body());
        HttpResponse<String> run = send(manager, "api/imports/clients", "c.csv", file, mode("VALID_ROWS"));
        assertEquals(403, run.statusCode(), run.body());
        assertTrue(run.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(clientsWith(phone(11)).isEmpty());
    }
}
