package ru.fieldcrm.orders;

import static ru.fieldcrm.shared.SqlValues.date;
import static ru.fieldcrm.shared.SqlValues.decimal;
import static ru.fieldcrm.shared.SqlValues.instant;
import static ru.fieldcrm.shared.SqlValues.number;
import static ru.fieldcrm.shared.SqlValues.numberOrNull;
import static ru.fieldcrm.shared.SqlValues.parameter;
import static ru.fieldcrm.shared.SqlValues.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.fieldcrm.shared.InvalidRequestException;
import ru.fieldcrm.shared.NotFoundException;
import ru.fieldcrm.shared.PageResult;
import ru.fieldcrm.shared.SearchText;

/**
 * Queries of orders. The list joins the client's and the manager's names in SQL (one query per
 * page, whatever the filters), the same on PostgreSQL and H2. Its count and totals read the orders
 * alone (the client only when the text filter asks for its name): every order has its client, so
 * the join would change no count, and without it they are answered from the indexes of V4.
 */
@ApplicationScoped
public class OrderRepository {

    @Inject
    Event<OrderChanged> changed;

    /**
     * The sort fields a list may ask for, and the columns they mean. The visit time sorts by the
     * visit date first: the same order (the visit's instant lies within its date in the company's
     * zone), and the one the indexes of V4 keep, so the first page of a period is read in order.
     */
    private static final Map<String, List<String>> SORTS = Map.of(
            "number", List.of("o.number"),
            "visit", List.of("o.visit_date", "o.visit_start"),
            "status", List.of("o.status"),
            "finalSum", List.of("o.final_sum"),
            "client", List.of("c.name"));

    private static final String FROM = " from crm_order o join client c on c.id = o.client_id"
            + " left join crm_user u on u.id = o.manager_id";

    /** What the count and the totals read: the orders, and their client only for the text filter. */
    private static String countFrom(OrderQuery query) {
        return hasText(query) ? " from crm_order o join client c on c.id = o.client_id" : " from crm_order o";
    }

    private static boolean hasText(OrderQuery query) {
        return query.text() != null && !query.text().isBlank();
    }

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    public Order get(long id) {
        Order order = em.find(Order.class, id);
        if (order == null) {
            throw new NotFoundException("orders.notFound", id);
        }
        return order;
    }

    public long nextNumber() {
        return ((Number) em.createNativeQuery("select nextval('crm_order_number_seq')").getSingleResult()).longValue();
    }

    public void add(Order order) {
        em.persist(order);
    }

    public void flush() {
        em.flush();
    }

    /**
     * Writes the changes to the order's history and tells the features that follow orders
     * ({@link OrderChanged}, in this transaction).
     */
    public void record(Order order, OrderActor actor, List<FieldChange> changes, Instant at) {
        record(order, actor, changes, at, false);
    }

    /**
     * {@link #record(Order, OrderActor, List, Instant)} for a change the client is not told of
     * ({@link OrderChanged#quiet()}): an imported order.
     */
    public void record(Order order, OrderActor actor, List<FieldChange> changes, Instant at, boolean quiet) {
        for (FieldChange change : changes) {
            em.persist(new OrderChange(order.getId(), at, actor, change));
        }
        if (!changes.isEmpty()) {
            // A new one's status change has no old value: it was nothing before.
            OrderStatus before = changes.stream().filter(c -> c.field() == OrderField.STATUS).findFirst()
                    .map(c -> Optional.ofNullable(c.oldValue()).map(OrderStatus::valueOf))
                    .orElse(Optional.of(order.getStatus())).orElse(null);
            changed.fire(new OrderChanged(order.getId(), before, order.getStatus(), at, quiet));
        }
    }

    /** Which of these import keys orders already have. */
    public List<String> importKeysTaken(List<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select o.importKey from CrmOrder o where o.importKey in :keys", String.class)
                .setParameter("keys", keys).getResultList();
    }

    public List<OrderChangeEntry> history(long orderId) {
        return em.createQuery("select c from OrderChange c where c.orderId = :order order by c.changedAt, c.id",
                OrderChange.class).setParameter("order", orderId).getResultStream().map(OrderChange::toEntry).toList();
    }

