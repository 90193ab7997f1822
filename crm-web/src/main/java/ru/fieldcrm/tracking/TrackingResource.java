package ru.fieldcrm.tracking;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.fieldcrm.shared.InvalidRequestException;

/**
 * Positions in and out. In: {@code POST positions} with {@code Authorization: Bearer <token>} and a
 * {@link PositionBatch} (tracker-client), and {@code osmand} for Traccar Client (OsmAnd parameters
 * by GET or form POST, or its JSON body), both open without a session (web.xml) and heard only with
 * a device token; {@code own} for the manager's browser, with the session. Out: the last positions and a day's track. The administrator's device tokens:
 * {@code devices?manager=}.
 */
@Path("tracking")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TrackingResource {

    /** A JSON body larger than this is refused before it is read: 500 positions take about 100 KB. */
    static final int MAX_BODY = 512 * 1024;

    @EJB
    TrackingService tracking;

    @Context
    UriInfo uri;

    private final Clock clock = Clock.systemUTC();

    @POST
    @Path("positions")
    @Consumes(MediaType.APPLICATION_JSON)
    public IngestResult positions(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        checkSize(body);
        PositionBatch batch;
        try {
            batch = body == null || body.isBlank() ? null : Binding.JSONB.fromJson(body, PositionBatch.class);
        } catch (JsonbException e) {
            throw new InvalidRequestException("tracking.body.malformed", "positions");
        }
        if (batch == null) {
            throw new InvalidRequestException("tracking.body.malformed", "positions");
        }
        return tracking.record(bearer(authorization), batch.positions());
    }

    /** The signed-in manager's browser (the «Мой день» page): the same batch, with the session instead of a token. */
    @POST
    @Path("own")
    @Consumes(MediaType.APPLICATION_JSON)
    public IngestResult own(String body) {
        checkSize(body);
        PositionBatch batch;
        try {
            batch = body == null || body.isBlank() ? null : Binding.JSONB.fromJson(body, PositionBatch.class);
        } catch (JsonbException e) {
            throw new InvalidRequestException("tracking.body.malformed", "positions");
        }
        if (batch == null) {
            throw new InvalidRequestException("tracking.body.malformed", "positions");
        }
        return tracking.recordOwn(batch.positions());
    }

    private static void checkSize(String body) {
        if (body != null && body.length() > MAX_BODY) {
            throw new InvalidRequestException("tracking.batch.tooLarge", "positions", PositionRules.MAX_BATCH);
        }
    }

    /** The token of {@code Authorization: Bearer <token>}, or null (then refused as unknown). */
    static String bearer(String authorization) {
        if (authorization == null) {
            return null;
        }
        String value = authorization.strip();
        return value.regionMatches(true, 0, "Bearer ", 0, 7) ? value.substring(7).strip() : null;
    }

    @GET
    @Path("osmand")
    public IngestResult osmAnd() {
        return osmAnd(Map.of());
    }

    /**
     * Traccar Client posts its parameters in the query string (OsmAnd, empty body), as a form, or
     * as a JSON body; whatever the content type it claims, the body decides.
     */
    @POST
    @Path("osmand")
    @Consumes(MediaType.WILDCARD)
    public IngestResult osmAndPost(String body) {
        if (body == null || body.isBlank()) {
            return osmAnd(Map.of());
        }
        checkSize(body);
        String text = body.strip();
        if (!text.startsWith("{")) {
            return osmAnd(form(text));
        }
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            json = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidRequestException("tracking.body.malformed", "body");
        }
        TrackerRequests.Report report = TrackerRequests.fromJson(json);
        String token = report.token() != null ? report.token() : first(uri.getQueryParameters().get("id"));
        return tracking.record(token, List.of(report.position()));
    }

    private static Map<String, List<String>> form(String text) {
        Map<String, List<String>> form = new HashMap<>();
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                form.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("tracking.body.malformed", "body");
            }
        }
        return form;
    }

    private IngestResult osmAnd(Map<String, List<String>> form) {
        Map<String, List<String>> parameters = new HashMap<>(uri.getQueryParameters());
        form.forEach(parameters::putIfAbsent);
        TrackerRequests.Report report = TrackerRequests.fromParameters(parameters, clock.instant());
        return tracking.record(report.token(), List.of(report.position()));
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    @GET
    @Path("last")
    public List<ManagerPosition> last() {
        return tracking.lastPositions();
    }

    @GET
    @Path("track")
    public List<TrackPoint> track(@QueryParam("manager") Long manager, @QueryParam("day") String day) {
        if (manager == null) {
            throw new InvalidRequestException("tracking.manager.required", "manager");
        }
        LocalDate date;
        try {
            date = day == null ? null : LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("tracking.day.invalid", "day");
        }
        return tracking.track(manager, date);
    }

    @GET
    @Path("devices")
    public List<DeviceTokenSummary> devices(@QueryParam("manager") Long manager) {
        if (manager == null) {
            throw new InvalidRequestException("tracking.manager.required", "manager");
        }
        return tracking.tokens(manager);
    }

    @POST
    @Path("devices")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(@QueryParam("manager") Long manager, DeviceTokenRequest request) {
        if (manager == null) {
            throw new InvalidRequestException("tracking.manager.required", "manager");
        }
        DeviceTokenIssued issued = tracking.issueToken(manager, request);
        return Response.created(URI.create("tracking/devices/" + issued.id())).entity(issued).build();
    }

    @DELETE
    @Path("devices/{id}")
    public DeviceTokenSummary revoke(@PathParam("id") long id) {
        return tracking.revokeToken(id);
    }

    /** Made when first used: JSON-B is the server's. */
    private static final class Binding {
        static final Jsonb JSONB = JsonbBuilder.create();
    }
}
