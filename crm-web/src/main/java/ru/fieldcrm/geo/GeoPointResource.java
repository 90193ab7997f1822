package ru.fieldcrm.geo;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A point placed by hand: {@code PUT /api/geo/points/ORDER/12} (or ASSESSMENT/id, CLIENT/address id)
 * with {@code {"latitude":55.75,"longitude":37.61}}; answers the placement, status MANUAL.
 */
@Path("geo/points")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GeoPointResource {

    @EJB
    GeoService geo;

    @PUT
    @Path("{target}/{id}")
    public GeoPlacement place(@PathParam("target") GeoTarget target, @PathParam("id") long id, HandPoint point) {
        return geo.placeByHand(target, id, point);
    }
}
