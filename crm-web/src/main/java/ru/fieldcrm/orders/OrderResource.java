package ru.fieldcrm.orders;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import ru.fieldcrm.shared.PageRequest;
import ru.fieldcrm.shared.PageResult;
import ru.fieldcrm.shared.ProblemMappers;
import ru.fieldcrm.shared.xlsx.XlsxDownload;

/**
 * Orders as JSON, through the same service as the pages: the same rights field by field, the same
 * refusals. Every change names the {@code version} it was made on.
 */
@Path("orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderResource {

    /** A reason, for a cancellation. */
    public record ReasonBody(String reason) {
    }

    /** The manager's price change. */
    public record PriceChangeBody(BigDecimal change, String reason) {
    }

    /** The evening correction of the final sum. */
    public record FinalSumBody(BigDecimal finalSum, String reason) {
    }

    /** The comment that goes with a mark ("finished"). */
    public record CommentBody(String comment) {
    }

    /** Which manager's day (empty: the caller's) and which day. */
    public record DayBody(Long managerId, LocalDate day) {
    }

    @EJB
    OrderService orders;

    @Inject
    OrderPush push;

    @Inject
    OrderExport export;

    private OrderDetails pushed(OrderDetails order) {
        push.changed(order.id());
        return order;
    }

    @GET
    public PageResult<OrderSummary> list(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("status") Set<OrderStatus> statuses, @QueryParam("manager") Long managerId,
            @QueryParam("client") Long clientId,
            @QueryParam("q") String text, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size, @QueryParam("sort") String sort,
            @QueryParam("asc") @DefaultValue("true") boolean ascending) {
        return orders.find(new OrderQuery(from, to, statuses, managerId, clientId, text, new PageRequest(first, size, sort, ascending)));
    }

    /**
     * The orders the same filter and sort as {@link #list} match, as an {@code .xlsx} file (the
     * list's columns, the totals row, the period in the file's name), streamed as it is written.
     * The filter is checked and the first batch read before the answer starts, so a bad filter or
     * more orders than a sheet holds is a 400 problem, not a broken file.
     */
    @GET
    @Path("export")
    @Produces({XlsxDownload.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response export(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("status") Set<OrderStatus> statuses, @QueryParam("manager") Long managerId,
            @QueryParam("client") Long clientId, @QueryParam("q") String text, @QueryParam("sort") String sort,
            @QueryParam("asc") @DefaultValue("true") boolean ascending, @Context HttpHeaders headers) {
        OrderExport.Prepared prepared = export.prepare(new OrderQuery(from, to, statuses, managerId, clientId, text,
                new PageRequest(0, 1, sort, ascending)), ProblemMappers.locale(headers));
        return XlsxDownload.response(prepared.fileName(), prepared::writeTo);
    }

    @GET
    @Path("{id}")
    public OrderDetails get(@PathParam("id") long id) {
        return orders.get(id);
    }

    @GET
    @Path("{id}/history")
    public List<OrderChangeEntry> history(@PathParam("id") long id) {
        return orders.history(id);
    }

    @POST
    public Response create(OrderForm form) {
        OrderDetails created = pushed(orders.create(form));
        return Response.created(URI.create("orders/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public OrderDetails update(@PathParam("id") long id, @QueryParam("version") long version, OrderForm form) {
        return pushed(orders.update(id, version, form));
    }

    @POST
    @Path("{id}/cancel")
    public OrderDetails cancel(@PathParam("id") long id, @QueryParam("version") long version, ReasonBody body) {
        return pushed(orders.cancel(id, version, body == null ? null : body.reason()));
    }

    @POST
    @Path("{id}/price-change")
    public OrderDetails changePrice(@PathParam("id") long id, @QueryParam("version") long version, PriceChangeBody body) {
        return pushed(orders.changePrice(id, version, body == null ? null : body.change(), body == null ? null : body.reason()));
    }

    @POST
    @Path("{id}/final-sum")
    public OrderDetails correctFinalSum(@PathParam("id") long id, @QueryParam("version") long version, FinalSumBody body) {
        return pushed(orders.correctFinalSum(id, version, body == null ? null : body.finalSum(), body == null ? null : body.reason()));
    }

    @POST
    @Path("{id}/marks/{mark}")
    public OrderDetails mark(@PathParam("id") long id, @PathParam("mark") OrderMark mark,
            @QueryParam("version") long version, CommentBody body) {
        return pushed(orders.mark(id, version, mark, body == null ? null : body.comment()));
    }

    @POST
    @Path("days/close")
    public DayCloseResult closeDay(DayBody body) {
        DayCloseResult closed = orders.closeDay(body == null ? null : body.managerId(), body == null ? null : body.day());
        push.changed(0);
        return closed;
    }
}
