package ru.fieldcrm.calls;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import ru.fieldcrm.audit.Auditor;

/**
 * Stores an event the PBX posted with its call, in a transaction of its own that does nothing
 * else, so the PBX gets its answer at once. An event whose key is taken is a replay and changes
 * nothing; two copies of one event racing each other are settled by the key's unique index (the
 * loser's transaction fails and the caller treats it as a replay).
 */
@Stateless
@PermitAll
public class CallInbox {

    /** What storing an event did: the call it belongs to, and whether this was the call's first event. */
    public record Stored(long callId, boolean newCall) {
    }

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    Auditor auditor;

    /** Audits what was done outside a transaction (a click-to-call), in one of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void audit(Auditor.Actor actor, String action, long targetId, String details) {
        auditor.record(actor, action, "pbx", targetId, details);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PbxSettings settings() {
        return em.find(PbxSettings.class, PbxSettings.ID);
    }

    /** Stores the event; empty when it was stored before (a replay) or concerns a call it cannot begin. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Stored> record(PbxKind pbx, CallEvent event, String payload, Instant now) {
        boolean seen = !em.createQuery("select e.id from PbxEvent e where e.pbx = :pbx and e.eventKey = :key")
                .setParameter("pbx", pbx).setParameter("key", event.key()).setMaxResults(1).getResultList().isEmpty();
        if (seen) {
            return Optional.empty();
        }
        Optional<PhoneCall> found = em.createQuery("select c from PhoneCall c where c.pbx = :pbx and c.pbxCallId = :id",
                PhoneCall.class).setParameter("pbx", pbx).setParameter("id", event.pbxCallId()).getResultStream()
                .findFirst();
        PhoneCall call = found.orElseGet(() -> PhoneCall.begin(pbx, event, now));
        if (call == null) {
            return Optional.empty();
        }
        call.apply(event);
        if (found.isEmpty()) {
            em.persist(call);
        }
        // The event names its call by id only: the call's row goes first, or its key has nothing to refer to.
        em.flush();
        em.persist(new PbxEvent(pbx, event, call.getId(), payload, now));
        em.flush();
        return Optional.of(new Stored(call.getId(), found.isEmpty()));
    }
}
