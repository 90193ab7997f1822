package ru.fieldcrm.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
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
 * The users over HTTP against the deployed EAR: sign-in, the administrator's API, refusals of
 * forged requests, invalid input, concurrent edits, throttling and the security headers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UserApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crm();
    }

    @ArquillianResource
    URL deployed;

    URI base;

    @BeforeEach
    void base() {
        base = Deployments.base(deployed);
    }

    private WebClient admin() {
        WebClient admin = new WebClient(base);
        HttpResponse<String> answer = admin.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword());
        assertEquals(302, answer.statusCode(), "the administrator signs in");
        return admin;
    }

    private static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private JsonObject createUser(WebClient admin, String login, String role, String password) {
        HttpResponse<String> created = admin.json("POST", "api/users", """
                {"login":"%s","fullName":"Иван Петров","role":"%s","phone":"8 916 123-45-67",
                 "email":"ivan@example.ru","password":"%s"}""".formatted(login, role, password));
        assertEquals(201, created.statusCode(), created.body());
        return object(created);
    }

    @Test
    void healthAnswersWithoutSignIn() {
        HttpResponse<String> health = new WebClient(base).get("api/health");
        assertEquals(200, health.statusCode());
        assertEquals("UP", object(health).getString("status"));
    }

    @Test
    void apiWithoutSessionIsUnauthorizedProblem() {
        HttpResponse<String> answer = new WebClient(base).get("api/users");
        assertEquals(401, answer.statusCode());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void pagesRedirectToSignInAndCarrySecurityHeaders() {
        WebClient anonymous = new WebClient(base);
        HttpResponse<String> home = anonymous.get("");
        assertEquals(302, home.statusCode());
        assertTrue(home.headers().firstValue("Location").orElse("").contains("/crm/login.xhtml"));
        HttpResponse<String> login = anonymous.get("login.xhtml");
        assertEquals(java.util.List.of("DENY"), login.headers().allValues("X-Frame-Options"));
        assertTrue(login.headers().firstValue("Server").isEmpty(), "the server does not announce itself");
        assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(login.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        String cookie = String.join(";", home.headers().allValues("Set-Cookie"));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
    }

    @Test
    void signInGivesANewSessionId() {
        WebClient client = new WebClient(base);
        client.get("login.xhtml");
        String before = client.sessionId().orElseThrow();
        assertEquals(302, client.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword()).statusCode());
        assertNotEquals(before, client.sessionId().orElseThrow());
    }

    @Test
    void administratorCreatesAUserWithNormalisedPhone() {
        WebClient admin = admin();
        String login = unique("op");
        JsonObject user = createUser(admin, login, "OPERATOR", "Secret-pass1");
        assertEquals("+79161234567", user.getString("phone"));
        assertEquals("OPERATOR", user.getString("role"));
        assertTrue(user.getBoolean("active"));
    }

    @Test
    void theListIsPagedSearchedAndSorted() {
        WebClient admin = admin();
        String prefix = unique("zz");
        for (String suffix : new String[] {"b", "a", "c"}) {
            createUser(admin, prefix + suffix, "OPERATOR", "Secret-pass1");
        }
        JsonObject page = object(admin.json("GET", "api/users?q=" + prefix + "&sort=login&asc=false&size=2", null));
        assertEquals(3, page.getJsonNumber("total").longValue());
        assertEquals(2, page.getJsonArray("rows").size());
        assertEquals(prefix + "c", page.getJsonArray("rows").getJsonObject(0).getString("login"));
        assertEquals(prefix + "b", page.getJsonArray("rows").getJsonObject(1).getString("login"));
        assertEquals(400, admin.json("GET", "api/users?sort=passwordHash", null).statusCode(),
                "only the listed sort fields are accepted");
    }

    @Test
    void invalidInputIsRefusedWithRussianMessagesPerField() {
        WebClient admin = admin();
        HttpResponse<String> answer = admin.json("POST", "api/users", """
                {"login":"x","fullName":"","role":"OPERATOR","phone":"12345","email":"not-an-email","password":"short"}""");
        assertEquals(400, answer.statusCode(), answer.body());
        JsonObject problem = object(answer);
        String errors = problem.getJsonArray("errors").toString();
        for (String field : new String[] {"login", "fullName", "phone", "email", "password"}) {
            assertTrue(errors.contains("\"field\":\"" + field + "\""), field + " in " + errors);
        }
        assertTrue(errors.contains("Неверный номер телефона"), errors);
    }

    @Test
    void loginIsUniqueWithoutRegardToCase() {
        WebClient admin = admin();
        String login = unique("case");
        createUser(admin, login, "MANAGER", "Secret-pass1");
        HttpResponse<String> again = admin.json("POST", "api/users", """
                {"login":"%s","fullName":"Другой","role":"MANAGER","password":"Secret-pass1"}""".formatted(login.toUpperCase()));
        assertEquals(400, again.statusCode());
        assertTrue(again.body().contains("уже занят"), again.body());
    }

    @Test
    void forgedAdministrationByAnOperatorIsRefusedAndChangesNothing() {
        WebClient admin = admin();
        String login = unique("forger");
        createUser(admin, login, "OPERATOR", "Secret-pass1");
        long before = object(admin.json("GET", "api/users?size=1", null)).getJsonNumber("total").longValue();

        WebClient operator = new WebClient(base);
        assertEquals(302, operator.signIn(login, "Secret-pass1").statusCode());
        HttpResponse<String> forged = operator.json("POST", "api/users", """
                {"login":"%s","fullName":"Взлом","role":"ADMIN","password":"Secret-pass1"}""".formatted(unique("evil")));
        assertEquals(403, forged.statusCode(), forged.body());
        assertEquals(403, operator.json("GET", "api/users", null).statusCode());
        assertEquals(403, operator.get("users/list.xhtml").statusCode());

        long after = object(admin.json("GET", "api/users?size=1", null)).getJsonNumber("total").longValue();
        assertEquals(before, after, "no user was created");
    }

    @Test
    void everyUserEditsOnlyTheirOwnProfile() {
        WebClient admin = admin();
        String login = unique("self");
        createUser(admin, login, "MANAGER", "Secret-pass1");
        WebClient manager = new WebClient(base);
        manager.signIn(login, "Secret-pass1");
        JsonObject me = object(manager.json("GET", "api/profile", null));
        HttpResponse<String> saved = manager.json("PUT", "api/profile", """
                {"version":%d,"fullName":"Мария Сидорова","phone":"+7 903 765 43 21","email":"m@example.ru"}"""
                .formatted(me.getJsonNumber("version").longValue()));
        assertEquals(200, saved.statusCode(), saved.body());
        JsonObject updated = object(saved);
        assertEquals("Мария Сидорова", updated.getString("fullName"));
        assertEquals("+79037654321", updated.getString("phone"));
        assertEquals(login, updated.getString("login"));
        assertEquals("MANAGER", updated.getString("role"));
    }

    @Test
    void aPasswordChangeNeedsTheCurrentPassword() {
        WebClient admin = admin();
        String login = unique("pw");
        createUser(admin, login, "SALES", "Secret-pass1");
        WebClient seller = new WebClient(base);
        seller.signIn(login, "Secret-pass1");
        HttpResponse<String> wrong = seller.json("PUT", "api/profile/password",
                "{\"currentPassword\":\"Not-mine1\",\"newPassword\":\"Fresh-pass2\"}");
        assertEquals(400, wrong.statusCode());
        assertTrue(wrong.body().contains("\"field\":\"currentPassword\""), wrong.body());
        assertEquals(204, seller.json("PUT", "api/profile/password",
                "{\"currentPassword\":\"Secret-pass1\",\"newPassword\":\"Fresh-pass2\"}").statusCode());
        assertEquals(200, new WebClient(base).signIn(login, "Secret-pass1").statusCode(), "the old password is gone");
        assertEquals(302, new WebClient(base).signIn(login, "Fresh-pass2").statusCode());
    }

    @Test
    void unknownPagesAndExpiredSessionsGetRussianAnswers() {
        WebClient admin = admin();
        HttpResponse<String> missing = admin.get("no-such-page.xhtml");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Страница не найдена"), missing.body());
        assertEquals(404, admin.json("GET", "api/users/987654321", null).statusCode());

        WebClient stale = new WebClient(base);
        stale.cookie("JSESSIONID", "expired-session-id");
        HttpResponse<String> redirected = stale.get("profile.xhtml");
        assertEquals(302, redirected.statusCode());
        assertTrue(redirected.headers().firstValue("Location").orElse("").contains("login.xhtml?expired=true"));
        assertTrue(stale.get("login.xhtml?expired=true").body().contains("Сеанс истёк"));
    }

    @Test
    void aConcurrentEditIsDetectedAndNotApplied() {
        WebClient admin = admin();
        JsonObject user = createUser(admin, unique("race"), "OPERATOR", "Secret-pass1");
        long id = user.getJsonNumber("id").longValue();
        long version = user.getJsonNumber("version").longValue();
        String edit = """
                {"version":%d,"login":"%s","fullName":"%s","role":"OPERATOR","active":true}""";
        assertEquals(200, admin.json("PUT", "api/users/" + id,
                edit.formatted(version, user.getString("login"), "Первый")).statusCode());
        HttpResponse<String> second = admin.json("PUT", "api/users/" + id,
                edit.formatted(version, user.getString("login"), "Второй"));
        assertEquals(409, second.statusCode(), second.body());
        assertEquals("Первый", object(admin.json("GET", "api/users/" + id, null)).getString("fullName"));
    }

    @Test
    void theConfiguredAdministratorCannotBeDeletedOrDemoted() {
        WebClient admin = admin();
        JsonObject me = object(admin.json("GET", "api/profile", null));
        long id = me.getJsonNumber("id").longValue();
        assertEquals(400, admin.json("DELETE", "api/users/" + id, null).statusCode());
        HttpResponse<String> demote = admin.json("PUT", "api/users/" + id, """
                {"version":%d,"login":"admin","fullName":"admin","role":"OPERATOR","active":true}"""
                .formatted(me.getJsonNumber("version").longValue()));
        assertEquals(400, demote.statusCode());
        assertEquals("ADMIN", object(admin.json("GET", "api/users/" + id, null)).getString("role"));
    }

    @Test
    void aUserWithHistoryIsDeactivatedAndCannotSignIn() {
        WebClient admin = admin();
        String login = unique("leaver");
        long id = createUser(admin, login, "OPERATOR", "Secret-pass1").getJsonNumber("id").longValue();
        assertEquals(302, new WebClient(base).signIn(login, "Secret-pass1").statusCode());
        HttpResponse<String> deleted = admin.json("DELETE", "api/users/" + id, null);
        assertEquals("DEACTIVATED", object(deleted).getString("outcome"));
        assertEquals(200, admin.json("GET", "api/users/" + id, null).statusCode(), "the account stays for history");
        assertEquals(200, new WebClient(base).signIn(login, "Secret-pass1").statusCode(), "sign-in is refused");

        String fresh = unique("never");
        long freshId = createUser(admin, fresh, "OPERATOR", "Secret-pass1").getJsonNumber("id").longValue();
        assertEquals("DELETED", object(admin.json("DELETE", "api/users/" + freshId, null)).getString("outcome"));
        assertEquals(404, admin.json("GET", "api/users/" + freshId, null).statusCode());
    }

    @Test
    void repeatedFailuresLockTheLogin() {
        WebClient admin = admin();
        String login = unique("locked");
        createUser(admin, login, "OPERATOR", "Secret-pass1");
        WebClient guesser = new WebClient(base);
        for (int i = 0; i < SignInPolicyLimits.LOGIN_LIMIT; i++) {
            HttpResponse<String> wrong = guesser.signIn(login, "Wrong-pass" + i);
            assertEquals(200, wrong.statusCode());
        }
        HttpResponse<String> right = guesser.signIn(login, "Secret-pass1");
        assertEquals(200, right.statusCode(), "even the right password is refused while locked");
        assertTrue(right.body().contains("заблокирован"), "the page says the login is locked");
        HttpResponse<String> audit = admin.get("audit/list.xhtml");
        assertTrue(audit.body().contains("Вход заблокирован") || audit.body().contains("Неудачный вход"));
    }

    /** The numbers of the sign-in policy the tests rely on. */
    static final class SignInPolicyLimits {
        static final int LOGIN_LIMIT = 5;
    }
}