    /** The client's name, if the client exists and was not merged into another. */
    public Optional<String> clientName(long clientId) {
        List<?> names = em.createNativeQuery("select name from client where id = ?1 and merged_into_id is null")
                .setParameter(1, clientId).getResultList();
        return names.stream().findFirst().map(String::valueOf);
    }

    public List<Order> ofClient(long clientId) {
        return em.createQuery("select o from CrmOrder o where o.clientId = :client", Order.class)
                .setParameter("client", clientId).getResultList();
    }

    public List<Order> ofManagerDay(long managerId, LocalDate day) {
        return em.createQuery("select o from CrmOrder o where o.managerId = :manager and o.visitDate = :day"
                + " order by o.visitStart, o.number", Order.class)
                .setParameter("manager", managerId).setParameter("day", day).getResultList();
    }

    public Optional<ManagerDay> closedDay(Long managerId, LocalDate day) {
        if (managerId == null) {
            return Optional.empty();
        }
        return em.createQuery("select d from ManagerDay d where d.managerId = :manager and d.day = :day", ManagerDay.class)
                .setParameter("manager", managerId).setParameter("day", day).getResultStream().findFirst();
    }

    /**
     * A day of imported history: closed by whoever imported it, or, when already closed, marked
     * corrected; either way the next night's finance run counts it again.
     */
    public void closeImportedDay(long managerId, LocalDate day, long actorId, Instant now) {
        closedDay(managerId, day).ifPresentOrElse(closed -> closed.markCorrected(now),
                () -> add(new ManagerDay(managerId, day, actorId, now)));
    }

    public void add(ManagerDay day) {
        em.persist(day);
    }

    /** The SQL condition of a query and its parameters, numbered from 1. */
    private record Filter(String where, List<Object> parameters) {

        void bind(Query query) {
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
        }
    }

