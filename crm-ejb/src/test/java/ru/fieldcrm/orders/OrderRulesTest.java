package ru.fieldcrm.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import ru.fieldcrm.shared.CrmException;
import ru.fieldcrm.shared.ForbiddenException;
import ru.fieldcrm.shared.InvalidRequestException;
import ru.fieldcrm.shared.Money;
import ru.fieldcrm.users.Role;

/**
 * The rules of an order: the whole rights matrix (every role × every field: allowed succeeds,
 * forbidden is refused and changes nothing), the status flow, and the money.
 */
class OrderRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-28T07:00:00Z");
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final long MANAGER_ID = 10;
    private static final long OTHER_MANAGER_ID = 11;

    private static final OrderActor ADMIN = new OrderActor(1, "admin", Role.ADMIN);
    private static final OrderActor OPERATOR = new OrderActor(2, "oper", Role.OPERATOR);
    private static final OrderActor MANAGER = new OrderActor(MANAGER_ID, "manager", Role.MANAGER);
    private static final OrderActor SALES = new OrderActor(3, "sales", Role.SALES);

    /** What each role may change, written out here on purpose: not read from OrderRights. */
    private static final Map<Role, Set<OrderField>> EXPECTED = Map.of(
            Role.ADMIN, EnumSet.complementOf(EnumSet.of(OrderField.STATUS, OrderField.IMPORT)),
            Role.OPERATOR, EnumSet.of(OrderField.CLIENT, OrderField.CONTACT_PHONE, OrderField.ADDRESS,
                    OrderField.VISIT_TIME, OrderField.DESCRIPTION, OrderField.LINES, OrderField.DISCOUNT,
                    OrderField.MANAGER, OrderField.COMMENT, OrderField.CANCELLATION),
            Role.MANAGER, EnumSet.of(OrderField.PRICE_CHANGE, OrderField.LEFT_OFFICE, OrderField.WORK_STARTED,
                    OrderField.FINISHED, OrderField.FINAL_SUM, OrderField.DAY_CLOSE),
            Role.SALES, EnumSet.noneOf(OrderField.class));

    static OfficePart office(Function<OfficeBuilder, OfficeBuilder> change) {
        return change.apply(new OfficeBuilder()).build();
    }

    /** A valid office part, changed one field at a time. */
    static final class OfficeBuilder {
        long clientId = 100;
        String phone = "+79161234567";
        SiteAddress site = new SiteAddress("Москва, ул. Ленина, 1", "2", "5", "17", "17К");
        LocalDate date = LocalDate.of(2026, 11, 30);
        LocalTime start = LocalTime.of(10, 0);
        LocalTime end = LocalTime.of(12, 0);
        String description = "Монтаж кондиционера";
        List<OrderLineEntry> lines = List.of(OrderLineEntry.typed("Монтаж", "шт", new BigDecimal("5000.00"), BigDecimal.ONE));
        Money amount = Money.of("5000");
        AppliedDiscount discount = null;
        Long managerId = MANAGER_ID;
        String comment = null;

        OfficePart build() {
            return new OfficePart(clientId, phone, site, date, start, end, date.atTime(start).atZone(MOSCOW).toInstant(),
                    date.atTime(end).atZone(MOSCOW).toInstant(), description, lines, amount, discount, managerId, comment);
        }
    }

    static Order assigned() {
        return Order.book(1, office(b -> b), OPERATOR, NOW);
    }

    /** An order brought to a status by the administrator. */
    static Order at(OrderStatus status) {
        Order order = assigned();
        if (status.compareTo(OrderStatus.LEFT_OFFICE) >= 0 && status != OrderStatus.CANCELLED) {
            order.mark(OrderMark.LEFT_OFFICE, null, ADMIN, NOW);
        }
        if (status.compareTo(OrderStatus.IN_PROGRESS) >= 0 && status != OrderStatus.CANCELLED) {
            order.mark(OrderMark.WORK_STARTED, null, ADMIN, NOW);
        }
        if (status.compareTo(OrderStatus.DONE) >= 0 && status != OrderStatus.CANCELLED) {
            order.mark(OrderMark.FINISHED, "Готово", ADMIN, NOW);
        }
        if (status == OrderStatus.CLOSED) {
            order.closeWithDay(ADMIN);
        }
        if (status == OrderStatus.CANCELLED) {
            order.cancel("Клиент передумал", ADMIN, NOW);
        }
        assertEquals(status, order.getStatus());
        return order;
    }

    /** Changes one field as the actor would, on an order in the status the change needs. */
    static List<FieldChange> change(OrderField field, OrderActor actor, Order order) {
        return switch (field) {
            case CLIENT -> order.applyOffice(office(b -> { b.clientId = 200; return b; }), actor);
            case CONTACT_PHONE -> order.applyOffice(office(b -> { b.phone = "+79037654321"; return b; }), actor);
            case ADDRESS -> order.applyOffice(office(b -> { b.site = new SiteAddress("Москва, ул. Мира, 5", null, null, null, null); return b; }), actor);
            case VISIT_TIME -> order.applyOffice(office(b -> { b.start = LocalTime.of(14, 0); b.end = LocalTime.of(16, 0); return b; }), actor);
            case DESCRIPTION -> order.applyOffice(office(b -> { b.description = "Ремонт"; return b; }), actor);
            case LINES -> order.applyOffice(office(b -> { b.lines = List.of(); b.amount = Money.of("7000"); return b; }), actor);
            case DISCOUNT -> order.applyOffice(office(b -> { b.discount = new AppliedDiscount(5, BigDecimal.TEN, Money.of("500"), "Постоянный клиент"); return b; }), actor);
            case MANAGER -> order.applyOffice(office(b -> { b.managerId = OTHER_MANAGER_ID; return b; }), actor);
            case COMMENT -> order.applyOffice(office(b -> { b.comment = "Позвонить за час"; return b; }), actor);
            case CANCELLATION -> order.cancel("Клиент передумал", actor, NOW);
            case PRICE_CHANGE -> order.changePrice(Money.of("1500"), "Доп. работы", actor);
            case LEFT_OFFICE -> order.mark(OrderMark.LEFT_OFFICE, null, actor, NOW);
            case WORK_STARTED -> order.mark(OrderMark.WORK_STARTED, null, actor, NOW);
            case FINISHED -> order.mark(OrderMark.FINISHED, "Готово", actor, NOW);
            case FINAL_SUM -> order.correctFinalSum(Money.of("4500"), "Скидка на месте", actor);
            case DAY_CLOSE -> order.closeWithDay(actor);
            case STATUS, IMPORT -> throw new AssertionError("the status and the import are never set directly");
        };
    }

    static OrderStatus statusFor(OrderField field) {
        return switch (field) {
            case WORK_STARTED -> OrderStatus.LEFT_OFFICE;
            case FINISHED -> OrderStatus.IN_PROGRESS;
            case DAY_CLOSE -> OrderStatus.DONE;
            default -> OrderStatus.ASSIGNED;
        };
    }

    static String snapshot(Order o) {
        return List.of(o.getStatus(), o.getClientId(), o.getContactPhone(), o.getSite(), o.getVisitDate(),
                o.getWindowStart(), String.valueOf(o.getDescription()), o.getLines(), o.getAmount(),
                String.valueOf(o.getDiscountTypeId()), o.getDiscountAmount(), String.valueOf(o.getManagerId()),
                String.valueOf(o.getComment()), o.getPriceChange(), String.valueOf(o.getLeftOfficeAt()),
                String.valueOf(o.getWorkStartedAt()), String.valueOf(o.getFinishedAt()), o.getFinalSum(),
                String.valueOf(o.getCancellationReason())).toString();
    }

    @Test
    void everyRoleChangesExactlyItsFields() {
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            OrderActor actor = switch (role) {
                case ADMIN -> ADMIN;
                case OPERATOR -> OPERATOR;
                case MANAGER -> MANAGER;
                case SALES -> SALES;
            };
            for (OrderField field : OrderField.values()) {
                if (field == OrderField.STATUS || field == OrderField.IMPORT) {
                    continue;
                }
                Order order = at(statusFor(field));
                String before = snapshot(order);
                boolean allowed = EXPECTED.get(role).contains(field);
                try {
                    List<FieldChange> changes = change(field, actor, order);
                    if (!allowed) {
                        wrong.add(role + " changed " + field);
                    } else if (changes.isEmpty()) {
                        wrong.add(role + " changed nothing with " + field);
                    }
                } catch (ForbiddenException refused) {
                    if (allowed) {
                        wrong.add(role + " was refused " + field + ": " + refused.messageKey());
                    }
                    if (!before.equals(snapshot(order))) {
                        wrong.add(role + " was refused " + field + " but the order changed");
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theRightsTableIsTheOneTheOrderFollows() {
        for (Role role : Role.values()) {
            for (OrderField field : OrderField.values()) {
                if (field != OrderField.STATUS && field != OrderField.IMPORT) {
                    assertEquals(EXPECTED.get(role).contains(field), OrderRights.may(role, field), role + " " + field);
                }
            }
        }
        assertTrue(OrderRights.mayCreate(Role.OPERATOR) && OrderRights.mayCreate(Role.ADMIN));
        assertTrue(!OrderRights.mayCreate(Role.MANAGER) && !OrderRights.mayCreate(Role.SALES));
        assertThrows(ForbiddenException.class, () -> Order.book(1, office(b -> b), MANAGER, NOW));
    }

    @Test
    void aManagerWorksOnlyTheirOwnOrders() {
        OrderActor other = new OrderActor(OTHER_MANAGER_ID, "other", Role.MANAGER);
        Order order = assigned();
        String before = snapshot(order);
        for (OrderField field : EnumSet.of(OrderField.PRICE_CHANGE, OrderField.LEFT_OFFICE, OrderField.FINAL_SUM)) {
            CrmException refusal = assertThrows(ForbiddenException.class, () -> change(field, other, order));
            assertEquals("orders.notYours", refusal.messageKey());
        }
        assertEquals(before, snapshot(order));
    }

    @Test
    void historyIsTheAdministratorsAndEndsDoneAsClosedOrCancelled() {
        OfficePart past = office(b -> { b.date = LocalDate.of(2025, 3, 14); return b; });
        assertEquals("imports.history.adminOnly", assertThrows(ForbiddenException.class,
                () -> Order.bookHistory(1, past, OPERATOR, NOW, "n:1", OrderStatus.DONE)).messageKey());
        Order done = Order.bookHistory(1, past, ADMIN, NOW, "n:1", OrderStatus.DONE);
        assertEquals(OrderStatus.CLOSED, done.getStatus());
        assertEquals(0, done.getFinalSum().compareTo(new BigDecimal("5000")));
        assertEquals("imports.status.needsManager", assertThrows(InvalidRequestException.class,
                () -> Order.bookHistory(2, office(b -> { b.managerId = null; return b; }), ADMIN, NOW, "n:2",
                        OrderStatus.CLOSED)).messageKey());
        Order cancelled = Order.bookHistory(3, office(b -> { b.managerId = null; return b; }), ADMIN, NOW, "n:3",
                OrderStatus.CANCELLED);
        assertEquals(OrderStatus.CANCELLED, cancelled.getStatus());
        assertEquals(null, cancelled.getCancellationReason(), "the file gives no reason and none is made up");
        assertEquals("imports.history.needsFinalStatus", assertThrows(InvalidRequestException.class,
                () -> Order.bookHistory(4, past, ADMIN, NOW, "n:4", OrderStatus.ASSIGNED)).messageKey());
    }

    @Test
    void assignmentAndMarksMoveTheStatusInTurn() {
        Order order = Order.book(7, office(b -> { b.managerId = null; return b; }), OPERATOR, NOW);
        assertEquals(OrderStatus.NEW, order.getStatus());
        assertThrows(InvalidRequestException.class, () -> order.changePrice(Money.of("100"), "x", ADMIN));
        order.applyOffice(office(b -> b), OPERATOR);
        assertEquals(OrderStatus.ASSIGNED, order.getStatus());
        InvalidRequestException early = assertThrows(InvalidRequestException.class,
                () -> order.mark(OrderMark.FINISHED, null, MANAGER, NOW));
        assertEquals("orders.mark.wrongStatus", early.messageKey());
        order.mark(OrderMark.LEFT_OFFICE, null, MANAGER, NOW);
        assertEquals(OrderStatus.LEFT_OFFICE, order.getStatus());
        assertEquals(NOW, order.getLeftOfficeAt());
        InvalidRequestException reassign = assertThrows(InvalidRequestException.class,
                () -> order.applyOffice(office(b -> { b.managerId = OTHER_MANAGER_ID; return b; }), OPERATOR));
        assertEquals("orders.manager.onTheWay", reassign.messageKey());
        order.mark(OrderMark.WORK_STARTED, null, MANAGER, NOW.plusSeconds(3600));
        List<FieldChange> finished = order.mark(OrderMark.FINISHED, "Всё работает", MANAGER, NOW.plusSeconds(7200));
        assertEquals(OrderStatus.DONE, order.getStatus());
        assertEquals("Всё работает", order.getCompletionComment());
        assertTrue(finished.contains(new FieldChange(OrderField.STATUS, "IN_PROGRESS", "DONE")));
        assertTrue(!order.isUnfinished());
        order.closeWithDay(MANAGER);
        assertEquals(OrderStatus.CLOSED, order.getStatus());
        assertThrows(InvalidRequestException.class, () -> order.changePrice(Money.of("100"), "x", MANAGER));
        order.changePrice(Money.of("100"), "Исправление после закрытия", ADMIN);
        assertEquals(new BigDecimal("5100.00"), order.getFinalSum());
    }

    @Test
    void aCancelledOrderTakesNoMoreChanges() {
        Order order = at(OrderStatus.CANCELLED);
        assertEquals("Клиент передумал", order.getCancellationReason());
        for (OrderActor actor : List.of(ADMIN, OPERATOR, MANAGER)) {
            assertThrows(CrmException.class, () -> order.changePrice(Money.of("1"), "x", actor));
            assertThrows(CrmException.class, () -> order.cancel("again", actor, NOW));
        }
        assertTrue(!order.isUnfinished());
    }

    @Test
    void finalSumIsAmountMinusDiscountPlusPriceChange() {
        Order order = Order.book(1, office(b -> {
            b.discount = new AppliedDiscount(5, BigDecimal.TEN, Money.of("500"), "Постоянный клиент");
            return b;
        }), OPERATOR, NOW);
        assertEquals(new BigDecimal("4500.00"), order.getFinalSum());
        order.changePrice(Money.of("1200.50"), "Доп. работы", MANAGER);
        assertEquals(new BigDecimal("5700.50"), order.getFinalSum());
        assertEquals(MANAGER_ID, order.getPriceChangeBy());
        order.changePrice(Money.of("-700"), "Меньше работ", MANAGER);
        assertEquals(new BigDecimal("3800.00"), order.getFinalSum());
        InvalidRequestException negative = assertThrows(InvalidRequestException.class,
                () -> order.changePrice(Money.of("-4600"), "Слишком много", MANAGER));
        assertEquals("orders.finalSum.wouldBeNegative", negative.messageKey());
        assertEquals(new BigDecimal("3800.00"), order.getFinalSum());
    }

    @Test
    void theEveningCorrectionSetsTheFinalSumThroughThePriceChange() {
        Order order = assigned();
        List<FieldChange> changes = order.correctFinalSum(Money.of("6250"), "Доп. работы", MANAGER);
        assertEquals(new BigDecimal("6250.00"), order.getFinalSum());
        assertEquals(new BigDecimal("1250.00"), order.getPriceChange());
        assertTrue(changes.contains(new FieldChange(OrderField.FINAL_SUM, "5000.00", "6250.00")));
    }

    @Test
    void anEditThatWouldMakeTheFinalSumNegativeIsRefusedWhole() {
        Order order = assigned();
        order.changePrice(Money.of("-4000"), "Скидка на месте", MANAGER);
        String before = snapshot(order);
        assertThrows(InvalidRequestException.class, () -> order.applyOffice(office(b -> {
            b.lines = List.of();
            b.amount = Money.of("3000");
            return b;
        }), OPERATOR));
        assertEquals(before, snapshot(order));
    }

    @Test
    void theHistoryNamesEveryChangedField() {
        Order order = assigned();
        List<FieldChange> changes = order.applyOffice(office(b -> {
            b.description = "Другое";
            b.comment = "Код домофона 17";
            return b;
        }), OPERATOR);
        assertEquals(List.of(OrderField.DESCRIPTION, OrderField.COMMENT), changes.stream().map(FieldChange::field).toList());
        assertEquals("Монтаж кондиционера", changes.get(0).oldValue());
        assertEquals(List.of(), order.applyOffice(office(b -> {
            b.description = "Другое";
            b.comment = "Код домофона 17";
            return b;
        }), MANAGER), "the same data again is no change, even for a manager");
    }
}
