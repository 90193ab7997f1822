package ru.fieldcrm.sms;

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
import java.time.LocalDate;
import ru.fieldcrm.shared.PageRequest;
import ru.fieldcrm.shared.PageResult;

/**
 * SMS settings, the editor's preview, a test message and the log as JSON, through the same
 * service and rights as the pages: settings, preview, test and resend are the administrator's,
 * the log the administrator's and the operator's. A refused save lists every invalid field.
 */
@Path("sms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SmsResource {

    /** A template to render: which trigger's values it takes, and its text. */
    public record PreviewBody(SmsTrigger trigger, String text) {
    }

    /** A test message: where it goes and what it says. */
    public record TestBody(String phone, String text) {
    }

    @EJB
    SmsService sms;

    @GET
    @Path("settings")
    public SmsSettingsDetails settings() {
        return sms.settings();
    }

    @PUT
    @Path("settings")
    public SmsSettingsDetails save(@QueryParam("version") long version, SmsSettingsForm form) {
        return sms.save(version, form);
    }

    @POST
    @Path("preview")
    public SmsPreview preview(PreviewBody body) {
        return sms.preview(body == null ? null : body.trigger(), body == null ? null : body.text());
    }

    @POST
    @Path("test")
    public SmsMessageSummary sendTest(TestBody body) {
        return sms.sendTest(body == null ? null : body.phone(), body == null ? null : body.text());
    }

    /** The log, newest first: the day written [from, to], status, order number, digits of the phone. */
    @GET
    @Path("messages")
    public PageResult<SmsMessageSummary> messages(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("status") SmsStatus status, @QueryParam("order") Long orderNumber,
            @QueryParam("phone") String phone, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        return sms.find(new SmsQuery(from, to, status, orderNumber, phone, new PageRequest(first, size, null, false)));
    }

    /** Sends a failed, undelivered, dropped or uncertain message again; answers the new message. */
    @POST
    @Path("messages/{id}/resend")
    public SmsMessageSummary resend(@PathParam("id") long id) {
        return sms.resend(id);
    }
}
