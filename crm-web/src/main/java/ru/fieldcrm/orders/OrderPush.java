package ru.fieldcrm.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.omnifaces.cdi.Push;
import org.omnifaces.cdi.PushContext;

/**
 * Tells every open page that shows orders or assessments that they changed, so that it reloads
 * them (within a second, over OmniFaces' websocket, {@code <o:socket channel="orders">}). Called
 * after a change succeeded, by the pages and the API.
 */
@ApplicationScoped
public class OrderPush {

    /** The event the pages' sockets receive. */
    public static final String CHANGED = "changed";

    private static final Logger LOG = Logger.getLogger(OrderPush.class.getName());

    @Inject
    @Push(channel = "orders")
    PushContext orders;

    public void changed(long orderId) {
        orders.send(CHANGED);
        LOG.fine(() -> "Pushed a change of order " + orderId);
    }
}
