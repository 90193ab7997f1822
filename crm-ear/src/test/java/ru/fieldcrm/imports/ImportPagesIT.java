package ru.fieldcrm.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
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
import ru.fieldcrm.shared.Browser;
import ru.fieldcrm.shared.Deployments;
import ru.fieldcrm.shared.WebClient;

/**
 * The import wizard in a real browser: from the client list an administrator uploads a Windows-1251
 * CSV, sees its columns recognised, previews one good and one broken row, imports the good one, and
 * finds the new client in the list; on a phone window the steps stay usable.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "browser.tests", matches = "true")
class ImportPagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crm();
    }

    @ArquillianResource
    URL deployed;

    Browser browser;
    WebClient admin;
    Path file;

    @BeforeEach
    void open() throws IOException {
        browser = new Browser(Deployments.base(deployed));
        admin = new WebClient(Deployments.base(deployed));
        assertEquals(302, admin.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword()).statusCode());
        file = Files.createTempFile("клиенты", ".csv");
    }

    @AfterEach
    void close() throws IOException {
        browser.close();
        Files.deleteIfExists(file);
    }

    @Test
    void aCsvFileIsMappedPreviewedAndImported() throws IOException {
        String national = "916" + "%07d".formatted(ThreadLocalRandom.current().nextInt(10_000_000));
        String surname = "Импортов" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        Files.writeString(file, """
                ФИО;Телефон;Адрес
                %s Пётр;8 %s;Москва, ул. Загрузочная, 5
                Без Телефона;12;Москва, ул. Загрузочная, 6
                """.formatted(surname, national), Charset.forName("windows-1251"));

        browser.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword());
        browser.open("clients/list.xhtml");
        browser.clickAndWaitForPage("#clientsForm\\:importClients");
        browser.waitForText("#steps", "Файл");
        browser.screenshot("imports-upload-desktop");
        browser.find("#importForm\\:file").sendKeys(file.toAbsolutePath().toString());
        browser.clickAndWaitForPage("#importForm\\:upload");

        browser.waitForText("#fileFacts", "строк с данными: 2");
        assertEquals("Имя клиента", browser.find("#importForm\\:mapping\\:0\\:field_label").getText());
        assertEquals("Телефон", browser.find("#importForm\\:mapping\\:1\\:field_label").getText());
        assertEquals("Адрес", browser.find("#importForm\\:mapping\\:2\\:field_label").getText());
        browser.screenshot("imports-map-desktop");

        browser.click("#importForm\\:toPreview");
        browser.waitForText("#previewCounts", "Будет импортировано: 1, уже есть: 0, с ошибками: 1");
        browser.screenshot("imports-preview-desktop");
        browser.resize(Browser.PHONE);
        browser.screenshot("imports-preview-phone");
        browser.resize(Browser.DESKTOP);

        browser.click("#importForm\\:runImport");
        browser.waitForText("#resultCounts", "Создано: 1, уже были: 0, с ошибками: 1");
        assertTrue(browser.find("#importForm\\:resultErrors").getText().contains("3"),
                "the broken row is named by its line in the file");
        browser.screenshot("imports-result-desktop");
        browser.resize(Browser.PHONE);
        browser.screenshot("imports-result-phone");

        HttpResponse<String> found = admin.get("api/clients?q=" + national);
        assertEquals(200, found.statusCode(), found.body());
        assertTrue(found.body().contains(surname + " Пётр"), found.body());
    }

    @Test
    void theOrdersImportAsksForAFileNextToTheField() {
        browser.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword());
        browser.open("orders/list.xhtml");
        browser.clickAndWaitForPage("#ordersForm\\:importOrders");
        browser.waitForText(".crm-page-title", "Импорт заказов");
        browser.clickAndWaitForPage("#importForm\\:upload");
        browser.waitForText("#importForm", "Выберите файл для импорта");
        assertTrue(browser.present("#importForm\\:file"), "still on the upload step");
        browser.resize(Browser.PHONE);
        browser.screenshot("imports-upload-refused-phone");
    }
}
