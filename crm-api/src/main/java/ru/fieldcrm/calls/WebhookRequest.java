package ru.fieldcrm.calls;

import java.util.List;
import java.util.Map;

/**
 * An event request as the PBX sent it, for its adapter to verify and read: the method, the query
 * and form parameters, the headers (names in lower case) and the body as text (empty for a form,
 * whose fields are in {@code form}).
 */
public record WebhookRequest(String method, Map<String, List<String>> query, Map<String, List<String>> form,
        Map<String, String> headers, String contentType, String body, String path) {

    /**
     * @param path what follows the token in the address, without its leading slash (Mango Office
     *     posts to {@code events/call}, {@code events/summary}…), empty for none
     */
    public WebhookRequest {
        path = path == null ? "" : path.replaceAll("^/+|/+$", "");
        query = Map.copyOf(query);
        form = Map.copyOf(form);
        headers = Map.copyOf(headers);
        body = body == null ? "" : body;
    }

    /** A request to the token's address itself. */
    public WebhookRequest(String method, Map<String, List<String>> query, Map<String, List<String>> form,
            Map<String, String> headers, String contentType, String body) {
        this(method, query, form, headers, contentType, body, "");
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    /** The first value of a form field, else of a query parameter, else null. */
    public String field(String name) {
        List<String> values = form.getOrDefault(name, query.get(name));
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
