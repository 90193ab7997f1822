package ru.fieldcrm.calls;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The PBX settings every event is heard with (and click-to-call and recordings' links asked
 * with), read once rather than once an event. A save of the
 * settings on this server takes effect for the next event after its commit; one on another server
 * of a cluster within {@link #FRESH}, after which the row is read again.
 */
@ApplicationScoped
public class PbxSettingsInEffect {

    /** How long settings read from the row are used before it is read again (another server may have saved). */
    static final Duration FRESH = Duration.ofSeconds(5);

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** What was read, when, and in which generation (a save here begins a new one). */
    private record Read(PbxSettings.InEffect settings, long atNanos, long generation) {
    }

    private final AtomicReference<Read> read = new AtomicReference<>();
    private final AtomicLong generation = new AtomicLong();

    /** The settings in effect, read from the row when those held are older than {@link #FRESH} or were saved since. */
    PbxSettings.InEffect get() {
        long now = System.nanoTime();
        long current = generation.get();
        Read held = read.get();
        if (held != null && held.generation() == current && now - held.atNanos() < FRESH.toNanos()) {
            return held.settings();
        }
        // Read in the generation seen before reading: a save committed meanwhile makes this one stale at once.
        Read fresh = new Read(em.find(PbxSettings.class, PbxSettings.ID).inEffect(), now, current);
        read.set(fresh);
        return fresh.settings();
    }

    /** The settings row changed in the current transaction: what is held is forgotten once it ends. */
    void changed() {
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    generation.incrementAndGet();
                }
            });
        } else {
            generation.incrementAndGet();
        }
    }

    /** Tells the settings in effect that the row was saved, whoever saved it through JPA. */
    public static class Saved {

        @PostPersist
        @PostUpdate
        void saved(PbxSettings settings) {
            CDI.current().select(PbxSettingsInEffect.class).get().changed();
        }
    }
}
