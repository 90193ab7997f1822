package ru.fieldcrm.sms;

import static ru.fieldcrm.shared.SqlValues.instant;
import static ru.fieldcrm.shared.SqlValues.number;
import static ru.fieldcrm.shared.SqlValues.parameter;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import ru.fieldcrm.audit.Auditor;

/**
 * The dispatcher's moves of messages, each in a transaction of its own. A message is taken by a
 * conditional update (status SCHEDULED → SENDING with this instance's name and a fresh token), so
 * of two instances that reach for it one gets it; every later move names the token, so a claim
 * that was taken over after its instance stopped is not overwritten by a late answer.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SmsOutboxStore {

    /** A message this instance has claimed: what the gateway needs, and the claim's token. */
    public record Claimed(long id, String phone, String text, Instant since, SmsGatewayKind gateway, int attempts,
            String token, String lastError) {

        SmsGateway.OutgoingSms outgoing() {
            return new SmsGateway.OutgoingSms(id, phone, text, since);
        }
    }

    /** A sent message whose delivery is to be asked about. */
    public record Sent(long id, SmsGatewayKind gateway, String gatewayMessageId, String phone, int checks,
            Instant sentAt) {
    }

    private static final String CLAIMED = "select id, phone, body, first_claimed_at, gateway, attempts, claim_token,"
            + " error_code"
            + " from sms_message where claim_token = ?1 and status = 'SENDING' order by due_at, id";

    /** Takes scheduled messages for this instance (?1), under a token (?2), now (?3), for a gateway (?4). */
    private static final String CLAIM = "update sms_message set status = 'SENDING', claimed_by = ?1, claim_token = ?2,"
            + " claimed_at = ?3, first_claimed_at = coalesce(first_claimed_at, ?3), attempts = attempts + 1,"
            + " gateway = ?4, version = version + 1 where status = 'SCHEDULED'";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    Auditor auditor;

    /** The settings as they are now (read in a transaction of their own, then only read). */
    public SmsSettings settings() {
        return em.find(SmsSettings.class, SmsSettings.ID);
    }

    /**
     * A test message (no order, no template) with its audit entry, written already claimed by
     * this instance: the timer never takes it, the caller sends it at once.
     */
    public Claimed writeTest(String phone, String text, Instant now, Auditor.Actor actor, String instance,
            SmsGatewayKind gateway) {
        SmsMessage message = SmsMessage.write(null, null, phone, text, true, now, false, now);
        em.persist(message);
        em.flush();
        auditor.record(actor, "sms.testSent", "sms", message.getId(), null);
        return claimOne(message.getId(), now, instance, gateway).orElseThrow();
    }

    public SmsMessageSummary summary(long id) {
        return em.find(SmsMessage.class, id).toSummary();
    }

    /** Claims up to {@code limit} messages that are due, oldest first. */
    public List<Claimed> claimDue(Instant now, String instance, SmsGatewayKind gateway, int limit) {
        List<Long> ids = ids(em.createNativeQuery(
                        "select id from sms_message where status = 'SCHEDULED' and due_at <= ?1 order by due_at, id")
                .setParameter(1, parameter(now)).setMaxResults(limit));
        if (ids.isEmpty()) {
            return List.of();
        }
        String token = UUID.randomUUID().toString();
        em.createNativeQuery(CLAIM + " and due_at <= ?3 and id in (" + list(ids) + ")")
                .setParameter(1, instance).setParameter(2, token).setParameter(3, parameter(now))
                .setParameter(4, gateway.name()).executeUpdate();
        return claimed(token);
    }

    /** Claims one message due now, whatever its due time (a test message sent at once). */
    public Optional<Claimed> claimOne(long id, Instant now, String instance, SmsGatewayKind gateway) {
        String token = UUID.randomUUID().toString();
        em.createNativeQuery(CLAIM + " and id = ?5")
                .setParameter(1, instance).setParameter(2, token).setParameter(3, parameter(now))
                .setParameter(4, gateway.name()).setParameter(5, id).executeUpdate();
        return claimed(token).stream().findFirst();
    }

    /**
     * Takes over claims whose instance stopped while sending: this instance's own claims from
     * before it started, and anybody's older than {@code staleBefore}. The attempt is not counted
     * again; the gateway is asked first whether it has the message.
     */
    public List<Claimed> claimStale(Instant now, String instance, Instant startedAt, Instant staleBefore, int limit) {
        String stale = "status = 'SENDING' and ((claimed_by = ?1 and claimed_at < ?2) or claimed_at < ?3)";
        List<Long> ids = ids(em.createNativeQuery("select id from sms_message where " + stale + " order by id")
                .setParameter(1, instance).setParameter(2, parameter(startedAt)).setParameter(3, parameter(staleBefore))
                .setMaxResults(limit));
        if (ids.isEmpty()) {
            return List.of();
        }
        String token = UUID.randomUUID().toString();
        em.createNativeQuery("update sms_message set claimed_by = ?1, claim_token = ?4, claimed_at = ?5,"
                        + " version = version + 1 where " + stale + " and id in (" + list(ids) + ")")
                .setParameter(1, instance).setParameter(2, parameter(startedAt)).setParameter(3, parameter(staleBefore))
                .setParameter(4, token).setParameter(5, parameter(now)).executeUpdate();
        return claimed(token);
    }

    public void sent(Claimed message, String gatewayMessageId, Instant now, Instant firstCheck) {
        settle(message, "status = 'SENT', gateway_message_id = ?3, sent_at = ?4, next_check_at = ?5,"
                + " error_code = null, error_text = null", gatewayMessageId, parameter(now), parameter(firstCheck));
    }

    public void journaled(Claimed message, Instant now) {
        settle(message, "status = 'JOURNALED', sent_at = ?3", parameter(now));
    }

    /** Back to the queue after a transient failure, due again at {@code due}. */
    public void retry(Claimed message, String code, String text, Instant due) {
        settle(message, "status = 'SCHEDULED', due_at = ?3, error_code = ?4, error_text = ?5",
                parameter(due), code, clip(text));
    }

    public void failed(Claimed message, String code, String text) {
        settle(message, "status = 'FAILED', error_code = ?3, error_text = ?4", code, clip(text));
    }

    /** The gateway cannot tell whether it took the message before the server stopped. */
    public void uncertain(Claimed message) {
        settle(message, "status = 'UNCERTAIN', error_code = 'SERVER_STOPPED', error_text = null");
    }

    /** Releases a claim without an outcome (the gateway could not be asked now): it is taken over later. */
    public void release(Claimed message, Instant staleAt) {
        settle(message, "claimed_at = ?3", parameter(staleAt));
    }

    public List<Sent> dueForCheck(Instant now, int limit) {
        List<?> rows = em.createNativeQuery("select id, gateway, gateway_message_id, phone, checks, sent_at"
                        + " from sms_message where status = 'SENT' and next_check_at <= ?1 order by next_check_at")
                .setParameter(1, parameter(now)).setMaxResults(limit).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Sent(number(r[0]), SmsGatewayKind.valueOf((String) r[1]),
                (String) r[2], (String) r[3], (int) number(r[4]), instant(r[5]))).toList();
    }

    /**
     * A gateway's report about a message it accepted: recorded if the message is still waiting for
     * its delivery status (a report of a pending message changes nothing). Answers whether it did.
     */
    public boolean reported(SmsGatewayKind gateway, SmsGateway.DeliveryReport report, Instant at) {
        String match = " where gateway = ?1 and gateway_message_id = ?2 and status = 'SENT'";
        Query update;
        if (report.outcome() instanceof SmsGateway.DeliveryOutcome.Delivered) {
            update = em.createNativeQuery("update sms_message set status = 'DELIVERED', delivered_at = ?3,"
                    + " next_check_at = null, version = version + 1" + match).setParameter(3, parameter(at));
        } else if (report.outcome() instanceof SmsGateway.DeliveryOutcome.Undelivered undelivered) {
            update = em.createNativeQuery("update sms_message set status = 'UNDELIVERED', delivered_at = ?3,"
                            + " next_check_at = null, error_code = ?4, error_text = ?5, version = version + 1" + match)
                    .setParameter(3, parameter(at)).setParameter(4, undelivered.code())
                    .setParameter(5, clip(undelivered.text()));
        } else {
            return false;
        }
        return update.setParameter(1, gateway.name()).setParameter(2, report.gatewayMessageId()).executeUpdate() > 0;
    }

    public void delivered(long id, Instant at) {
        check(id, "status = 'DELIVERED', delivered_at = ?2, next_check_at = null", parameter(at));
    }

    public void undelivered(long id, String code, String text, Instant at) {
        check(id, "status = 'UNDELIVERED', delivered_at = ?2, next_check_at = null, error_code = ?3, error_text = ?4",
                parameter(at), code, clip(text));
    }

    /** Asks again at {@code next}; null stops asking (the status stays «sent»). */
    public void checkLater(long id, Instant next) {
        check(id, "next_check_at = ?2, checks = checks + 1", parameter(next));
    }

    private void check(long id, String set, Object... values) {
        update(set, "id = ?1 and status = 'SENT'", List.of(id), values);
    }

    private void settle(Claimed message, String set, Object... values) {
        update(set, "id = ?1 and claim_token = ?2 and status = 'SENDING'", List.of(message.id(), message.token()),
                values);
    }

    /** An update of one message: the condition's parameters first, then the values the change sets. */
    private void update(String set, String condition, List<Object> keys, Object... values) {
        Query update = em.createNativeQuery("update sms_message set " + set + ", version = version + 1 where "
                + condition);
        for (int i = 0; i < keys.size(); i++) {
            update.setParameter(i + 1, keys.get(i));
        }
        for (int i = 0; i < values.length; i++) {
            update.setParameter(keys.size() + i + 1, values[i]);
        }
        update.executeUpdate();
    }

    private List<Claimed> claimed(String token) {
        List<?> rows = em.createNativeQuery(CLAIMED).setParameter(1, token).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Claimed(number(r[0]), (String) r[1], (String) r[2],
                instant(r[3]), SmsGatewayKind.valueOf((String) r[4]), (int) number(r[5]), (String) r[6], (String) r[7]))
                .toList();
    }

    private static List<Long> ids(Query query) {
        return ((List<?>) query.getResultList()).stream().map(v -> number(v)).toList();
    }

    private static String list(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static String clip(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }
}
