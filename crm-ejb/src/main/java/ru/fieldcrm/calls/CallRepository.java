package ru.fieldcrm.calls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import ru.fieldcrm.shared.PageResult;
import ru.fieldcrm.users.StaffMember;

/** Queries of the call log, and the one place where calls become {@link CallSummary}s. */
@ApplicationScoped
public class CallRepository {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    PbxSettings settings() {
        return em.find(PbxSettings.class, PbxSettings.ID);
    }

    void flush() {
        em.flush();
    }

    PageResult<CallSummary> find(CallQuery query, ZoneId zone, StaffMember reader) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (query.from() != null) {
            where.append(" and c.startedAt >= :from");
            parameters.put("from", query.from().atStartOfDay(zone).toInstant());
        }
        if (query.to() != null) {
            where.append(" and c.startedAt < :to");
            parameters.put("to", query.to().plusDays(1).atStartOfDay(zone).toInstant());
        }
        if (query.direction() != null) {
            where.append(" and c.direction = :direction");
            parameters.put("direction", query.direction());
        }
        if (query.userId() != null) {
            where.append(" and c.userId = :user");
            parameters.put("user", query.userId());
        }
        if (query.clientId() != null) {
            where.append(" and c.clientId = :client");
            parameters.put("client", query.clientId());
        }
        if (query.missedOnly()) {
            where.append(" and c.result = :missed");
            parameters.put("missed", CallResult.MISSED);
        }
        TypedQuery<PhoneCall> rows = em.createQuery("select c from PhoneCall c" + where
                + " order by c.startedAt desc, c.id desc", PhoneCall.class);
        TypedQuery<Long> count = em.createQuery("select count(c) from PhoneCall c" + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<PhoneCall> calls = rows.setFirstResult(query.first()).setMaxResults(query.size()).getResultList();
        return new PageResult<>(summaries(calls, reader), count.getSingleResult());
    }

    List<CallSummary> ofClient(long clientId, int max, StaffMember reader) {
        return summaries(em.createQuery("select c from PhoneCall c where c.clientId = :client"
                + " order by c.startedAt desc, c.id desc", PhoneCall.class)
                .setParameter("client", clientId).setMaxResults(max).getResultList(), reader);
    }

    /**
     * The calls with a client between two instants (no end: until now), newest first, at most
     * {@code max}: the calls the follow-up linked to the client and the calls from or to one of the
     * numbers given (E.164), linked or not yet. A read for other features (a deal's timeline), on
     * behalf of {@code reader} (whose recordings they may play).
     */
    public List<CallSummary> about(Long clientId, java.util.Collection<String> numbers, java.time.Instant from,
            java.time.Instant to, int max, StaffMember reader) {
        List<String> who = new java.util.ArrayList<>();
        if (clientId != null) {
            who.add("c.clientId = :client");
        }
        if (!numbers.isEmpty()) {
            who.add("c.clientPhone in :numbers");
        }
        if (who.isEmpty()) {
            return List.of();
        }
        TypedQuery<PhoneCall> query = em.createQuery("select c from PhoneCall c where (" + String.join(" or ", who)
                + ") and c.startedAt >= :from" + (to == null ? "" : " and c.startedAt <= :to")
                + " order by c.startedAt desc, c.id desc", PhoneCall.class).setParameter("from", from);
        if (clientId != null) {
            query.setParameter("client", clientId);
        }
        if (!numbers.isEmpty()) {
            query.setParameter("numbers", List.copyOf(numbers));
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        return summaries(query.setMaxResults(max).getResultList(), reader);
    }

    /**
     * The calls with their user's and client's names and their order's number, read in three
     * queries at most, as {@code reader} sees them (a recording only where they may play it).
     */
    List<CallSummary> summaries(List<PhoneCall> calls, StaffMember reader) {
        Map<Long, String> users = names("select u.id, u.fullName from User u where u.id in :ids",
                ids(calls, PhoneCall::userId));
        Map<Long, String> clients = names("select c.id, c.name from Client c where c.id in :ids",
                ids(calls, PhoneCall::clientId));
        Map<Long, String> orders = names("select o.id, o.number from CrmOrder o where o.id in :ids",
                ids(calls, PhoneCall::orderId));
        return calls.stream().map(c -> new CallSummary(c.getId(), c.pbx(), c.direction(), c.clientPhone(),
                c.ourNumber(), c.extension(), c.userId(), users.get(c.userId()), c.clientId(), clients.get(c.clientId()),
                c.orderId(), c.orderId() == null || orders.get(c.orderId()) == null ? null
                        : Long.valueOf(orders.get(c.orderId())),
                c.startedAt(), c.answeredAt(), c.endedAt(), c.durationSeconds(), c.result(),
                c.mayBePlayedBy(reader)))
                .toList();
    }

    private static Set<Long> ids(List<PhoneCall> calls, java.util.function.Function<PhoneCall, Long> id) {
        return calls.stream().map(id).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private Map<Long, String> names(String jpql, Set<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        for (Object[] row : em.createQuery(jpql, Object[].class).setParameter("ids", List.copyOf(ids)).getResultList()) {
            names.put(((Number) row[0]).longValue(), String.valueOf(row[1]));
        }
        return names;
    }

    Optional<PhoneCall> call(long id) {
        return Optional.ofNullable(em.find(PhoneCall.class, id));
    }
}
