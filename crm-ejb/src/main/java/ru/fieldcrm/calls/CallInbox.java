package ru.fieldcrm.calls;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import ru.fieldcrm.audit.Auditor;
import ru.fieldcrm.shared.SqlValues;

/**
 * Stores an event the PBX posted with its call, in a transaction of its own that does nothing
 * else, so the PBX gets its answer at once. Nothing is read to be written back: the call's row is
 * inserted unless it is there, the event's key is inserted unless it is taken (a replay changes
 * nothing more), and the event is applied to the row by one update ({@link PhoneCall#change}).
 * Events of one call arriving together queue on the row's lock (taken when the row is read for what
 * it lacks, {@link PhoneCall.Found}) for a moment and never undo each other's columns. The inserts'
 * "unless there" is {@code on conflict do nothing}, which PostgreSQL and H2 (in its PostgreSQL
 * mode) both read.
 */
@Stateless
@PermitAll
public class CallInbox {

    /**
     * What storing an event did: the call it belongs to, whether this was the call's first event, and
     * what the event left to link (null: nothing).
     */
    public record Stored(long callId, boolean newCall, PhoneCall.Unlinked unlinked) {
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

    /** Stores the event; empty when it was stored before (a replay) or concerns a call it cannot begin. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Stored> record(PbxKind pbx, CallEvent event, String payload, Instant now) {
        boolean newCall = PhoneCall.begins(event) && em.createNativeQuery("insert into phone_call"
                        + " (id, pbx, pbx_call_id, direction, started_at, created_at, version)"
                        + " values (nextval('phone_call_seq'), ?1, ?2, ?3, ?4, ?5, 0) on conflict do nothing")
                .setParameter(1, pbx.name()).setParameter(2, event.pbxCallId()).setParameter(3, event.direction().name())
                .setParameter(4, SqlValues.parameter(event.at() == null ? now : event.at()))
                .setParameter(5, SqlValues.parameter(now)).executeUpdate() == 1;
        // The row is locked from here to the commit: the call's other events wait, and what it lacks
        // before this event's change is known for sure (the linking follows from it).
        List<?> rows = em.createNativeQuery("select " + PhoneCall.Found.COLUMNS
                        + " from phone_call where pbx = ?1 and pbx_call_id = ?2 for update")
                .setParameter(1, pbx.name()).setParameter(2, event.pbxCallId()).getResultList();
        if (rows.isEmpty()) {
            // No row of the call (a recording of an unknown call): nothing is stored.
            return Optional.empty();
        }
        PhoneCall.Found found = PhoneCall.Found.of((Object[]) rows.get(0));
        int stored = em.createNativeQuery("insert into pbx_event (id, pbx, event_key, kind, call_id, payload, received_at)"
                        + " values (nextval('pbx_event_seq'), ?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing")
                .setParameter(1, pbx.name()).setParameter(2, event.key()).setParameter(3, event.kind().name())
                .setParameter(4, found.id()).setParameter(5, PbxEvent.kept(payload))
                .setParameter(6, SqlValues.parameter(now)).executeUpdate();
        if (stored == 0) {
            return Optional.empty();
        }
        PhoneCall.change(event).run(em, found.id());
        return Optional.of(new Stored(found.id(), newCall, found.unlinked(event)));
    }
}
