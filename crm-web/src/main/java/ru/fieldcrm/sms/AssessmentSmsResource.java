package ru.fieldcrm.sms;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /api/assessments/{id}/sms}: the messages of a site assessment, oldest first. */
@Path("assessments/{id}/sms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentSmsResource {

    @EJB
    SmsService sms;

    @GET
    public List<SmsMessageSummary> messages(@PathParam("id") long assessmentId) {
        return sms.ofAssessment(assessmentId);
    }
}
