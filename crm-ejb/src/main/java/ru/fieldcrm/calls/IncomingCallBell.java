package ru.fieldcrm.calls;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rings the users whose extension an incoming call reaches, after the call is stored and linked.
 * The web module listens (it owns the pages' websockets); this module only knows that somebody
 * listens, so the follow-up of a call never depends on the pages.
 */
@Singleton
@LocalBean
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class IncomingCallBell {

    /** A call ringing a user. */
    public record Ring(long callId, long userId) {
    }

    private static final Logger LOG = Logger.getLogger(IncomingCallBell.class.getName());

    private final List<Consumer<Ring>> listeners = new CopyOnWriteArrayList<>();

    public void listen(Consumer<Ring> listener) {
        listeners.add(listener);
    }

    public void forget(Consumer<Ring> listener) {
        listeners.remove(listener);
    }

    public void ring(long callId, long userId) {
        Ring ring = new Ring(callId, userId);
        for (Consumer<Ring> listener : listeners) {
            try {
                listener.accept(ring);
            } catch (RuntimeException failure) {
                LOG.log(Level.WARNING, "Ringing user " + userId + " of call " + callId + " failed", failure);
            }
        }
        LOG.fine(() -> "Call " + callId + " rang user " + userId);
    }
}
