package ru.fieldcrm.calls;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the PBX posts its events: open without a session (web.xml), heard only with the token of
 * the settings and, for PBXs that sign, a valid signature. The request goes to the service as it
 * came (the body as text, so that the adapter checks the signature over what was sent).
 */
@Path("pbx/events/{token}")
@RequestScoped
public class PbxEventResource {

    /** More than any PBX event; a larger body is refused before it is read whole. */
    static final int MAX_BODY = 64 * 1024;

    @EJB
    CallService calls;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    /** A PBX's handshake (Zadarma's {@code zd_echo}) or an event sent as a GET with query parameters. */
    @GET
    public Response get(@PathParam("token") String token) {
        return answer(calls.webhook(token, request("GET", null, "").withContentType(null, "")));
    }

    @POST
    public Response post(@PathParam("token") String token, String body) {
        return post(token, "", body);
    }

    /** A PBX that posts each kind of event to its own address under the token's (Mango Office: {@code events/call}). */
    @POST
    @Path("{event: .+}")
    public Response post(@PathParam("token") String token, @PathParam("event") String event, String body) {
        if (body != null && body.length() > MAX_BODY) {
            return Response.status(413).type(MediaType.TEXT_PLAIN).entity("request too large").build();
        }
        MediaType type = headers.getMediaType();
        String contentType = type == null ? null : type.toString();
        boolean form = type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        return answer(calls.webhook(token, request("POST", form ? body : null, form ? "" : body)
                .withContentType(contentType, event)));
    }

    private Request request(String method, String formBody, String body) {
        Map<String, String> names = new LinkedHashMap<>();
        headers.getRequestHeaders().forEach((name, values) -> names.put(name.toLowerCase(Locale.ROOT),
                values.isEmpty() ? "" : values.get(0)));
        Map<String, List<String>> query = new LinkedHashMap<>();
        uri.getQueryParameters(true).forEach((name, values) -> query.put(name, List.copyOf(values)));
        return new Request(method, query, parseForm(formBody), names, body == null ? "" : body);
    }

    /** The fields of an {@code application/x-www-form-urlencoded} body, decoded as UTF-8, in their order. */
    static Map<String, List<String>> parseForm(String body) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return fields;
        }
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return fields;
    }

    private static Response answer(WebhookAnswer answer) {
        return Response.status(answer.status()).type(answer.mediaType() + ";charset=UTF-8").entity(answer.body())
                .build();
    }

    /** The parts of a request before its content type is known. */
    private record Request(String method, Map<String, List<String>> query, Map<String, List<String>> form,
            Map<String, String> headers, String body) {

        WebhookRequest withContentType(String contentType, String path) {
            return new WebhookRequest(method, query, form, headers, contentType, body, path);
        }
    }
}
