package ru.fieldcrm.tracker;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import ru.fieldcrm.tracking.PositionReport;

/** Posts a batch to {@code /api/tracking/positions} with the device token (java.net.http). */
final class Sender {

    /** What became of a batch. */
    enum Outcome {
        /** The server has the positions (new or already stored). */
        SENT,
        /** The server refused the batch's content (400): sending it again would not help. */
        REFUSED,
        /** The server was not reached, failed, or refused the token: keep the batch and try later. */
        RETRY
    }

    private final URI endpoint;
    private final String token;
    private final HttpClient http;
    private int lastStatus;

    Sender(URI server, String token) {
        String base = server.toString().endsWith("/") ? server.toString() : server + "/";
        this.endpoint = URI.create(base).resolve("api/tracking/positions");
        this.token = token;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    Outcome send(List<PositionReport> positions) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body(positions)))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            lastStatus = response.statusCode();
            if (lastStatus / 100 == 2) {
                return Outcome.SENT;
            }
            return lastStatus == 400 ? Outcome.REFUSED : Outcome.RETRY;
        } catch (IOException e) {
            lastStatus = 0;
            return Outcome.RETRY;
        }
    }

    /** The HTTP status of the last attempt, 0 when the server was not reached. */
    int lastStatus() {
        return lastStatus;
    }

    static String body(List<PositionReport> positions) {
        return positions.stream().map(Sender::json).collect(Collectors.joining(",", "{\"positions\":[", "]}"));
    }

    private static String json(PositionReport p) {
        StringBuilder out = new StringBuilder("{\"time\":").append(Json.quote(p.time().toString()));
        field(out, "latitude", p.latitude());
        field(out, "longitude", p.longitude());
        field(out, "accuracy", p.accuracy());
        field(out, "speed", p.speed());
        field(out, "heading", p.heading());
        field(out, "altitude", p.altitude());
        field(out, "battery", p.battery());
        return out.append('}').toString();
    }

    private static void field(StringBuilder out, String name, Double value) {
        if (value != null) {
            out.append(",\"").append(name).append("\":").append(String.format(Locale.ROOT, "%s", value));
        }
    }
}
