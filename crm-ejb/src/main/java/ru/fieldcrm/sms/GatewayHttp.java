package ru.fieldcrm.sms;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The HTTP and JSON the gateway adapters share: a form POSTed over {@link HttpClient} (so that
 * credentials travel in the body or a header, never in a URL that proxies log), the answer read
 * with JSON-P. Whatever cannot be used as the gateway's answer (network error, timeout, HTTP 5xx
 * or 429, a body that is no JSON object) comes back as a {@link Reply.Failed}, which the
 * adapters treat as transient. Texts never contain the secret.
 */
final class GatewayHttp {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);
    private static final int SNIPPET = 200;

    private final HttpClient client;
    private final Duration requestTimeout;
    private final JsonReaderFactory json = Json.createReaderFactory(Map.of());

    GatewayHttp() {
        this(REQUEST_TIMEOUT);
    }

    /** For tests that wait for a timeout without waiting 15 seconds. */
    GatewayHttp(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .version(HttpClient.Version.HTTP_1_1)
                // A redirect would resend the credentials elsewhere, or turn the POST into a GET.
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** What came back from one request. */
    sealed interface Reply {

        /** The gateway answered with a JSON object; {@code status} is the HTTP status (may be 4xx). */
        record Answer(int status, JsonObject body) implements Reply {
        }

        /** No usable answer: worth asking again later. */
        record Failed(String code, String text) implements Reply {
        }
    }

    /**
     * POSTs {@code form} (UTF-8, {@code application/x-www-form-urlencoded}) to {@code url}.
     *
     * @param authorization the {@code Authorization} header, or null
     * @param secret        removed, like the authorization, from any text of a {@link Reply.Failed}
     */
    Reply post(String url, Map<String, String> form, String authorization, String secret) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(requestTimeout)
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(formEncode(form), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return new Reply.Failed("BAD_URL", "The gateway's address is not a valid URL");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            return new Reply.Failed("TIMEOUT", "No answer from the gateway in time (" + e.getClass().getSimpleName() + ")");
        } catch (IOException e) {
            return new Reply.Failed("NETWORK", scrub("Network error: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), secret, authorization));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply.Failed("INTERRUPTED", "The request was interrupted");
        }
        int status = response.statusCode();
        String body = response.body() == null ? "" : response.body();
        if (status >= 500 || status == 429 || status == 408) {
            return new Reply.Failed("HTTP " + status, "HTTP " + status + snippet(scrub(body, secret, authorization)));
        }
        JsonObject object = parse(body);
        if (object == null) {
            return new Reply.Failed(status == 200 ? "BAD_ANSWER" : "HTTP " + status,
                    "Not a JSON answer (HTTP " + status + ")" + snippet(scrub(body, secret, authorization)));
        }
        return new Reply.Answer(status, object);
    }

    private JsonObject parse(String body) {
        try (JsonReader reader = json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException e) {
            return null;
        }
    }

    static String formEncode(Map<String, String> form) {
        return form.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /**
     * The text with the secret (as is and form-encoded) and the credentials of an
     * {@code Authorization} header (such as Basic's Base64 of login and secret) replaced, so that no
     * outcome or log carries them, even when a gateway or a proxy repeats the request in its answer.
     */
    static String scrub(String text, String secret, String authorization) {
        String scrubbed = scrub(text, secret);
        if (scrubbed != null && authorization != null) {
            String credentials = authorization.substring(authorization.indexOf(' ') + 1).strip();
            if (!credentials.isEmpty()) {
                scrubbed = scrubbed.replace(credentials, "***");
            }
        }
        return scrubbed;
    }

    /** The text with the secret (as is and form-encoded) replaced. */
    static String scrub(String text, String secret) {
        if (text == null || secret == null || secret.isEmpty()) {
            return text;
        }
        return text.replace(secret, "***").replace(URLEncoder.encode(secret, StandardCharsets.UTF_8), "***");
    }

    /** {@code +7 (916) 123-45-67} → {@code 79161234567}: the gateways take the digits only. */
    static String digits(String phone) {
        return phone == null ? "" : phone.replaceAll("\\D", "");
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The API's address joined with a path, whether or not the saved address ends with a slash. */
    static String join(String apiUrl, String path) {
        return apiUrl.strip().replaceAll("/+$", "") + path;
    }

    /** A member as text: strings as they are, numbers in their JSON form; null when absent or JSON null. */
    static String text(JsonObject object, String name) {
        JsonValue value = object == null ? null : object.get(name);
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value.toString();
    }

    /** A member as an integer (numbers, or strings that hold one); null when absent or not a number. */
    static Integer integer(JsonObject object, String name) {
        JsonValue value = object == null ? null : object.get(name);
        if (value instanceof JsonNumber n) {
            return n.intValue();
        }
        if (value instanceof JsonString s) {
            try {
                return Integer.valueOf(s.getString().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** A member that is an object, or null. */
    static JsonObject object(JsonObject object, String name) {
        JsonValue value = object == null ? null : object.get(name);
        return value instanceof JsonObject o ? o : null;
    }

    /** The start of a body for a text (scrubbed before, so that a cut cannot leave part of a secret). */
    private static String snippet(String body) {
        String s = body.strip().replaceAll("\\s+", " ");
        if (s.isEmpty()) {
            return "";
        }
        return ": " + (s.length() > SNIPPET ? s.substring(0, SNIPPET) + "…" : s);
    }
}
