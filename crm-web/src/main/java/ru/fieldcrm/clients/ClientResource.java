package ru.fieldcrm.clients;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import ru.fieldcrm.shared.PageRequest;
import ru.fieldcrm.shared.PageResult;

/**
 * The client cards as JSON under {@code /api/clients}. The same service as the pages, so the same
 * rights (everyone reads, operators and administrators write, administrators merge) and refusals.
 */
@Path("clients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientResource {

    @EJB
    ClientService clients;

    @GET
    public PageResult<ClientSummary> list(@QueryParam("q") String text,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("50") int size,
            @QueryParam("sort") String sort, @QueryParam("asc") @DefaultValue("true") boolean ascending) {
        return clients.find(new ClientQuery(text, new PageRequest(first, size, sort, ascending)));
    }

    /** The clients whose number contains the digits typed so far: what the order form offers. */
    @GET
    @Path("match")
    public List<ClientMatch> match(@QueryParam("phone") String phone) {
        return clients.matchByPhone(phone);
    }

    @GET
    @Path("{id: \\d+}")
    public ClientDetails get(@PathParam("id") long id) {
        return clients.get(id);
    }

    @POST
    public Response create(NewClientRequest request) {
        ClientDetails created = clients.create(request);
        return Response.created(URI.create("clients/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id: \\d+}")
    public ClientDetails update(@PathParam("id") long id, ClientUpdateRequest request) {
        if (request == null) {
            return clients.update(null);
        }
        return clients.update(new ClientUpdateRequest(id, request.version(), request.name(), request.phones(),
                request.addresses(), request.email(), request.comment(), request.source()));
    }

    /** Merges the client {@code id} (a duplicate) into {@code keptId}; answers the kept client. */
    @POST
    @Path("{id: \\d+}/merge-into/{keptId: \\d+}")
    public ClientDetails mergeInto(@PathParam("id") long id, @PathParam("keptId") long keptId) {
        return clients.mergeInto(id, keptId);
    }
}
