package ru.fieldcrm.geo;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.fieldcrm.assessments.AssessmentChanged;
import ru.fieldcrm.clients.ClientSaved;
import ru.fieldcrm.orders.OrderChanged;

/**
 * Asks the geocoder about pending addresses once a save of an order, an assessment or a client has
 * committed, on the managed executor: the user's transaction never waits on a provider. One run at
 * a time per instance; a save during a run asks for another run after it (so nothing saved is
 * missed and the cache is filled before the same address is asked again).
 */
@ApplicationScoped
class GeocodeAfterSave {

    private static final Logger LOG = Logger.getLogger(GeocodeAfterSave.class.getName());

    @EJB
    GeoService geo;

    @Resource
    ManagedExecutorService executor;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    void orderSaved(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderChanged change) {
        request();
    }

    void assessmentSaved(@Observes(during = TransactionPhase.AFTER_SUCCESS) AssessmentChanged change) {
        request();
    }

    void clientSaved(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClientSaved saved) {
        request();
    }

    private void request() {
        again.set(true);
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(this::run);
        } catch (RejectedExecutionException busy) {
            running.set(false);
            LOG.info("Geocoding postponed to the periodic retry: executor busy");
        }
    }

    private void run() {
        try {
            while (again.getAndSet(false)) {
                geo.geocodePending(GeoServiceBean.BATCH);
            }
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Geocoding failed; the periodic retry will take the rest", failure);
        } finally {
            running.set(false);
        }
        if (again.get() && running.compareAndSet(false, true)) {
            executor.execute(this::run);
        }
    }
}
