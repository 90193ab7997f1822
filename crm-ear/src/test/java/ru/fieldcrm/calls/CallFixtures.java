package ru.fieldcrm.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import ru.fieldcrm.shared.WebClient;

/** What the call tests set up the same way: an operator with an extension, a client with a number. */
final class CallFixtures {

    static final String PASSWORD = "Secret-pass1";

    private CallFixtures() {
    }

    static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** Random digits, the first never 0: extensions and the tail of a phone number nobody else has. */
    static String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(i == 0 ? 1 : 0, 10));
        }
        return digits.toString();
    }

    /** A new operator whose phone extension is given (set by the administrator's edit); answers their id. */
    static long operator(WebClient admin, String login, String fullName, String extension) {
        HttpResponse<String> created = admin.json("POST", "api/users", """
                {"login":"%s","fullName":"%s","role":"OPERATOR","phone":null,"password":"%s"}"""
                .formatted(login, fullName, PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject user = object(created);
        long id = user.getJsonNumber("id").longValue();
        HttpResponse<String> withExtension = admin.json("PUT", "api/users/" + id, """
                {"version":%d,"login":"%s","fullName":"%s","role":"OPERATOR","phone":null,"email":null,
                 "extension":"%s","active":true}""".formatted(user.getJsonNumber("version").longValue(), login,
                fullName, extension));
        assertEquals(200, withExtension.statusCode(), withExtension.body());
        return id;
    }

    /** A new client with one number; answers their id. */
    static long client(WebClient admin, String name, String phone) {
        HttpResponse<String> client = admin.json("POST", "api/clients", """
                {"name":"%s","phones":[{"phone":"%s","note":null}],"addresses":[]}""".formatted(name, phone));
        assertEquals(201, client.statusCode(), client.body());
        return object(client).getJsonNumber("id").longValue();
    }
}
