package ru.fieldcrm.geo;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The HTTP the geocoder adapters share: short timeouts (a geocoder is asked after the save, but a
 * hanging one must not hold the executor), no redirects (keys would follow), JSON read with JSON-P.
 * Texts of failures never contain the key.
 */
final class GeoHttp {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** Nominatim's usage policy asks for an identifying User-Agent. */
    static final String USER_AGENT = "fieldcrm-geocoder/1.0";

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private GeoHttp() {
    }

    /** The JSON of a 200 answer, or the reason there is none. */
    sealed interface Reply {

        record Json(JsonStructure body) implements Reply {
        }

        record Failed(String reason) implements Reply {
        }
    }

    static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json").header("User-Agent", USER_AGENT);
    }

    static Reply send(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException failure) {
            return new Reply.Failed(failure.getClass().getSimpleName());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Reply.Failed("interrupted");
        }
        if (response.statusCode() != 200) {
            return new Reply.Failed("HTTP " + response.statusCode());
        }
        return parse(response.body());
    }

    static Reply parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return new Reply.Json(reader.read());
        } catch (JsonException | IllegalStateException notJson) {
            return new Reply.Failed("not JSON");
        }
    }

    /** The base address without a trailing slash. */
    static String base(String url, String fallback) {
        String base = url == null || url.isBlank() ? fallback : url.strip();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
