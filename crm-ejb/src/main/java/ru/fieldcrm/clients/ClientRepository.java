package ru.fieldcrm.clients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import ru.fieldcrm.shared.InvalidRequestException;
import ru.fieldcrm.shared.NotFoundException;
import ru.fieldcrm.shared.PageRequest;
import ru.fieldcrm.shared.PageResult;
import ru.fieldcrm.shared.SearchText;

/** Queries of clients. Used inside the callers' transactions; merged duplicates are never found. */
@ApplicationScoped
public class ClientRepository {

    /** Text that is a phone number or a piece of one: digits, spaces, brackets, dashes, dots and a plus. */
    static final Pattern PHONE_TEXT = Pattern.compile("[\\d\\s()+\\-.]+");

    /** How many matching numbers the order form's lookup reads before it sorts their clients by name. */
    static final int LOOKUP_CANDIDATES = 500;

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

    /**
     * A page of live clients and their count. A text matches part of the name or e-mail; when it
     * holds three digits or more, also any number containing them ({@link #findByTextOrNumber}).
     */
    public PageResult<Client> find(ClientQuery query) {
        Sort sort = Sort.of(query.page());
        String text = query.text() == null || query.text().isBlank() ? null : query.text();
        List<String> digits = text == null ? List.of() : phoneDigits(text);
        if (!digits.isEmpty()) {
            return findByTextOrNumber(text, digits, query.page(), sort);
        }
        String where = " where c.mergedIntoId is null" + (text == null ? "" : " and c.searchKey like :text");
        TypedQuery<Client> rows = em.createQuery("select c from Client c" + where + " order by " + sort.jpql,
                Client.class);
        TypedQuery<Long> count = em.createQuery("select count(c) from Client c" + where, Long.class);
        if (text != null) {
            rows.setParameter("text", SearchText.containing(text));
            count.setParameter("text", SearchText.containing(text));
        }
        List<Client> page = withPhonesAndAddresses(rows)
                .setFirstResult(query.page().first())
                .setMaxResults(query.page().size())
                .getResultList();
        return new PageResult<>(page, count.getSingleResult());
    }

    /**
     * The clients whose name or e-mail contains the text or who have a number containing its
     * digits: the ids of both kinds as one {@code union}, the page of them with their count, then
     * the page's clients. Written as SQL because JPQL has no union in a subquery, and the
     * alternative, {@code searchKey like … or <number condition>}, leaves PostgreSQL guessing that
     * half the clients match: it then walks the whole list in its order for a page of a rare
     * number and, with a correlated number condition, estimates costs high enough to compile the
     * query (JIT) for a tenth of a second. With the union it knows how few match; the one scan
     * left is that of the names and e-mails, which no b-tree index answers for {@code like '%…%'}.
     */
    /** The suffix rows of numbers containing any of these digit strings: index ranges of {@code s.suffix}. */
    private static String numberRanges(List<String> digits, List<Object> parameters) {
        StringBuilder numbers = new StringBuilder();
        for (String from : digits) {
            String to = prefixEnd(from);
            numbers.append(numbers.isEmpty() ? "" : " or ").append("(s.suffix >= ?");
            parameters.add(from);
            if (to != null) {
                numbers.append(" and s.suffix < ?");
                parameters.add(to);
            }
            numbers.append(")");
        }
        return numbers.toString();
    }

    private PageResult<Client> findByTextOrNumber(String text, List<String> digits, PageRequest page, Sort sort) {
        List<Object> parameters = new ArrayList<>();
        String numbers = numberRanges(digits, parameters);
        // Text that can only be a phone number (digits and the signs people type in numbers) searches
        // the numbers alone: reading every name and e-mail for digits is what a search by name costs.
        String byName = "";
        if (!PHONE_TEXT.matcher(text).matches()) {
            parameters.add(SearchText.containing(text));
            byName = " union select n.id from client n where n.search_key like ?";
        }
        String where = " from client c where c.merged_into_id is null and c.id in ("
                + "select p.client_id from client_phone p join client_phone_suffix s on s.phone_id = p.id where "
                + numbers + byName + ")";
        // The page and, with each row, the count of all rows: one pass over the matches instead of
        // two. The page's bounds are in the SQL, where the database sees them.
        Query rows = em.createNativeQuery("select c.id, count(*) over ()" + where + " order by " + sort.sql
                + " limit ? offset ?");
        bind(rows, parameters, page.size(), page.first());
        List<Long> pageIds = new ArrayList<>();
        long total = 0;
        for (Object row : rows.getResultList()) {
            Object[] columns = (Object[]) row;
            pageIds.add(((Number) columns[0]).longValue());
            total = ((Number) columns[1]).longValue();
        }
        if (pageIds.isEmpty()) {
            if (page.first() > 0) {
                Query count = em.createNativeQuery("select count(*)" + where);
                bind(count, parameters);
                total = ((Number) count.getSingleResult()).longValue();
            }
            return new PageResult<>(List.of(), total);
        }
        Map<Long, Client> loaded = new HashMap<>();
        withPhonesAndAddresses(em.createQuery("select c from Client c where c.id in :ids", Client.class))
                .setParameter("ids", pageIds)
                .getResultList()
                .forEach(client -> loaded.put(client.getId(), client));
        return new PageResult<>(pageIds.stream().map(loaded::get).toList(), total);
    }

