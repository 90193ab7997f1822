package ru.fieldcrm.sms;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code GET /api/orders/{id}/sms}: the messages of an order, oldest first. A resource of its own
 * beside the orders' (its literal path wins for this address only), so that orders know nothing
 * of SMS.
 */
@Path("orders/{id}/sms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrderSmsResource {

    @EJB
    SmsService sms;

    @GET
    public List<SmsMessageSummary> messages(@PathParam("id") long orderId) {
        return sms.ofOrder(orderId);
    }
}
