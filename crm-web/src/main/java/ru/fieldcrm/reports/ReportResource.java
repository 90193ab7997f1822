package ru.fieldcrm.reports;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import ru.fieldcrm.shared.Formats;
import ru.fieldcrm.shared.ProblemMappers;
import ru.fieldcrm.shared.xlsx.XlsxDownload;

/**
 * The reports as JSON, through the same service calls and rights as the pages. A period left out is
 * this month (in the company's time zone); a manager who sees only their own figures and asks for
 * another's gets 403. The job's runs and the access settings are the administrator's.
 */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportResource {

    /** A run for a period. */
    public record RunBody(LocalDate from, LocalDate to) {
    }

    @EJB
    ReportService reports;

    @EJB
    FinanceJobService jobs;

    @Inject
    Formats formats;

    @Inject
    FinanceExport exporter;

    @Inject
    ReportExports exports;

    @GET
    @Path("finance")
    public FinanceReport finance(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("manager") Long managerId) {
        return reports.finance(period(from, to), managerId);
    }

    /** The same figures as {@link #finance}, as an {@code .xlsx} file named with the period. */
    @GET
    @Path("finance/export")
    @Produces({XlsxDownload.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response financeExport(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("manager") Long managerId, @Context HttpHeaders headers) {
        FinanceReport report = reports.finance(period(from, to), managerId);
        Locale locale = ProblemMappers.locale(headers);
        return XlsxDownload.response(exporter.fileName(report, locale), out -> exporter.write(report, locale, out));
    }

    @GET
    @Path("managers")
    public ManagersReport managers(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("manager") Long managerId) {
        return reports.managers(period(from, to), managerId);
    }

    @GET
    @Path("managers/export")
    @Produces({XlsxDownload.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response managersExport(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("manager") Long managerId, @Context HttpHeaders headers) {
        ReportPeriod period = period(from, to);
        return file(ReportKind.MANAGERS, period, reports.managers(period, managerId), headers);
    }

    @GET
    @Path("upsells")
    public UpsellReport upsells(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("manager") Long managerId) {
        return reports.upsells(period(from, to), managerId);
    }

    @GET
    @Path("upsells/export")
    @Produces({XlsxDownload.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response upsellsExport(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("manager") Long managerId, @Context HttpHeaders headers) {
        ReportPeriod period = period(from, to);
        return file(ReportKind.UPSELLS, period, reports.upsells(period, managerId), headers);
    }

    @GET
    @Path("discounts")
    public DiscountReport discounts(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("manager") Long managerId) {
        return reports.discounts(period(from, to), managerId);
    }

    @GET
    @Path("discounts/export")
    @Produces({XlsxDownload.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response discountsExport(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("manager") Long managerId, @Context HttpHeaders headers) {
        ReportPeriod period = period(from, to);
        return file(ReportKind.DISCOUNTS, period, reports.discounts(period, managerId), headers);
    }

    @GET
    @Path("orders")
    public OrderStatusReport orders(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("manager") Long managerId) {
        return reports.orders(period(from, to), managerId);
    }

    @GET
    @Path("orders/export")
    @Produces({XlsxDownload.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response ordersExport(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("manager") Long managerId, @Context HttpHeaders headers) {
        ReportPeriod period = period(from, to);
        return file(ReportKind.ORDERS, period, reports.orders(period, managerId), headers);
    }

    @GET
    @Path("assessments")
    public AssessmentReport assessments(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("manager") Long managerId) {
        return reports.assessments(period(from, to), managerId);
    }

    @GET
    @Path("assessments/export")
    @Produces({XlsxDownload.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response assessmentsExport(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("manager") Long managerId, @Context HttpHeaders headers) {
        ReportPeriod period = period(from, to);
        return file(ReportKind.ASSESSMENTS, period, reports.assessments(period, managerId), headers);
    }

    /** A report already answered (so a refusal is a 403 before any byte) as its {@code .xlsx} file. */
    private Response file(ReportKind kind, ReportPeriod period, Object report, HttpHeaders headers) {
        Locale locale = ProblemMappers.locale(headers);
        return XlsxDownload.response(exports.fileName(kind, period, locale), out -> exports.write(report, locale, out));
    }

    @GET
    @Path("visible")
    public Set<ReportKind> visible() {
        return reports.visible();
    }

    @GET
    @Path("runs")
    public List<FinanceRunSummary> runs(@QueryParam("limit") @DefaultValue("20") int limit) {
        return jobs.runs(limit);
    }

    @POST
    @Path("runs")
    public Response start(RunBody body) {
        FinanceRunSummary run = jobs.start(body == null ? null : new ReportPeriod(body.from(), body.to()));
        return Response.status(Response.Status.ACCEPTED).entity(run).build();
    }

    @GET
    @Path("runs/{id}")
    public FinanceRunSummary run(@PathParam("id") long id) {
        return jobs.run(id);
    }

    @POST
    @Path("runs/{id}/restart")
    public Response restart(@PathParam("id") long id) {
        return Response.status(Response.Status.ACCEPTED).entity(jobs.restart(id)).build();
    }

    @GET
    @Path("access")
    public List<ReportAccessEntry> access() {
        return reports.access();
    }

    @PUT
    @Path("access")
    public List<ReportAccessEntry> saveAccess(List<ReportAccessEntry> entries) {
        return reports.saveAccess(entries);
    }

    private ReportPeriod period(LocalDate from, LocalDate to) {
        LocalDate today = formats.today();
        return new ReportPeriod(from == null ? today.withDayOfMonth(1) : from,
                to == null ? today.withDayOfMonth(today.lengthOfMonth()) : to);
    }
}
