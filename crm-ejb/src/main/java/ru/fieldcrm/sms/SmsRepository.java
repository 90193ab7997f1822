package ru.fieldcrm.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.fieldcrm.shared.NotFoundException;
import ru.fieldcrm.shared.PageResult;

/** The settings and the messages, in the caller's transaction. */
@ApplicationScoped
public class SmsRepository {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    public SmsSettings settings() {
        return em.find(SmsSettings.class, SmsSettings.ID);
    }

    public void add(SmsMessage message) {
        em.persist(message);
    }

    public void flush() {
        em.flush();
    }

    public SmsMessage message(long id) {
        return Optional.ofNullable(em.find(SmsMessage.class, id))
                .orElseThrow(() -> new NotFoundException("sms.message.unknown"));
    }

    /**
     * The messages of an order or assessment still waiting to be sent, locked against the
     * dispatcher's claim in this transaction.
     */
    public List<SmsMessage> scheduled(SmsSubject subject) {
        String owner = subject.isAssessment() ? "assessmentId" : "orderId";
        return em.createQuery("select m from SmsMessage m where m." + owner + " = :id and m.status = :status",
                        SmsMessage.class)
                .setParameter("id", subject.id()).setParameter("status", SmsStatus.SCHEDULED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /**
     * The reminder written last for an order or assessment (dropped ones aside), locked like
     * {@link #scheduled}. Read whole: H2 takes no row limit with a lock, and they are few.
     */
    public Optional<SmsMessage> lastReminder(SmsSubject subject, SmsTrigger trigger) {
        String owner = subject.isAssessment() ? "assessmentId" : "orderId";
        return em.createQuery("select m from SmsMessage m where m." + owner + " = :id and m.trigger = :trigger"
                                + " and m.status <> :dropped order by m.createdAt desc, m.id desc", SmsMessage.class)
                .setParameter("id", subject.id()).setParameter("trigger", trigger)
                .setParameter("dropped", SmsStatus.DROPPED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream().findFirst();
    }

    public List<SmsMessage> ofOrder(long orderId) {
        return em.createQuery("select m from SmsMessage m where m.orderId = :id order by m.createdAt, m.id",
                SmsMessage.class).setParameter("id", orderId).getResultList();
    }

    public List<SmsMessage> ofAssessment(long assessmentId) {
        return em.createQuery("select m from SmsMessage m where m.assessmentId = :id order by m.createdAt, m.id",
                SmsMessage.class).setParameter("id", assessmentId).getResultList();
    }

    /** The log: newest first. */
    public PageResult<SmsMessage> find(SmsQuery query, ZoneId zone) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (query.from() != null) {
            where.add("m.createdAt >= :from");
            parameters.put("from", query.from().atStartOfDay(zone).toInstant());
        }
        if (query.to() != null) {
            where.add("m.createdAt < :to");
            parameters.put("to", query.to().plusDays(1).atStartOfDay(zone).toInstant());
        }
        if (query.status() != null) {
            where.add("m.status = :status");
            parameters.put("status", query.status());
        }
        if (query.orderNumber() != null) {
            where.add("m.orderNumber = :number");
            parameters.put("number", query.orderNumber());
        }
        String digits = query.phone() == null ? "" : query.phone().replaceAll("\\D", "");
        if (!digits.isEmpty()) {
            where.add("m.phone like :phone");
            parameters.put("phone", "%" + digits + "%");
        }
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        TypedQuery<Long> count = em.createQuery("select count(m) from SmsMessage m" + filter, Long.class);
        TypedQuery<SmsMessage> rows = em.createQuery(
                "select m from SmsMessage m" + filter + " order by m.createdAt desc, m.id desc", SmsMessage.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        return new PageResult<>(rows.setFirstResult(query.page().first()).setMaxResults(query.page().size())
                .getResultList(), count.getSingleResult());
    }

    /** The newest order's id, for the preview's values. */
    public Optional<Long> newestOrderId() {
        return newest("crm_order");
    }

    public Optional<Long> newestAssessmentId() {
        return newest("site_assessment");
    }

    private Optional<Long> newest(String table) {
        Object id = em.createNativeQuery("select max(id) from " + table).getSingleResult();
        return Optional.ofNullable(id).map(v -> ((Number) v).longValue());
    }
}
