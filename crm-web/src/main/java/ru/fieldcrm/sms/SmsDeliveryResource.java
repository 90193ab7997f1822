package ru.fieldcrm.sms;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where SMS.ru and SMSC.ru post delivery reports: open without a session (web.xml), heard only
 * with the token the settings page shows; an unknown token is a 404.
 */
@Path("sms/delivery/{token}")
@RequestScoped
public class SmsDeliveryResource {

    @EJB
    SmsService sms;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_PLAIN)
    public String report(@PathParam("token") String token, MultivaluedMap<String, String> form) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        form.forEach((name, values) -> fields.put(name, List.copyOf(values)));
        return sms.report(token, fields);
    }
}
