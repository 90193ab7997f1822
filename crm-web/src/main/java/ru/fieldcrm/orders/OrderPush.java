package ru.fieldcrm.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Tells every open page that shows orders that orders changed, so that it reloads them (within a
 * second, over the Faces websocket). Called after a change succeeded, by the pages and the API.
 */
@ApplicationScoped
public class OrderPush {

    /** The event name the pages' {@code <f:websocket channel="orders">} listen for. */
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
