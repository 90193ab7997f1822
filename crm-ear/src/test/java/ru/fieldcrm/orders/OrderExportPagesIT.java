package ru.fieldcrm.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

/** The order list's «Экспорт в Excel» in a real browser: the filtered list arrives as an .xlsx download. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "browser.tests", matches = "true")
class OrderExportPagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crm();
    }

    @ArquillianResource
    URL deployed;

    URI base;
    WebClient admin;
    Browser browser;
    Path downloads;

    private static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    @BeforeEach
    void open() throws IOException {
        base = Deployments.base(deployed);
        admin = new WebClient(base);
        assertEquals(302, admin.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword()).statusCode());
        browser = new Browser(base);
        downloads = Files.createTempDirectory("crm-downloads");
        browser.driver().executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    }

    @AfterEach
    void close() throws IOException {
        browser.close();
        try (Stream<Path> files = Files.list(downloads)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(downloads);
    }

    private long book(long clientId, String address, LocalDate day, String amount) {
        HttpResponse<String> created = admin.json("POST", "api/orders", """
                {"clientId":%d,"contactPhone":"8 916 555-44-33","address":"%s","entrance":null,"floor":null,
                 "apartment":null,"intercom":null,"visitDate":"%s","windowStart":"10:00","windowEnd":"12:00",
                 "description":"Монтаж","lines":[],"amount":%s,"discount":null,"managerId":null,"comment":null}"""
                .formatted(clientId, address, day, amount));
        assertEquals(201, created.statusCode(), created.body());
        return object(created).getJsonNumber("number").longValue();
    }

    private Path downloaded() throws IOException, InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < end) {
            try (Stream<Path> files = Files.list(downloads)) {
                Optional<Path> file = files.filter(f -> f.getFileName().toString().endsWith(".xlsx")).findFirst();
                if (file.isPresent()) {
                    return file.get();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No .xlsx downloaded");
    }

    @Test
    void theButtonDownloadsTheFilteredList() throws IOException, InterruptedException {
        String street = "Выгрузочная " + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> client = admin.json("POST", "api/clients", """
                {"name":"Пётр Экспортов","phones":[{"phone":"+7916%07d","note":null}],
                 "addresses":[{"address":"Москва, ул. %s, 1","entrance":null,"floor":null,"apartment":null,"intercom":null}]}"""
                .formatted(Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 10_000_000L), street));
        assertEquals(201, client.statusCode(), client.body());
        long clientId = object(client).getJsonNumber("id").longValue();
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(3);
        long first = book(clientId, "Москва, ул. " + street + ", 1", day, "4500.00");
        long second = book(clientId, "Москва, ул. " + street + ", 2", day.plusDays(1), "1500.50");

        browser.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword());
        browser.open("orders/list.xhtml");
        browser.waitFor("#ordersForm\\:export");
        browser.type("#ordersForm\\:search", street);
        browser.waitForText("#ordersForm\\:orders", "№ " + second);
        browser.waitForText("#totals", "6 000,50");
        browser.screenshot("orders-export-desktop");

        browser.click("#ordersForm\\:export");
        Path file = downloaded();
        assertTrue(file.getFileName().toString().startsWith("Заказы "), file.toString());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals(4, sheet.getLastRowNum(), "title, header, two orders, totals");
            assertEquals(first, (long) sheet.getRow(2).getCell(0).getNumericCellValue());
            assertEquals(second, (long) sheet.getRow(3).getCell(0).getNumericCellValue());
            assertEquals(6000.5, sheet.getRow(4).getCell(11).getNumericCellValue(), 0.001);
        }
        // The page is still there and usable after the download.
        browser.waitForText("#ordersForm\\:orders", "№ " + first);

        browser.resize(Browser.PHONE);
        browser.waitFor("#ordersForm\\:export");
        browser.screenshot("orders-export-phone");
    }
}