    private static void bind(Query query, List<Object> parameters, Object... more) {
        int position = 1;
        for (Object value : parameters) {
            query.setParameter(position++, value);
        }
        for (Object value : more) {
            query.setParameter(position++, value);
        }
    }

    /** Live clients with a number containing the digits of {@code text}, by name; none below three digits. */
    public List<Client> matchByPhone(String text, int max) {
        List<String> digits = phoneDigits(text);
        if (digits.isEmpty()) {
            return List.of();
        }
        // The first matches the numbers' index gives, then those clients by name: the first three or
        // four digits of a number (an operator begins to type "8 916") match tens of thousands of
        // numbers, and sorting all their clients by name is what would take the time. More digits
        // narrow the matches below the bound, and then the list is complete.
        List<Object> parameters = new ArrayList<>();
        Query numbers = em.createNativeQuery("select p.client_id from client_phone_suffix s"
                + " join client_phone p on p.id = s.phone_id where " + numberRanges(digits, parameters)
                + " limit " + LOOKUP_CANDIDATES);
        bind(numbers, parameters);
        Set<Long> candidates = new LinkedHashSet<>();
        for (Object id : numbers.getResultList()) {
            candidates.add(((Number) id).longValue());
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        return withPhonesAndAddresses(em.createQuery("select c from Client c where c.id in :ids"
                + " and c.mergedIntoId is null order by lower(c.name), c.id", Client.class))
                .setParameter("ids", List.copyOf(candidates))
                .setMaxResults(max)
                .getResultList();
    }

    /** The sort of a list, in JPQL and in SQL (alias {@code c} in both), ending with the id for a stable order. */
    private record Sort(String jpql, String sql) {

        static Sort of(PageRequest page) {
            String field = page.sortField();
            if (field == null || field.isBlank()) {
                return new Sort("c.createdAt desc, c.id desc", "c.created_at desc, c.id desc");
            }
            String direction = page.ascending() ? " asc" : " desc";
            return switch (field) {
                case "name" -> new Sort("lower(c.name)" + direction + ", c.id asc", "lower(c.name)" + direction + ", c.id asc");
                case "createdAt" -> new Sort("c.createdAt" + direction + ", c.id asc", "c.created_at" + direction + ", c.id asc");
                default -> throw new InvalidRequestException("clients.sort.unknown", "sortField");
            };
        }
    }

    /**
     * The digit strings a phone number may contain for this text: its digits, and for a number
     * typed the Russian way with a leading 8 also the same with 7 (E.164 has +7). Empty unless the
     * text is typed as a number ({@link SearchText#phoneDigits}).
     */
    static List<String> phoneDigits(String text) {
        String digits = SearchText.phoneDigits(text);
        if (digits.isEmpty()) {
            return List.of();
        }
        if (digits.startsWith("8") && digits.length() > MIN_PHONE_DIGITS) {
            return List.of(digits, "7" + digits.substring(1));
        }
        return List.of(digits);
    }

    /**
     * The least digit string after all those beginning with {@code digits}, so that they are the
     * strings {@code s} with {@code digits <= s < prefixEnd(digits)}: the digits with the last one
     * that is not 9 raised by one and the nines after it dropped ({@code 4821} → {@code 4822},
     * {@code 4829} → {@code 483}). Null when all are nines: every digit string from {@code 999}
     * on begins with {@code 999}. Only digits are compared, which sort alike in every collation.
     */
    static String prefixEnd(String digits) {
        int last = digits.length() - 1;
        while (last >= 0 && digits.charAt(last) == '9') {
            last--;
        }
        if (last < 0) {
            return null;
        }
        return digits.substring(0, last) + (char) (digits.charAt(last) + 1);
    }

    /** Loads the numbers and addresses of a page of clients with one query each, not one per client. */
    private static <T> TypedQuery<T> withPhonesAndAddresses(TypedQuery<T> query) {
        return query.setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "c.phones")
                .setHint("eclipselink.batch", "c.addresses");
    }
}
