package ru.fieldcrm.orders;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import ru.fieldcrm.audit.Auditor;
import ru.fieldcrm.discounts.DiscountRules;
import ru.fieldcrm.pricelist.PriceListRules;
import ru.fieldcrm.pricelist.ServiceItemDetails;
import ru.fieldcrm.settings.CrmConfiguration;
import ru.fieldcrm.shared.ConcurrentChangeException;
import ru.fieldcrm.shared.ForbiddenException;
import ru.fieldcrm.shared.InvalidRequestException;
import ru.fieldcrm.shared.Localized;
import ru.fieldcrm.shared.Money;
import ru.fieldcrm.shared.PageResult;
import ru.fieldcrm.shared.PhoneNumbers;
import ru.fieldcrm.users.Role;
import ru.fieldcrm.users.Staff;
import ru.fieldcrm.users.StaffMember;

/**
 * Orders: reading for all staff, changes through the order's own methods (which check
 * {@link OrderRights} field by field), the history of every change, closed days guarded.
 */
@Stateless
@DeclareRoles({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER, Role.Names.SALES})
@RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER, Role.Names.SALES})
public class OrderServiceBean implements OrderService {

    private static final String TARGET = "order";

    @Inject
    OrderRepository orders;

    @Inject
    Staff staff;

    @Inject
    DiscountRules discounts;

    @Inject
    PriceListRules priceList;

    @Inject
    CrmConfiguration configuration;

    @Inject
    Auditor auditor;

    private final Clock clock = Clock.systemUTC();

    @Override
    public PageResult<OrderSummary> find(OrderQuery query) {
        return orders.find(query);
    }

    @Override
    public OrderTotals totals(OrderQuery query) {
        return orders.totals(query);
    }

    @Override
    public List<OrderExportRow> exportBatch(OrderQuery query, OrderExportRow after) {
        return orders.exportBatch(query, after);
    }

    @Override
    public OrderDetails get(long id) {
        return details(orders.get(id));
    }

