package ru.fieldcrm.assessments;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import ru.fieldcrm.orders.OrderDetails;
import ru.fieldcrm.orders.OrderForm;
import ru.fieldcrm.orders.OrderPush;
import ru.fieldcrm.shared.PageRequest;
import ru.fieldcrm.shared.PageResult;

/** Site assessments as JSON, through the same service and rights as the pages. */
@Path("assessments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    /** A reason, for a cancellation. */
    public record ReasonBody(String reason) {
    }

    @EJB
    AssessmentService assessments;

    @Inject
    OrderPush push;

    private AssessmentDetails pushed(AssessmentDetails assessment) {
        push.changed(assessment.id());
        return assessment;
    }

    @GET
    public PageResult<AssessmentSummary> list(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("status") Set<AssessmentStatus> statuses, @QueryParam("manager") Long managerId,
            @QueryParam("client") Long clientId, @QueryParam("q") String text,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("50") int size,
            @QueryParam("sort") String sort, @QueryParam("asc") @DefaultValue("true") boolean ascending) {
        return assessments.find(new AssessmentQuery(from, to, statuses, managerId, clientId, text,
                new PageRequest(first, size, sort, ascending)));
    }

    @GET
    @Path("{id}")
    public AssessmentDetails get(@PathParam("id") long id) {
        return assessments.get(id);
    }

    @GET
    @Path("{id}/history")
    public List<AssessmentChangeEntry> history(@PathParam("id") long id) {
        return assessments.history(id);
    }

    @POST
    public Response create(AssessmentForm form) {
        AssessmentDetails created = pushed(assessments.create(form));
        return Response.created(URI.create("assessments/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public AssessmentDetails update(@PathParam("id") long id, @QueryParam("version") long version, AssessmentForm form) {
        return pushed(assessments.update(id, version, form));
    }

    @POST
    @Path("{id}/cancel")
    public AssessmentDetails cancel(@PathParam("id") long id, @QueryParam("version") long version, ReasonBody body) {
        return pushed(assessments.cancel(id, version, body == null ? null : body.reason()));
    }

    @POST
    @Path("{id}/result")
    public AssessmentDetails result(@PathParam("id") long id, @QueryParam("version") long version,
            AssessmentResult result) {
        return pushed(assessments.recordResult(id, version, result));
    }

    /** Books the order the assessment leads to and links the two. */
    @POST
    @Path("{id}/order")
    public Response toOrder(@PathParam("id") long id, @QueryParam("version") long version, OrderForm form) {
        OrderDetails order = assessments.toOrder(id, version, form);
        push.changed(order.id());
        return Response.created(URI.create("orders/" + order.id())).entity(order).build();
    }
}
