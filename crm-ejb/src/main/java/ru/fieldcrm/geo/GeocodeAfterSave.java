package ru.fieldcrm.geo;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.fieldcrm.assessments.AssessmentChanged;
import ru.fieldcrm.clients.ClientSaved;
import ru.fieldcrm.orders.OrderChanged;

/**
 * Asks the geocoder about what was just saved (an order, an assessment, a client's addresses) once
 * the save has committed, on the managed executor: the user's transaction never waits on a
 * provider. One worker at a time per instance takes the saves in order, so the second save of an
 * address finds the first one's answer in the cache. What is lost here (a restart, a full
 * executor) stays pending for the periodic retry.
 */
@ApplicationScoped
class GeocodeAfterSave {

    private static final Logger LOG = Logger.getLogger(GeocodeAfterSave.class.getName());

    private record Saved(GeoTarget target, long id) {
    }

    @EJB
    GeoService geo;

    @Resource
    ManagedExecutorService executor;

    private final Queue<Saved> saved = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean();

    void orderSaved(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderChanged change) {
        request(new Saved(GeoTarget.ORDER, change.orderId()));
    }

    void assessmentSaved(@Observes(during = TransactionPhase.AFTER_SUCCESS) AssessmentChanged change) {
        request(new Saved(GeoTarget.ASSESSMENT, change.assessmentId()));
    }

    void clientSaved(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClientSaved change) {
        request(new Saved(GeoTarget.CLIENT, change.clientId()));
    }

    private void request(Saved what) {
        if (!saved.contains(what)) {
            saved.add(what);
        }
        start();
    }

    private void start() {
        if (saved.isEmpty() || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(this::run);
        } catch (RejectedExecutionException busy) {
            running.set(false);
            LOG.info("Geocoding left to the periodic retry: executor busy");
        }
    }

    private void run() {
        try {
            for (Saved next = saved.poll(); next != null; next = saved.poll()) {
                Saved current = next;
                try {
                    geo.geocode(current.target(), current.id());
                } catch (RuntimeException failure) {
                    LOG.log(Level.WARNING, "Geocoding of " + current.target() + " " + current.id()
                            + " failed; the periodic retry will take it", failure);
                }
            }
        } finally {
            running.set(false);
        }
        start();
    }
}
