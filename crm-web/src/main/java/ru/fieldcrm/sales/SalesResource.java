package ru.fieldcrm.sales;

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
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.List;
import ru.fieldcrm.assessments.AssessmentDetails;
import ru.fieldcrm.assessments.AssessmentForm;
import ru.fieldcrm.orders.OrderDetails;
import ru.fieldcrm.orders.OrderForm;
import ru.fieldcrm.shared.Formats;
import ru.fieldcrm.shared.ProblemMappers;
import ru.fieldcrm.shared.xlsx.XlsxDownload;

/**
 * Sales as JSON: the pipelines (the administrator keeps them), the lost reasons, the settings, and
 * the deals — listed with {@code ?pipeline&responsible&from&to&open&closedSince}, created, changed at a
 * {@code version}, moved between stages, with their history, notes, negotiations and tasks; the
 * caller's open tasks. The rights are the service's.
 */
@Path("sales")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SalesResource {

    @EJB
    SalesService sales;

    @Inject
    Formats formats;

    @Inject
    SalesFiguresExport exporter;

    @GET
    @Path("pipelines")
    public List<PipelineView> pipelines() {
        return sales.pipelines();
    }

    @POST
    @Path("pipelines")
    public Response createPipeline(PipelineForm form) {
        PipelineView created = sales.createPipeline(form);
        return Response.created(URI.create("sales/pipelines/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("pipelines/{id}")
    public PipelineView updatePipeline(@PathParam("id") long id, @QueryParam("version") long version, PipelineForm form) {
        return sales.updatePipeline(id, version, form);
    }

    @GET
    @Path("lost-reasons")
    public List<LostReasonView> lostReasons() {
        return sales.lostReasons();
    }

    @POST
    @Path("lost-reasons")
    public Response addLostReason(LostReasonForm form) {
        LostReasonView reason = sales.addLostReason(form);
        return Response.status(Response.Status.CREATED).entity(reason).build();
    }

    @PUT
    @Path("lost-reasons/{id}")
    public LostReasonView updateLostReason(@PathParam("id") long id, @QueryParam("version") long version,
            LostReasonForm form) {
        return sales.updateLostReason(id, version, form);
    }

    @GET
    @Path("settings")
    public SalesSettings settings() {
        return sales.settings();
    }

    @PUT
    @Path("settings")
    public SalesSettings saveSettings(SalesSettings settings) {
        return sales.saveSettings(settings);
    }

    @GET
    @Path("deals")
    public List<DealView> deals(@QueryParam("pipeline") Long pipelineId, @QueryParam("responsible") Long responsibleId,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("open") @DefaultValue("false") boolean openOnly,
            @QueryParam("closedSince") LocalDate closedSince) {
        return sales.deals(new DealFilter(pipelineId, responsibleId, from, to, openOnly, closedSince));
    }

    @POST
    @Path("deals")
    public Response create(DealForm form) {
        DealView created = sales.create(form);
        return Response.created(URI.create("sales/deals/" + created.id())).entity(created).build();
    }

    @GET
    @Path("deals/{id}")
    public DealView deal(@PathParam("id") long id) {
        return sales.deal(id);
    }

    @PUT
    @Path("deals/{id}")
    public DealView update(@PathParam("id") long id, @QueryParam("version") long version, DealForm form) {
        return sales.update(id, version, form);
    }

    @POST
    @Path("deals/{id}/move")
    public DealView move(@PathParam("id") long id, @QueryParam("version") long version, DealMove move) {
        return sales.move(id, version, move);
    }

    @GET
    @Path("deals/{id}/history")
    public List<DealEventView> history(@PathParam("id") long id) {
        return sales.history(id);
    }

    @GET
    @Path("deals/{id}/activities")
    public List<ActivityView> activities(@PathParam("id") long id) {
        return sales.activities(id);
    }

    @POST
    @Path("deals/{id}/activities")
    public Response addActivity(@PathParam("id") long id, ActivityForm form) {
        ActivityView added = sales.addActivity(id, form);
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    /** The caller's open tasks, the earliest first. */
    @GET
    @Path("tasks")
    public List<ActivityView> myTasks() {
        return sales.myTasks();
    }

    @POST
    @Path("tasks/{id}/done")
    public ActivityView completeTask(@PathParam("id") long id, @QueryParam("version") long version) {
        return sales.completeTask(id, version);
    }

    /** The office books the order of a won deal, linked back to it. */
    @POST
    @Path("deals/{id}/order")
    public Response toOrder(@PathParam("id") long id, @QueryParam("version") long version, OrderForm form) {
        OrderDetails order = sales.toOrder(id, version, form);
        return Response.created(URI.create("orders/" + order.id())).entity(order).build();
    }

    @POST
    @Path("deals/{id}/assessment")
    public Response toAssessment(@PathParam("id") long id, @QueryParam("version") long version, AssessmentForm form) {
        AssessmentDetails assessment = sales.toAssessment(id, version, form);
        return Response.created(URI.create("assessments/" + assessment.id())).entity(assessment).build();
    }

    @GET
    @Path("deals/{id}/calls")
    public List<ru.fieldcrm.calls.CallSummary> calls(@PathParam("id") long id) {
        return sales.calls(id);
    }

    @GET
    @Path("deals/{id}/links")
    public List<DealLinkView> links(@PathParam("id") long id) {
        return sales.links(id);
    }

    /** Each salesperson's figures and the funnel; a period left out is this month. */
    @GET
    @Path("figures")
    public SalesFigures figures(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("pipeline") Long pipelineId, @QueryParam("seller") Long sellerId) {
        LocalDate today = formats.today();
        return sales.figures(from == null ? today.withDayOfMonth(1) : from,
                to == null ? today.withDayOfMonth(today.lengthOfMonth()) : to, pipelineId, sellerId);
    }

    /** The same figures as an {@code .xlsx} file named with the period. */
    @GET
    @Path("figures/export")
    @Produces({XlsxDownload.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response figuresExport(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("pipeline") Long pipelineId, @QueryParam("seller") Long sellerId, @Context HttpHeaders headers) {
        SalesFigures shown = figures(from, to, pipelineId, sellerId);
        Locale locale = ProblemMappers.locale(headers);
        return XlsxDownload.response(exporter.fileName(shown, locale), out -> exporter.write(shown, locale, out));
    }

    @GET
    @Path("plans")
    public List<SalesPlan> plans(@QueryParam("month") String month) {
        return sales.plans(month(month));
    }

    @PUT
    @Path("plans")
    public List<SalesPlan> savePlans(List<SalesPlan> plans) {
        return sales.savePlans(plans);
    }

    private static YearMonth month(String text) {
        try {
            return text == null ? null : YearMonth.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ru.fieldcrm.shared.InvalidRequestException("sales.plan.monthRequired", "month");
        }
    }
}
