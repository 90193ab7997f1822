package ru.fieldcrm.calls;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The requests the CRM makes of a PBX's API. No redirect is followed, since it would send a signed
 * request elsewhere (a PBX's redirect is read as an answer: Mango Office gives a recording's link
 * so); a PBX that does not answer within seconds is not waited for.
 */
final class PbxHttp {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** What the PBX answered, or why it could not be asked. */
    record Answer(int status, String body, String location, String failure) {

        boolean ok() {
            return failure == null && status == 200;
        }

        /** Why the request did not do what was asked, for the log (never a secret). */
        String reason() {
            return failure != null ? failure : "HTTP " + status + ": " + body.substring(0, Math.min(200, body.length()));
        }
    }

    private PbxHttp() {
    }

    static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body() == null ? "" : response.body(),
                    response.headers().firstValue("Location").orElse(null), null);
        } catch (IOException e) {
            return new Answer(0, "", null, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "", null, "interrupted");
        }
    }
}
