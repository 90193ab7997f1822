package ru.fieldcrm.clients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.fieldcrm.shared.InvalidRequestException;
import ru.fieldcrm.shared.NotFoundException;
import ru.fieldcrm.shared.PageResult;
import ru.fieldcrm.shared.SearchText;

/** Queries of clients. Used inside the callers' transactions; merged duplicates are never found. */
@ApplicationScoped
public class ClientRepository {

    /** The sort fields a list may ask for, and the JPQL paths they mean. */
    private static final Map<String, String> SORTS = Map.of(
            "name", "lower(c.name)",
            "createdAt", "c.createdAt");

    /** Fewer digits than this match too many numbers to be a search by phone. */
    static final int MIN_PHONE_DIGITS = 3;

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /** A live client; a merged duplicate is not found. */
    public Client get(long id) {
        Client client = em.find(Client.class, id);
        if (client == null || client.isMerged()) {
            throw new NotFoundException("clients.notFound", id);
        }
        return client;
    }

    /** The client who has this number (E.164), if any. */
    public Optional<Client> ownerOf(String e164) {
        return em.createQuery("select p.client from ClientPhone p where p.phone = :phone", Client.class)
                .setParameter("phone", e164)
                .getResultStream()
                .findFirst();
    }

    public void add(Client client) {
        em.persist(client);
    }

    /** Deletes rows that left their client (numbers and addresses removed from a card). */
    public void removeAll(Collection<?> rows) {
        rows.forEach(em::remove);
    }

    /**
     * Counts a change of the card's numbers or addresses as a change of the card: its version
     * moves on at the next flush, so a concurrent edit of any part is detected.
     */
    public void markChanged(Client client) {
        em.lock(client, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    public void flush() {
        em.flush();
    }

    public PageResult<Client> find(ClientQuery query) {
        StringBuilder where = new StringBuilder(" where c.mergedIntoId is null");
        Map<String, Object> parameters = new HashMap<>();
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" and (c.searchKey like :text");
            parameters.put("text", SearchText.containing(query.text()));
            List<String> digits = phoneDigits(query.text());
            if (!digits.isEmpty()) {
                where.append(" or ").append(phoneCondition(digits, parameters));
            }
            where.append(")");
        }
        String sortField = query.page().sortField();
        String order;
        if (sortField == null || sortField.isBlank()) {
            order = " order by c.createdAt desc, c.id desc";
        } else {
            String path = SORTS.get(sortField);
            if (path == null) {
                throw new InvalidRequestException("clients.sort.unknown", "sortField");
            }
            order = " order by " + path + (query.page().ascending() ? " asc" : " desc") + ", c.id asc";
        }
        TypedQuery<Client> rows = em.createQuery("select c from Client c" + where + order, Client.class);
        TypedQuery<Long> count = em.createQuery("select count(c) from Client c" + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Client> page = withPhonesAndAddresses(rows)
                .setFirstResult(query.page().first())
                .setMaxResults(query.page().size())
                .getResultList();
        return new PageResult<>(page, count.getSingleResult());
    }

    /** Live clients with a number containing the digits of {@code text}, by name; none below three digits. */
    public List<Client> matchByPhone(String text, int max) {
        List<String> digits = phoneDigits(text);
        if (digits.isEmpty()) {
            return List.of();
        }
        Map<String, Object> parameters = new HashMap<>();
        String condition = phoneCondition(digits, parameters);
        TypedQuery<Client> query = em.createQuery("select c from Client c where c.mergedIntoId is null and "
                + condition + " order by lower(c.name), c.id", Client.class);
        parameters.forEach(query::setParameter);
        return withPhonesAndAddresses(query).setMaxResults(max).getResultList();
    }

    /**
     * The digit strings a phone number may contain for this text: its digits, and for a number
     * typed the Russian way with a leading 8 also the same with 7 (E.164 has +7). Empty below
     * three digits.
     */
    static List<String> phoneDigits(String text) {
        String digits = text == null ? "" : text.replaceAll("\\D", "");
        if (digits.length() < MIN_PHONE_DIGITS) {
            return List.of();
        }
        if (digits.startsWith("8") && digits.length() > MIN_PHONE_DIGITS) {
            return List.of(digits, "7" + digits.substring(1));
        }
        return List.of(digits);
    }

    private static String phoneCondition(List<String> digits, Map<String, Object> parameters) {
        StringBuilder condition = new StringBuilder("exists (select p.id from ClientPhone p where p.client = c and (");
        for (int i = 0; i < digits.size(); i++) {
            condition.append(i == 0 ? "" : " or ").append("p.phone like :digits").append(i);
            parameters.put("digits" + i, "%" + digits.get(i) + "%");
        }
        return condition.append("))").toString();
    }

    /** Loads the numbers and addresses of a page of clients with one query each, not one per client. */
    private static <T> TypedQuery<T> withPhonesAndAddresses(TypedQuery<T> query) {
        return query.setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "c.phones")
                .setHint("eclipselink.batch", "c.addresses");
    }
}
