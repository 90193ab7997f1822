package ru.fieldcrm.calls;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.LocalDate;
import ru.fieldcrm.shared.PageResult;

/** The call log as JSON ({@code ?client=} for a client's calls). */
@Path("calls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CallResource {

    @EJB
    CallService calls;

    @POST
    @Path("callback")
    public Response callback(CallbackRequest request) {
        calls.callback(request);
        return Response.accepted().build();
    }

    /** The call's recording: 303 to where it plays now (the PBX's links expire; ask again each time). */
    @GET
    @Path("{id}/recording")
    public Response recording(@PathParam("id") long id) {
        return Response.seeOther(URI.create(calls.recording(id))).build();
    }

    @GET
    public PageResult<CallSummary> calls(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("direction") CallDirection direction, @QueryParam("user") Long userId,
            @QueryParam("client") Long clientId, @QueryParam("missed") boolean missedOnly,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("50") int size) {
        return calls.find(new CallQuery(from, to, direction, userId, clientId, missedOnly, first, size));
    }
}
