package ru.fieldcrm.reports;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
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

/** The finance page and the run panel in Chromium, on a desktop and a phone. */
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

    Browser browser;

    @BeforeEach
    void open() {
        URI base = Deployments.base(deployed);
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
        assertTrue(browser.find("#runForm\\:runs").getText().contains("Дней:"));
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
}
