package ru.fieldcrm.calls;

/**
 * What the CRM answers the PBX: the HTTP status, the body and its media type. A refusal says
 * why in {@code body} (plain text: a PBX shows it in its own log) and has stored nothing.
 */
public record WebhookAnswer(int status, String body, String mediaType) {

    public static WebhookAnswer ok(String body) {
        return new WebhookAnswer(200, body, "text/plain");
    }

    public static WebhookAnswer json(String body) {
        return new WebhookAnswer(200, body, "application/json");
    }

    public static WebhookAnswer refused(int status, String reason) {
        return new WebhookAnswer(status, reason, "text/plain");
    }
}
