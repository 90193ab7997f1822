package ru.fieldcrm.shared;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem document: what the JSON API answers for every refusal, with the Russian
 * (or the caller's language) message and, for invalid input, one entry per field.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public record FieldError(String field, String message) {
    }

    public Response toResponse() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("status", status);
        if (detail != null) {
            body.put("detail", detail);
        }
        if (errors != null && !errors.isEmpty()) {
            body.put("errors", errors.stream().map(e -> {
                Map<String, String> error = new LinkedHashMap<>();
                error.put("field", e.field());
                error.put("message", e.message());
                return error;
            }).toList());
        }
        return Response.status(status).type(MEDIA_TYPE).entity(body).build();
    }
}
