package ru.fieldcrm.pricelist;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.Map;
import ru.fieldcrm.shared.InvalidRequestException;

/**
 * The price list as JSON: everyone signed in reads the active items ({@code ?q=} part of a name or
 * group, {@code ?active=true|false}, the administrator also inactive ones); the administrator keeps
 * the list. Deleting an item that an order names deactivates it ({@code {"outcome":"DEACTIVATED"}}).
 */
@Path("price-list")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PriceListResource {

    @EJB
    PriceListService priceList;

    @GET
    public List<ServiceItemDetails> find(@QueryParam("q") String text, @QueryParam("active") String active) {
        return priceList.find(text, activity(active));
    }

    /** {@code true}, {@code false}, or empty for both. */
    private static Boolean activity(String active) {
        if (active == null || active.isBlank()) {
            return null;
        }
        return switch (active.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidRequestException("pricelist.active.invalid", "active");
        };
    }

    @POST
    public Response create(ServiceItemForm form) {
        ServiceItemDetails created = priceList.create(form);
        return Response.created(URI.create("price-list/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public ServiceItemDetails update(@PathParam("id") long id, @QueryParam("version") long version,
            ServiceItemForm form) {
        return priceList.update(id, version, form);
    }

    @DELETE
    @Path("{id}")
    public Map<String, ItemRemoval> remove(@PathParam("id") long id, @QueryParam("version") long version) {
        return Map.of("outcome", priceList.remove(id, version));
    }
}
