package ru.fieldcrm.shared;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** {@code GET /api/health}: 200 {"status":"UP"} when the database answers, 503 otherwise. */
@Path("health")
@RequestScoped
public class HealthResource {

    @EJB
    HealthService health;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response check() {
        boolean up = health.databaseAnswers();
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(Map.of("status", up ? "UP" : "DOWN", "database", up ? "UP" : "DOWN"))
                .build();
    }
}