    @Override
    public List<OrderChangeEntry> history(long id) {
        orders.get(id);
        return orders.history(id);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR})
    public OrderDetails create(OrderForm form) {
        OrderActor actor = actor();
        OfficePart office = officePart(form, null, actor);
        if (office.visitDate().isBefore(today())) {
            throw new InvalidRequestException("orders.visit.inPast", "visitDate");
        }
        guardClosedDay(office.managerId(), office.visitDate(), actor);
        Instant now = clock.instant();
        Order order = Order.book(orders.nextNumber(), office, actor, now);
        orders.add(order);
        flush();
        orders.record(order, actor, List.of(new FieldChange(OrderField.STATUS, null, order.getStatus().name())), now);
        auditor.record(new Auditor.Actor(actor.userId(), actor.login()), "order.created", TARGET, order.getId(),
                "number=" + order.getNumber());
        return details(order);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER})
    public OrderDetails update(long id, long version, OrderForm form) {
        OrderActor actor = actor();
        Order order = load(id, version);
        OfficePart office = officePart(form, order, actor);
        if (!office.visitDate().equals(order.getVisitDate()) && office.visitDate().isBefore(today())) {
            throw new InvalidRequestException("orders.visit.inPast", "visitDate");
        }
        guardClosedDay(order.getManagerId(), order.getVisitDate(), actor);
        guardClosedDay(office.managerId(), office.visitDate(), actor);
        return save(order, actor, order.applyOffice(office, actor));
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER})
    public OrderDetails cancel(long id, long version, String reason) {
        OrderDetails result = change(id, version, (order, actor) -> order.cancel(reason, actor, clock.instant()));
        StaffMember me = staff.current();
        auditor.record(new Auditor.Actor(me.id(), me.login()), "order.cancelled", TARGET, id, null);
        return result;
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER})
    public OrderDetails changePrice(long id, long version, BigDecimal change, String reason) {
        return change(id, version, (order, actor) -> order.changePrice(Money.of(change), reason, actor));
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER})
    public OrderDetails mark(long id, long version, OrderMark mark, String comment) {
        return change(id, version, (order, actor) -> order.mark(mark, comment, actor, clock.instant()));
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER})
    public OrderDetails correctFinalSum(long id, long version, BigDecimal finalSum, String reason) {
        return change(id, version, (order, actor) -> order.correctFinalSum(Money.of(finalSum), reason, actor));
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER})
    public DayCloseResult closeDay(Long managerId, LocalDate day) {
        OrderActor actor = actor();
        if (!OrderRights.may(actor.role(), OrderField.DAY_CLOSE)) {
            throw new ForbiddenException("orders.field.forbidden",
                    Localized.of("orders.field", OrderField.DAY_CLOSE));
        }
        long manager = managerId == null ? actor.userId() : managerId;
        if (manager != actor.userId() && !actor.isAdmin()) {
            throw new ForbiddenException("orders.day.notYours");
        }
        if (orders.closedDay(manager, day).isPresent()) {
            throw new InvalidRequestException("orders.day.alreadyClosed", "day", day);
        }
        List<Order> dayOrders = orders.ofManagerDay(manager, day);
        List<String> unfinished = dayOrders.stream().filter(Order::isUnfinished)
                .map(o -> "№" + o.getNumber()).toList();
        if (!unfinished.isEmpty()) {
            throw new InvalidRequestException("orders.day.unfinished", "day", String.join(", ", unfinished));
        }
        Instant now = clock.instant();
        Money total = Money.ZERO;
        int closed = 0;
        for (Order order : dayOrders) {
            List<FieldChange> changes = order.closeWithDay(actor);
            orders.record(order, actor, changes, now);
            if (!changes.isEmpty()) {
                closed++;
                total = total.plus(Money.of(order.getFinalSum()));
            }
        }
        orders.add(new ManagerDay(manager, day, actor.userId(), now));
        flush();
        auditor.record(new Auditor.Actor(actor.userId(), actor.login()), "order.dayClosed", "user", manager,
                "day=" + day + " orders=" + closed);
        return new DayCloseResult(manager, day, closed, total.amount());
    }

    /** One change of an order: loaded at the caller's version, its closed day guarded, saved with its history. */
    private OrderDetails change(long id, long version, BiFunction<Order, OrderActor, List<FieldChange>> change) {
        OrderActor actor = actor();
        Order order = load(id, version);
        guardClosedDay(order.getManagerId(), order.getVisitDate(), actor);
        return save(order, actor, change.apply(order, actor));
    }

    /** Saves a change: the version check at the database, the history, the closed day marked corrected. */
    private OrderDetails save(Order order, OrderActor actor, List<FieldChange> changes) {
        flush();
        Instant now = clock.instant();
        orders.record(order, actor, changes, now);
        if (!changes.isEmpty() && actor.isAdmin()) {
            orders.closedDay(order.getManagerId(), order.getVisitDate()).ifPresent(day -> day.markCorrected(now));
            auditor.record(new Auditor.Actor(actor.userId(), actor.login()), "order.changedByAdmin", TARGET,
                    order.getId(), "fields=" + changes.stream().map(c -> c.field().name()).distinct().toList());
        }
        return details(order);
    }

    private Order load(long id, long version) {
        Order order = orders.get(id);
        if (order.getVersion() != version) {
            throw new ConcurrentChangeException("orders.changedConcurrently");
        }
        return order;
    }

    /** After a manager's day is closed, only an administrator changes its orders. */
    private void guardClosedDay(Long managerId, LocalDate day, OrderActor actor) {
        if (!actor.isAdmin() && orders.closedDay(managerId, day).isPresent()) {
            throw new ForbiddenException("orders.dayClosed", day);
        }
    }

    /** The office's part of the form, checked against clients, staff, discounts and the calendar. */
    private OfficePart officePart(OrderForm form, Order current, OrderActor actor) {
        if (orders.clientName(form.clientId()).isEmpty()) {
            throw new InvalidRequestException("orders.client.unknown", "clientId");
        }
        if (form.managerId() != null && !Objects.equals(form.managerId(), current == null ? null : current.getManagerId())) {
            boolean isManager = staff.find(form.managerId())
                    .filter(m -> m.active() && m.role() == Role.MANAGER).isPresent();
            if (!isManager) {
                throw new InvalidRequestException("orders.manager.unknown", "managerId");
            }
        }
        if (!form.windowEnd().isAfter(form.windowStart())) {
            throw new InvalidRequestException("orders.visit.window", "windowEnd");
        }
        List<OrderLineEntry> lines = booked(form.lines(), current);
        Money amount;
        if (lines.isEmpty()) {
            if (form.amount() == null) {
                throw new InvalidRequestException("orders.amount.required", "amount");
            }
            amount = Money.of(form.amount());
        } else {
            amount = lines.stream().map(OrderLine::sum).reduce(Money.ZERO, Money::plus);
        }
        if (amount.amount().compareTo(Money.LIMIT) > 0) {
            throw new InvalidRequestException("orders.money.tooLarge", "amount");
        }
        AppliedDiscount discount = null;
        if (form.discount() != null) {
            boolean unchanged = current != null && Objects.equals(current.getDiscountTypeId(), form.discount().typeId())
                    && current.getDiscountValue() != null
                    && current.getDiscountValue().compareTo(form.discount().value()) == 0;
            Money off = discounts.amountOff(form.discount().typeId(), form.discount().value(), amount, actor.role(),
                    !unchanged);
            discount = new AppliedDiscount(form.discount().typeId(), form.discount().value(), off,
                    form.discount().reason().strip());
        }
        return OfficePart.of(form, form.clientId(), PhoneNumbers.normalize(form.contactPhone()).orElseThrow(), lines,
                amount, discount, configuration.companyZone());
    }

    /**
     * The lines as the order keeps them. A line naming a price-list item takes what it leaves out
     * (name, unit, price) from the order's own copy of that item if the order already has it, else
     * from the item, which must then exist and be active: so a later change of the price list
     * changes no order, and an item deactivated since stays on the orders that have it.
     */
    private List<OrderLineEntry> booked(List<OrderLineEntry> requested, Order current) {
        List<OrderLineEntry> kept = current == null ? List.of() : current.getLines();
        List<OrderLineEntry> lines = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            OrderLineEntry line = requested.get(i);
            Long itemId = line.serviceItemId();
            if (itemId == null) {
                lines.add(line);
                continue;
            }
            Optional<OrderLineEntry> copy = kept.stream().filter(k -> itemId.equals(k.serviceItemId())).findFirst();
            if (copy.isPresent()) {
                lines.add(line.completedFrom(copy.get().name(), copy.get().unit(), copy.get().price()));
            } else {
                ServiceItemDetails item = priceList.itemForNewLine(itemId, "lines[" + i + "].serviceItemId");
                lines.add(line.completedFrom(item.name(), item.unit(), item.price()));
            }
        }
        return lines;
    }

    private OrderDetails details(Order order) {
        String client = orders.clientName(order.getClientId()).orElse(null);
        String manager = order.getManagerId() == null ? null
                : staff.find(order.getManagerId()).map(StaffMember::fullName).orElse(null);
        String discountName = discounts.nameOf(order.getDiscountTypeId()).orElse(null);
        boolean dayClosed = orders.closedDay(order.getManagerId(), order.getVisitDate()).isPresent();
        return OrderAssembler.toDetails(order, client, manager, discountName, dayClosed);
    }

    private OrderActor actor() {
        return OrderActor.of(staff.current());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(configuration.companyZone()));
    }

    private void flush() {
        try {
            orders.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException("orders.changedConcurrently");
        }
    }
}
