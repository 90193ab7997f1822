package ru.fieldcrm.organizer;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import ru.fieldcrm.orders.OrderPush;

/**
 * The visits of a period as JSON, the same data the calendar and the board show, and moving a
 * visit as they do: {@code GET /api/schedule?from&to&manager…&kind…}, {@code POST /api/schedule/moves}.
 */
@Path("schedule")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScheduleResource {

    @EJB
    ScheduleService schedule;

    @Inject
    OrderPush push;

    @GET
    public List<Visit> visits(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("manager") Set<Long> managerIds, @QueryParam("kind") Set<VisitKind> kinds) {
        return schedule.visits(new VisitQuery(from, to, managerIds, kinds));
    }

    @POST
    @Path("moves")
    public Visit move(VisitMove move) {
        Visit moved = schedule.move(move);
        push.changed(moved.id());
        return moved;
    }
}