    private static Filter filter(OrderQuery query) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (query.from() != null) {
            parameters.add(query.from());
            where.append(" and o.visit_date >= ?").append(parameters.size());
        }
        if (query.to() != null) {
            parameters.add(query.to());
            where.append(" and o.visit_date <= ?").append(parameters.size());
        }
        if (!query.statuses().isEmpty()) {
            where.append(" and o.status in (");
            String separator = "";
            for (OrderStatus status : query.statuses()) {
                parameters.add(status.name());
                where.append(separator).append('?').append(parameters.size());
                separator = ", ";
            }
            where.append(')');
        }
        if (query.managerId() != null) {
            parameters.add(query.managerId());
            where.append(" and o.manager_id = ?").append(parameters.size());
        }
        if (query.clientId() != null) {
            parameters.add(query.clientId());
            where.append(" and o.client_id = ?").append(parameters.size());
        }
        if (hasText(query)) {
            parameters.add(SearchText.containing(query.text()));
            int text = parameters.size();
            where.append(" and (lower(c.name) like ?").append(text).append(" or lower(o.address) like ?").append(text);
            String digits = SearchText.phoneDigits(query.text());
            if (!digits.isEmpty()) {
                parameters.add("%" + digits + "%");
                where.append(" or o.contact_phone like ?").append(parameters.size());
            }
            where.append(')');
        }
        return new Filter(where.toString(), parameters);
    }

    private static List<String> sortColumns(OrderQuery query) {
        String sortField = query.page().sortField();
        List<String> columns = SORTS.get(sortField == null || sortField.isBlank() ? "visit" : sortField);
        if (columns == null) {
            throw new InvalidRequestException("orders.sort.unknown", "sortField");
        }
        return columns;
    }

    /** The values of {@link #SORTS}' columns (then the number) in a row of an export. */
    private static List<Object> sortKey(List<String> columns, OrderExportRow row) {
        List<Object> key = new ArrayList<>();
        for (String column : columns) {
            key.add(switch (column) {
                case "o.number" -> row.number();
                case "o.visit_date" -> row.visitDate();
                case "o.visit_start" -> parameter(row.visitStart());
                case "o.status" -> row.status().name();
                case "o.final_sum" -> row.finalSum();
                case "c.name" -> row.clientName();
                default -> throw new IllegalStateException("No export key for " + column);
            });
        }
        key.add(row.number());
        return key;
    }

    public PageResult<OrderSummary> find(OrderQuery query) {
        Filter filter = filter(query);
        List<String> columns = sortColumns(query);
        String direction = query.page().ascending() ? " asc" : " desc";
        StringBuilder order = new StringBuilder(" order by ");
        for (String column : columns) {
            order.append(column).append(direction).append(", ");
        }
        order.append("o.number").append(direction);
        Query rows = em.createNativeQuery("select o.id, o.number, o.status, o.client_id, c.name, o.contact_phone,"
                + " o.address, o.visit_date, o.window_start, o.window_end, o.manager_id, u.full_name, o.amount,"
                + " o.final_sum" + FROM + filter.where() + order
                + " limit " + query.page().size() + " offset " + query.page().first());
        Query count = em.createNativeQuery("select count(*)" + countFrom(query) + filter.where());
        filter.bind(rows);
        filter.bind(count);
        List<OrderSummary> page = new ArrayList<>();
        for (Object result : rows.getResultList()) {
            Object[] row = (Object[]) result;
            page.add(new OrderSummary(number(row[0]), number(row[1]), OrderStatus.valueOf((String) row[2]),
                    number(row[3]), (String) row[4], (String) row[5], (String) row[6], date(row[7]), time(row[8]),
                    time(row[9]), numberOrNull(row[10]), (String) row[11], (BigDecimal) row[12],
                    (BigDecimal) row[13]));
        }
        return new PageResult<>(page, number(count.getSingleResult()));
    }

    /**
     * A batch of an export: the rows after {@code after} in the query's sort. The sort's columns end
     * with the unique number, so {@code (columns) > (after's values)} (or {@code <} descending)
     * continues exactly after the previous batch; for the default sort that is the prefix of the
     * index {@code crm_order_visit_order_idx}, so every batch is read from the index.
     */
    public List<OrderExportRow> exportBatch(OrderQuery query, OrderExportRow after) {
        Filter filter = filter(query);
        List<String> columns = new ArrayList<>(sortColumns(query));
        String direction = query.page().ascending() ? " asc" : " desc";
        StringBuilder where = new StringBuilder(filter.where());
        List<Object> parameters = new ArrayList<>(filter.parameters());
        if (after != null) {
            List<Object> key = sortKey(columns, after);
            where.append(" and (").append(String.join(", ", columns)).append(", o.number) ")
                    .append(query.page().ascending() ? ">" : "<").append(" (");
            for (int i = 0; i < key.size(); i++) {
                parameters.add(key.get(i));
                where.append(i == 0 ? "?" : ", ?").append(parameters.size());
            }
            where.append(')');
        }
        StringBuilder order = new StringBuilder(" order by ");
        for (String column : columns) {
            order.append(column).append(direction).append(", ");
        }
        order.append("o.number").append(direction);
        Query rows = em.createNativeQuery("select o.id, o.number, o.visit_date, o.window_start, o.window_end,"
                + " o.visit_start, o.status, c.name, o.contact_phone, o.address, u.full_name, o.amount,"
                + " o.discount_amount, o.price_change, o.final_sum, o.created_at" + FROM + where + order
                + " limit " + query.page().size());
        new Filter(where.toString(), parameters).bind(rows);
        List<OrderExportRow> batch = new ArrayList<>();
        for (Object result : rows.getResultList()) {
            Object[] row = (Object[]) result;
            batch.add(new OrderExportRow(number(row[0]), number(row[1]), date(row[2]), time(row[3]), time(row[4]),
                    instant(row[5]), OrderStatus.valueOf((String) row[6]), (String) row[7], (String) row[8],
                    (String) row[9], (String) row[10], decimal(row[11]), decimal(row[12]), decimal(row[13]),
                    decimal(row[14]), instant(row[15])));
        }
        return batch;
    }

    /** The count and the sums of all orders that match the query (cancelled ones count, but add no money). */
    public OrderTotals totals(OrderQuery query) {
        Filter filter = filter(query);
        Query totals = em.createNativeQuery("select count(*),"
                + " coalesce(sum(case when o.status <> 'CANCELLED' then o.amount else 0 end), 0),"
                + " coalesce(sum(case when o.status <> 'CANCELLED' then o.final_sum else 0 end), 0)" + countFrom(query)
                + filter.where());
        filter.bind(totals);
        Object[] row = (Object[]) totals.getSingleResult();
        return new OrderTotals(number(row[0]), decimal(row[1]), decimal(row[2]));
    }
}
