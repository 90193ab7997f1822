package ru.fieldcrm.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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

/**
 * The user pages in a real browser, on a desktop window and on a phone: the administrator creates
 * an operator, the operator signs in, sees no administration, is refused its address, edits their
 * own profile; repeated wrong passwords lock the login.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "browser.tests", matches = "true")
class UserPagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crm();
    }

    @ArquillianResource
    URL deployed;

    Browser browser;

    @BeforeEach
    void open() {
        browser = new Browser(Deployments.base(deployed));
    }

    @AfterEach
    void close() {
        browser.close();
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void administratorCreatesAnOperatorWhoSeesNoAdministration() {
        browser.open("login.xhtml");
        browser.clickAndWaitForPage("#langForm\\:langEn");
        assertEquals("Sign in", browser.find(".crm-card-title").getText());
        browser.clickAndWaitForPage("#langForm\\:langRu");
        assertEquals("Вход в систему", browser.find(".crm-card-title").getText());
        browser.screenshot("login-desktop");
        browser.resize(Browser.PHONE);
        browser.screenshot("login-phone");
        browser.resize(Browser.DESKTOP);

        browser.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword());
        assertTrue(browser.present("#navUsers"), "the administrator has the users menu");

        browser.open("users/edit.xhtml");
        String login = unique("oper");
        browser.type("#userForm\\:login", login);
        browser.type("#userForm\\:fullName", "Ольга Операторова");
        browser.type("#userForm\\:phone", "12345");
        browser.type("#userForm\\:email", "olga@example.ru");
        browser.type("#userForm\\:password_input, #userForm\\:password", "Operator-pass1");
        browser.find("#userForm\\:save").click();
        browser.waitForText("#userForm", "Неверный номер телефона");
        String phoneMessage = browser.find("#userForm\\:phone ~ .ui-message, #userForm\\:phone + .ui-message").getText();
        assertTrue(phoneMessage.contains("Неверный номер телефона"), "the message stands next to the field: " + phoneMessage);
        browser.screenshot("user-new-invalid-desktop");

        browser.type("#userForm\\:phone", "8 (916) 555-44-33");
        browser.type("#userForm\\:password_input, #userForm\\:password", "Operator-pass1");
        browser.clickAndWaitForPage("#userForm\\:save");
        browser.waitForText("#messages", login);
        assertEquals("+7 (916) 555-44-33", browser.find("#userForm\\:phone").getAttribute("value"));
        browser.screenshot("user-edit-desktop");
        browser.resize(Browser.PHONE);
        browser.screenshot("user-edit-phone");
        browser.resize(Browser.DESKTOP);

        browser.open("users/list.xhtml");
        browser.type("#usersForm\\:search", login);
        browser.waitForNoText("#usersForm\\:users", Deployments.ADMIN_LOGIN);
        browser.waitForText("#usersForm\\:users", "Ольга Операторова");
        browser.erase("#usersForm\\:search");
        browser.waitForText("#usersForm\\:users", "admin");
        browser.screenshot("users-list-desktop");
        browser.resize(Browser.PHONE);
        browser.screenshot("users-list-phone");
        browser.resize(Browser.DESKTOP);
        browser.signOut();

        browser.signIn(login, "Operator-pass1");
        assertEquals("Оператор", browser.find("#currentRole").getText());
        assertFalse(browser.present("#navUsers"), "an operator has no users menu");
        browser.open("users/list.xhtml");
        assertEquals("Доступ запрещён", browser.find("#errorTitle").getText());
        browser.screenshot("forbidden-desktop");

        browser.open("profile.xhtml");
        assertEquals(login, browser.find("#profileLogin").getText());
        browser.type("#profileForm\\:phone", "+7 903 111 22 33");
        browser.type("#profileForm\\:fullName", "Ольга Петровна");
        browser.find("#profileForm\\:save").click();
        browser.waitForText("#messages", "Профиль сохранён");
        assertEquals("+7 (903) 111-22-33", browser.find("#profileForm\\:phone").getAttribute("value"));
        assertTrue(browser.find(".crm-user-name").getText().contains("Ольга Петровна"), "the top bar shows the new name");
        browser.screenshot("profile-desktop");
        browser.resize(Browser.PHONE);
        browser.screenshot("profile-phone");
        browser.find("#menuToggle").click();
        browser.waitFor("#navProfile");
        browser.screenshot("menu-phone");
    }

    @Test
    void repeatedWrongPasswordsLockTheLogin() {
        String login = unique("lock");
        WebClient admin = new WebClient(Deployments.base(deployed));
        admin.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword());
        assertEquals(201, admin.json("POST", "api/users", """
                {"login":"%s","fullName":"Михаил Менеджеров","role":"MANAGER","password":"Manager-pass1"}"""
                .formatted(login)).statusCode());
        for (int i = 0; i < 5; i++) {
            browser.signIn(login, "Wrong-pass" + i);
        }
        browser.signIn(login, "Manager-pass1");
        String message = browser.find("#loginForm\\:loginMessages").getText();
        assertTrue(message.contains("заблокирован"), message);
        browser.screenshot("login-locked-desktop");
    }
}
