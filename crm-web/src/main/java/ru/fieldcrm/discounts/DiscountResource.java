package ru.fieldcrm.discounts;

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

/** Discount types as JSON: everyone reads them, the administrator keeps them. */
@Path("discount-types")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DiscountResource {

    @EJB
    DiscountService discounts;

    @GET
    public List<DiscountTypeDetails> list(@QueryParam("active") @DefaultValue("false") boolean activeOnly) {
        return discounts.list(activeOnly);
    }

    @POST
    public Response create(DiscountTypeForm form) {
        DiscountTypeDetails created = discounts.create(form);
        return Response.created(URI.create("discount-types/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public DiscountTypeDetails update(@PathParam("id") long id, @QueryParam("version") long version,
            DiscountTypeForm form) {
        return discounts.update(id, version, form);
    }
}
