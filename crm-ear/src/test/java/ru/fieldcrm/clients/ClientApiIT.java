package ru.fieldcrm.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
 * The client cards over HTTP against the deployed EAR: numbers normalised and unique to one
 * client, search and the order form's match, concurrent edits, the rights of each role against
 * forged requests, merging a duplicate, invalid input.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClientApiIT {

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

    // ---- helpers -------------------------------------------------------------------------------

    private WebClient admin() {
        WebClient admin = new WebClient(base);
        assertEquals(302, admin.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword()).statusCode());
        return admin;
    }

    /** A new member of staff with this role, signed in. */
    private WebClient staff(String role) {
        String login = role.toLowerCase() + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = admin().json("POST", "api/users", """
                {"login":"%s","fullName":"Сотрудник %s","role":"%s","password":"Staff-pass1"}"""
                .formatted(login, login, role));
        assertEquals(201, created.statusCode(), created.body());
        WebClient client = new WebClient(base);
        assertEquals(302, client.signIn(login, "Staff-pass1").statusCode());
        return client;
    }

    /** A Moscow mobile number nobody has yet, as 10 national digits: 916XXXXXXX. */
    private static String national(String prefix) {
        return prefix + "%07d".formatted(ThreadLocalRandom.current().nextInt(10_000_000));
    }

    /**
     * A name no other test uses. Letters only: three digits in a search text also search the phone
     * numbers, and would find other tests' clients.
     */
    private static String unique(String prefix) {
        return prefix + " " + letters(UUID.randomUUID().toString().substring(0, 8));
    }

    static String letters(String hex) {
        StringBuilder out = new StringBuilder();
        for (char c : hex.toCharArray()) {
            out.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
        }
        return out.toString();
    }

    private static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonArray array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private static String json(String text) {
        return text == null ? "null" : Json.createValue(text).toString();
    }

    private static String phones(String... numbers) {
        return "[" + String.join(",", List.of(numbers).stream().map(n -> "{\"phone\":" + json(n) + "}").toList()) + "]";
    }

    private static HttpResponse<String> post(WebClient client, String name, String phones, String rest) {
        return client.json("POST", "api/clients", "{\"name\":" + json(name) + ",\"phones\":" + phones
                + (rest == null ? "" : "," + rest) + "}");
    }

    private static JsonObject create(WebClient client, String name, String... numbers) {
        HttpResponse<String> created = post(client, name, phones(numbers), null);
        assertEquals(201, created.statusCode(), created.body());
        return object(created);
    }

    private static List<String> numbersOf(JsonObject client) {
        return client.getJsonArray("phones").getValuesAs(JsonObject.class).stream().map(p -> p.getString("phone")).toList();
    }

    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    private static long version(JsonObject object) {
        return object.getJsonNumber("version").longValue();
    }

    private static List<String> names(JsonObject page) {
        return page.getJsonArray("rows").getValuesAs(JsonObject.class).stream().map(r -> r.getString("name")).toList();
    }

    private static List<String> errorFields(HttpResponse<String> response) {
        return object(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }

    private static String search(String text) {
        return "api/clients?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    // ---- tests ---------------------------------------------------------------------------------

    @Test
    void anOperatorCreatesAClientWithNumbersInAnyFormStoredInE164() {
        WebClient operator = staff("OPERATOR");
        String mobile = national("916");
        String work = national("903");
        String home = national("925");
        String name = unique("Анна Клиентова");
        HttpResponse<String> created = post(operator, name, """
                [{"phone":"8 (%s) %s-%s-%s","note":"мобильный"},{"phone":"+7 %s %s %s","note":" "},{"phone":"%s"}]"""
                .formatted(mobile.substring(0, 3), mobile.substring(3, 6), mobile.substring(6, 8), mobile.substring(8),
                        work.substring(0, 3), work.substring(3, 6), work.substring(6), home), """
                "addresses":[{"address":"Москва, ул. Ленина, д. 5","entrance":"2","floor":"7","apartment":"45",
                "intercom":"45К","note":"код калитки 1234"}],"email":"Anna@Example.ru","comment":"Звонить после 18",
                "source":"Авито\"""");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject client = object(created);
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/clients/" + id(client)));
        assertEquals(List.of("+7" + mobile, "+7" + work, "+7" + home), numbersOf(client));
        assertEquals("мобильный", client.getJsonArray("phones").getJsonObject(0).getString("note"));
        assertFalse(client.getJsonArray("phones").getJsonObject(1).containsKey("note")
                && client.getJsonArray("phones").getJsonObject(1).get("note") != JsonValue.NULL,
                "a blank note is stored as none");
        JsonObject address = client.getJsonArray("addresses").getJsonObject(0);
        assertEquals("45К", address.getString("intercom"));
        assertTrue(address.getJsonNumber("id").longValue() > 0);

        JsonObject read = object(operator.json("GET", "api/clients/" + id(client), null));
        assertEquals(name, read.getString("name"));
        assertEquals(numbersOf(client), numbersOf(read));
        assertEquals("Звонить после 18", read.getString("comment"));
        assertEquals("Авито", read.getString("source"));
        assertTrue(read.containsKey("createdAt"));
    }

    @Test
    void aNumberOfAnotherClientIsRefusedWithItsName() {
        WebClient operator = staff("OPERATOR");
        String number = national("916");
        String owner = unique("Владелец Номера");
        create(operator, owner, "+7" + number);

        String other = unique("Другой Клиент");
        HttpResponse<String> taken = post(operator, other, phones("8" + number), null);
        assertEquals(400, taken.statusCode(), taken.body());
        assertEquals(List.of("phones"), errorFields(taken));
        String message = object(taken).getString("detail");
        assertEquals("Номер +7 (" + number.substring(0, 3) + ") " + number.substring(3, 6) + "-" + number.substring(6, 8)
                + "-" + number.substring(8) + " уже есть у клиента «" + owner + "»", message);
        assertEquals(0, object(operator.json("GET", search(other), null)).getInt("total"), "nothing was created");

        String fresh = national("903");
        HttpResponse<String> twice = post(operator, other, phones("+7" + fresh, "8 " + fresh), null);
        assertEquals(400, twice.statusCode(), twice.body());
        assertTrue(object(twice).getString("detail").contains("указан дважды"), twice.body());

        JsonObject second = create(operator, other, "+7" + fresh);
        HttpResponse<String> update = operator.json("PUT", "api/clients/" + id(second), """
                {"version":%d,"name":%s,"phones":%s}""".formatted(version(second), json(other), phones("+7" + fresh, number)));
        assertEquals(400, update.statusCode(), update.body());
        assertEquals(List.of("+7" + fresh), numbersOf(object(operator.json("GET", "api/clients/" + id(second), null))));
    }

    @Test
    void clientsAreFoundByPartOfTheNameOrEmailAndByDigitsOfAnyNumber() {
        WebClient operator = staff("OPERATOR");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String name = "Зинаида Поисковая " + tag;
        String first = national("916");
        String second = national("903");
        HttpResponse<String> created = post(operator, name, phones("+7" + first, "+7" + second),
                "\"email\":\"zina." + tag + "@example.ru\"");
        assertEquals(201, created.statusCode(), created.body());

        assertEquals(List.of(name), names(object(operator.json("GET", search("поисковая " + tag.toUpperCase()), null))));
        assertEquals(List.of(name), names(object(operator.json("GET", search("ZINA." + tag), null))));
        assertTrue(names(object(operator.json("GET", search(second.substring(3)), null))).contains(name),
                "found by the last seven digits of the second number");
        String dialled = "8 (" + second.substring(0, 3) + ") " + second.substring(3, 6) + "-" + second.substring(6);
        assertTrue(names(object(operator.json("GET", search(dialled), null))).contains(name), "found as dialled with 8");

        JsonObject page = object(operator.json("GET", search(tag) + "&size=5", null));
        JsonObject row = page.getJsonArray("rows").getJsonObject(0);
        assertEquals("+7" + first, row.getString("phone"), "the list shows the first number");
        assertEquals(400, operator.json("GET", "api/clients?sort=searchKey", null).statusCode());
        assertEquals(200, operator.json("GET", "api/clients?sort=name&asc=false", null).statusCode());
    }

    @Test
    void theOrderFormIsOfferedTheClientsMatchingTheDigitsTyped() {
        WebClient operator = staff("OPERATOR");
        String number = national("916");
        String name = unique("Пётр Заказчиков");
        HttpResponse<String> created = post(operator, name, phones("+7" + number, national("903")),
                "\"addresses\":[{\"address\":\"Химки, ул. Мира, 1\",\"apartment\":\"3\"}]");
        assertEquals(201, created.statusCode(), created.body());

        WebClient manager = staff("MANAGER");
        HttpResponse<String> answer = manager.json("GET", "api/clients/match?phone=" + "8" + number.substring(0, 8), null);
        assertEquals(200, answer.statusCode(), answer.body());
        JsonArray matches = array(answer);
        assertTrue(matches.size() <= 10);
        JsonObject match = matches.getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("name").equals(name)).findFirst().orElseThrow();
        assertEquals(2, match.getJsonArray("phones").size());
        assertEquals("Химки, ул. Мира, 1", match.getJsonArray("addresses").getJsonObject(0).getString("address"));
        assertEquals(List.of(), array(manager.json("GET", "api/clients/match?phone=91", null)), "two digits match nothing");
        assertEquals(List.of(), array(manager.json("GET", "api/clients/match", null)));
    }

    private List<String> matchNames(WebClient client, String digits) {
        HttpResponse<String> answer = client.json("GET", "api/clients/match?phone=" + digits, null);
        assertEquals(200, answer.statusCode(), answer.body());
        return array(answer).getValuesAs(JsonObject.class).stream().map(m -> m.getString("name")).toList();
    }

    @Test
    void digitsFromTheMiddleOfANumberFindTheClientInTheListAndTheOrderForm() {
        WebClient operator = staff("OPERATOR");
        String number = national("916");
        String name = unique("Серединный Номер");
        create(operator, name, "+7" + national("903"), "+7" + number);

        String middle = number.substring(2, 8);
        assertTrue(names(object(operator.json("GET", search(middle) + "&size=500", null))).contains(name), middle);
        assertTrue(matchNames(operator, middle).contains(name), middle);
        String dashed = number.substring(3, 6) + "-" + number.substring(6, 8);
        assertTrue(names(object(operator.json("GET", search(dashed) + "&size=500", null))).contains(name), dashed);
        assertTrue(names(object(operator.json("GET", search(number.substring(5)) + "&sort=name", null))).contains(name),
                "the last five digits, sorted by name");
        assertTrue(matchNames(operator, "7" + number).contains(name), "all eleven digits");
        assertFalse(matchNames(operator, number + "1").contains(name), "more digits than the number has");
    }

    @Test
    void afterANumberChangesItsOldDigitsNoLongerFindTheClientAndTheNewOnesDo() {
        WebClient operator = staff("OPERATOR");
        String name = unique("Сменил Номер");
        String kept = national("925");
        String old = national("916");
        JsonObject client = create(operator, name, "+7" + kept, "+7" + old);
        String oldDigits = old.substring(1, 9);
        assertTrue(names(object(operator.json("GET", search(oldDigits), null))).contains(name));

        String fresh = national("903");
        HttpResponse<String> changed = operator.json("PUT", "api/clients/" + id(client), """
                {"version":%d,"name":%s,"phones":%s}""".formatted(version(client), json(name), phones("+7" + kept, "+7" + fresh)));
        assertEquals(200, changed.statusCode(), changed.body());

        assertFalse(names(object(operator.json("GET", search(oldDigits) + "&size=500", null))).contains(name),
                "the number that left the card no longer finds it");
        assertFalse(matchNames(operator, oldDigits).contains(name));
        String freshDigits = fresh.substring(1, 9);
        assertTrue(names(object(operator.json("GET", search(freshDigits), null))).contains(name));
        assertTrue(matchNames(operator, "8" + fresh.substring(0, 7)).contains(name), "the new number dialled with 8");
        assertTrue(matchNames(operator, kept.substring(2, 9)).contains(name), "the number that stayed still finds it");

        HttpResponse<String> reused = post(operator, unique("Новый Владелец"), phones("+7" + old), null);
        assertEquals(201, reused.statusCode(), "the number that left is free: " + reused.body());
        String owner = object(reused).getString("name");
        List<String> found = matchNames(operator, oldDigits);
        assertTrue(found.contains(owner) && !found.contains(name), found.toString());
    }

    @Test
    void aConcurrentEditIsRefusedAndOverwritesNothing() {
        WebClient operator = staff("OPERATOR");
        String name = unique("Гонка");
        String number = national("916");
        JsonObject client = create(operator, name, "+7" + number);
        long loaded = version(client);

        String added = national("903");
        HttpResponse<String> first = operator.json("PUT", "api/clients/" + id(client), """
                {"version":%d,"name":%s,"phones":%s}""".formatted(loaded, json(name), phones("+7" + number, "+7" + added)));
        assertEquals(200, first.statusCode(), first.body());
        assertNotEquals(loaded, version(object(first)), "a change of the numbers alone is a new version");

        HttpResponse<String> second = operator.json("PUT", "api/clients/" + id(client), """
                {"version":%d,"name":"Второй","phones":%s}""".formatted(loaded, phones("+7" + number)));
        assertEquals(409, second.statusCode(), second.body());
        assertTrue(object(second).getString("detail").contains("изменил кто-то другой"), second.body());

        JsonObject now = object(operator.json("GET", "api/clients/" + id(client), null));
        assertEquals(name, now.getString("name"));
        assertEquals(List.of("+7" + number, "+7" + added), numbersOf(now));
        HttpResponse<String> again = operator.json("PUT", "api/clients/" + id(client), """
                {"version":%d,"name":"Второй","phones":%s}""".formatted(version(now), phones("+7" + number)));
        assertEquals(200, again.statusCode(), "the reloaded version saves");
        assertEquals(List.of("+7" + number), numbersOf(object(again)));
    }

    @Test
    void addressesKeepTheirIdsWhileEdited() {
        WebClient operator = staff("OPERATOR");
        String name = unique("Адресов");
        String number = national("916");
        HttpResponse<String> created = post(operator, name, phones("+7" + number),
                "\"addresses\":[{\"address\":\"Москва, Ленина, 5\"},{\"address\":\"Тверь, Советская, 2\"}]");
        JsonObject client = object(created);
        long lenina = client.getJsonArray("addresses").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> updated = operator.json("PUT", "api/clients/" + id(client), """
                {"version":%d,"name":%s,"phones":%s,"addresses":[{"address":"Химки, Мира, 1"},
                 {"id":%d,"address":"Москва, ул. Ленина, 5","floor":"3"}]}"""
                .formatted(version(client), json(name), phones("+7" + number), lenina));
        assertEquals(200, updated.statusCode(), updated.body());
        JsonArray addresses = object(updated).getJsonArray("addresses");
        assertEquals(2, addresses.size());
        assertEquals(lenina, addresses.getJsonObject(1).getJsonNumber("id").longValue());
        assertEquals("3", addresses.getJsonObject(1).getString("floor"));
        assertEquals("Химки, Мира, 1", addresses.getJsonObject(0).getString("address"));

        HttpResponse<String> foreign = operator.json("PUT", "api/clients/" + id(client), """
                {"version":%d,"name":%s,"phones":%s,"addresses":[{"id":1,"address":"Чужой"}]}"""
                .formatted(version(object(updated)), json(name), phones("+7" + number)));
        assertEquals(400, foreign.statusCode(), foreign.body());
        assertEquals(List.of("addresses[0].address"), errorFields(foreign));
    }

    @Test
    void managersAndSalesReadButTheirForgedChangesAreRefused() {
        WebClient operator = staff("OPERATOR");
        String name = unique("Неизменный");
        String number = national("916");
        JsonObject client = create(operator, name, "+7" + number);

        for (String role : List.of("MANAGER", "SALES")) {
            WebClient reader = staff(role);
            assertEquals(200, reader.json("GET", "api/clients/" + id(client), null).statusCode(), role);
            assertEquals(List.of(name), names(object(reader.json("GET", search(name), null))), role);

            String forgedName = unique("Подделка");
            HttpResponse<String> forged = post(reader, forgedName, phones(national("903")), null);
            assertEquals(403, forged.statusCode(), role + ": " + forged.body());
            HttpResponse<String> forgedUpdate = reader.json("PUT", "api/clients/" + id(client), """
                    {"version":%d,"name":"Взлом","phones":%s}""".formatted(version(client), phones("+7" + number)));
            assertEquals(403, forgedUpdate.statusCode(), role + ": " + forgedUpdate.body());
            assertEquals(0, object(operator.json("GET", search(forgedName), null)).getInt("total"), role);
        }
        JsonObject after = object(operator.json("GET", "api/clients/" + id(client), null));
        assertEquals(name, after.getString("name"));
        assertEquals(version(client), version(after), "nothing changed");
        assertEquals(403, operator.json("POST", "api/clients/" + id(client) + "/merge-into/" + id(client), null)
                .statusCode(), "only an administrator merges");
    }

    @Test
    void mergingMovesTheNumbersAndHidesTheDuplicate() {
        WebClient operator = staff("OPERATOR");
        String keptName = unique("Основной Клиент");
        String keptNumber = national("916");
        JsonObject kept = create(operator, keptName, "+7" + keptNumber);
        String duplicateName = unique("Дубликат Клиента");
        String duplicateNumber = national("903");
        HttpResponse<String> created = post(operator, duplicateName, phones("+7" + duplicateNumber),
                "\"addresses\":[{\"address\":\"Химки, Мира, 1\"}],\"email\":\"dup@example.ru\",\"comment\":\"Просил скидку\"");
        JsonObject duplicate = object(created);

        WebClient admin = admin();
        HttpResponse<String> merged = admin.json("POST",
                "api/clients/" + id(duplicate) + "/merge-into/" + id(kept), null);
        assertEquals(200, merged.statusCode(), merged.body());
        JsonObject result = object(merged);
        assertEquals(id(kept), id(result));
        assertEquals(keptName, result.getString("name"));
        assertEquals(List.of("+7" + keptNumber, "+7" + duplicateNumber), numbersOf(result));
        assertEquals("Химки, Мира, 1", result.getJsonArray("addresses").getJsonObject(0).getString("address"));
        assertEquals("dup@example.ru", result.getString("email"));
        assertEquals("Просил скидку", result.getString("comment"));

        assertEquals(404, operator.json("GET", "api/clients/" + id(duplicate), null).statusCode());
        assertEquals(0, object(operator.json("GET", search(duplicateName), null)).getInt("total"));
        assertEquals(List.of(keptName), names(object(operator.json("GET", search(duplicateNumber), null))));
        assertEquals(List.of(keptName), matchNames(operator, duplicateNumber));
        String middle = duplicateNumber.substring(2, 9);
        List<String> byMiddle = names(object(operator.json("GET", search(middle) + "&size=500", null)));
        assertTrue(byMiddle.contains(keptName) && !byMiddle.contains(duplicateName), byMiddle.toString());
        List<String> matchedByMiddle = matchNames(operator, middle);
        assertTrue(matchedByMiddle.contains(keptName) && !matchedByMiddle.contains(duplicateName),
                matchedByMiddle.toString());
        HttpResponse<String> reuse = post(operator, unique("Третий"), phones("+7" + duplicateNumber), null);
        assertTrue(object(reuse).getString("detail").contains(keptName), "the number now belongs to the kept client");

        assertEquals(400, admin.json("POST", "api/clients/" + id(kept) + "/merge-into/" + id(kept), null).statusCode());
        assertEquals(404, admin.json("POST", "api/clients/" + id(kept) + "/merge-into/" + id(duplicate), null)
                .statusCode(), "nothing merges into a merged duplicate");

        String audit = admin.get("audit/list.xhtml").body();
        assertTrue(audit.contains("Дубликат клиента объединён") && audit.contains("Клиент создан"), "the merge is audited");
        assertTrue(audit.contains("duplicateId=" + id(duplicate) + " keptId=" + id(kept)), "the log names the cards by id");
        assertTrue(audit.contains("fields=name,phones,addresses,email,comment"), "and the fields of a new card by name");
        assertFalse(audit.contains(duplicateNumber) || audit.contains(duplicateName), "no numbers or names in the log");
    }

    @Test
    void invalidInputIsRefusedWithAMessagePerField() {
        WebClient operator = staff("OPERATOR");
        HttpResponse<String> answer = operator.json("POST", "api/clients", """
                {"name":"","phones":[{"phone":"+7 916 123-45-67"},{"phone":"12345"}],"email":"not-mail",
                 "addresses":[{"address":"","entrance":"123456789012345678901"}]}""");
        assertEquals(400, answer.statusCode(), answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals(List.of("addresses[0].address", "addresses[0].entrance", "email", "name", "phones[1].phone"),
                errorFields(answer).stream().sorted().toList());
        String errors = object(answer).getJsonArray("errors").toString();
        assertTrue(errors.contains("Неверный номер телефона") && errors.contains("Укажите имя клиента"), errors);

        HttpResponse<String> noPhones = operator.json("POST", "api/clients", "{\"name\":\"Без телефона\",\"phones\":[]}");
        assertEquals(400, noPhones.statusCode());
        assertEquals(List.of("phones"), errorFields(noPhones));
        assertTrue(noPhones.body().contains("Укажите хотя бы один телефон"), noPhones.body());
        assertEquals(404, operator.json("GET", "api/clients/987654321", null).statusCode());
    }
}
