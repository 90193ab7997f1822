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
import ru.fieldcrm.shared.SqlValues;

/**
 * Stores an event the PBX posted with its call, in a transaction of its own that does nothing
 * else, so the PBX gets its answer at once. Nothing is read to be written back: the call's row is
 * inserted unless it is there, the event's key is inserted unless it is taken (a replay changes
 * nothing more), and the event is applied to the row by one update ({@link PhoneCall#change}).
 * Events of one call arriving together queue on the row's lock for a moment and never undo each
 * other's columns. The inserts' "unless there" is {@code on conflict do nothing}, which PostgreSQL
 * and H2 (in its PostgreSQL mode) both read.
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
        boolean newCall = PhoneCall.begins(event) && em.createNativeQuery("insert into phone_call"
                        + " (id, pbx, pbx_call_id, direction, started_at, created_at, version)"
                        + " values (nextval('phone_call_seq'), ?1, ?2, ?3, ?4, ?5, 0) on conflict do nothing")
                .setParameter(1, pbx.name()).setParameter(2, event.pbxCallId()).setParameter(3, event.direction().name())
                .setParameter(4, SqlValues.parameter(event.at() == null ? now : event.at()))
                .setParameter(5, SqlValues.parameter(now)).executeUpdate() == 1;
        // The key names its call by id: no row of the call (a recording of an unknown call) stores nothing.
        int stored = em.createNativeQuery("insert into pbx_event (id, pbx, event_key, kind, call_id, payload, received_at)"
                        + " select nextval('pbx_event_seq'), ?1, ?2, ?3, c.id, ?4, ?5 from phone_call c"
                        + " where c.pbx = ?1 and c.pbx_call_id = ?6 on conflict do nothing")
                .setParameter(1, pbx.name()).setParameter(2, event.key()).setParameter(3, event.kind().name())
                .setParameter(4, PbxEvent.kept(payload)).setParameter(5, SqlValues.parameter(now)).setParameter(6, event.pbxCallId())
                .executeUpdate();
        if (stored == 0) {
            return Optional.empty();
        }
        long callId = SqlValues.number(em.createNativeQuery("select id from phone_call where pbx = ?1 and pbx_call_id = ?2")
                .setParameter(1, pbx.name()).setParameter(2, event.pbxCallId()).getSingleResult());
        PhoneCall.change(event).run(em, callId);
        return Optional.of(new Stored(callId, newCall));
    }
}
