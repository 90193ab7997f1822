package ru.fieldcrm.calls;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.function.Consumer;
import org.omnifaces.cdi.Push;
import org.omnifaces.cdi.PushContext;

/**
 * Carries the bell of an incoming call to the pages of the user it rings: the layout's
 * {@code <o:socket channel="incomingCall" user="…">} gets the call's id and asks for its card.
 * Only the id travels over the socket; the card is read through the service, with its rights.
 */
@ApplicationScoped
public class IncomingCallPush {

    @Inject
    @Push(channel = "incomingCall")
    PushContext socket;

    @EJB
    IncomingCallBell bell;

    private final Consumer<IncomingCallBell.Ring> listener = ring -> socket.send(ring.callId(), ring.userId());

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        bell.listen(listener);
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        bell.forget(listener);
    }
}
