package ru.fieldcrm.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A client's orders still to be done (new, assigned, on the way, at work), for features that
 * follow a client without a user asking (a call): no role is checked here.
 */
@ApplicationScoped
public class OpenOrders {

    /** An open order: its id, number, visit date and status. */
    public record OpenOrder(long id, long number, LocalDate visitDate, OrderStatus status) {
    }

    private static final List<OrderStatus> OPEN = List.of(OrderStatus.NEW, OrderStatus.ASSIGNED,
            OrderStatus.LEFT_OFFICE, OrderStatus.IN_PROGRESS);

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /** The client's open orders by visit date. */
    public List<OpenOrder> of(long clientId) {
        return em.createQuery("select o from CrmOrder o where o.clientId = :client and o.status in :open"
                + " order by o.visitDate, o.number", Order.class)
                .setParameter("client", clientId).setParameter("open", OPEN).setMaxResults(20)
                .getResultStream().map(o -> new OpenOrder(o.getId(), o.getNumber(), o.getVisitDate(), o.getStatus()))
                .toList();
    }

    /** The open order a call about {@code today} most likely concerns: the next visit, else the latest past one. */
    public Optional<OpenOrder> nearest(long clientId, LocalDate today) {
        List<OpenOrder> open = of(clientId);
        return open.stream().filter(o -> !o.visitDate().isBefore(today)).findFirst()
                .or(() -> open.isEmpty() ? Optional.empty() : Optional.of(open.get(open.size() - 1)));
    }
}
