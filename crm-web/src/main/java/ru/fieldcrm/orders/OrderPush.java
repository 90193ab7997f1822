package ru.fieldcrm.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
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

    /**
     * Creates the bean, and so its push context, when the application starts, outside any request.
     * Created inside the first change's request instead, Mojarra ties the context to that user's
     * view and session, and a view-scoped registry it creates there, once that view ends, fixes
     * Mojarra's server-wide websocket registry on this deployment: after a redeployment the pages'
     * websockets would then be listening where no push is sent.
     */
    void startWithTheApplication(@Observes @Initialized(ApplicationScoped.class) Object started) {
        LOG.fine("Order changes are pushed on the channel 'orders'");
    }

    public void changed(long orderId) {
        orders.send(CHANGED);
        LOG.fine(() -> "Pushed a change of order " + orderId);
    }
}
