package ru.fieldcrm.orders;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import ru.fieldcrm.shared.Formats;
import ru.fieldcrm.shared.Money;
import ru.fieldcrm.shared.PageRequest;
import ru.fieldcrm.shared.Refusals;
import ru.fieldcrm.users.CurrentUser;

/**
 * «Мой день»: a manager's orders of one day on a phone — where to go, whom to call, the marks, the
 * price change, the final sums and the close of the day. Every button is one service call.
 */
@Named
@ViewScoped
public class MyDay implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final int MAX_ORDERS_A_DAY = 200;

    @EJB
    OrderService orders;

    @Inject
    CurrentUser currentUser;

    @Inject
    Formats formats;

    @Inject
    OrderPush push;

    private LocalDate day;
    private List<OrderDetails> dayOrders = List.of();
    /** The order a dialog works on, and the dialog's inputs. */
    private OrderDetails selected;
    private BigDecimal amount;
    private String reason;
    private String comment;

    @PostConstruct
    void init() {
        day = formats.today();
        load();
    }

    private void load() {
        long me = currentUser.getDetails().id();
        dayOrders = orders.find(new OrderQuery(day, day, Set.of(), me, null, null, new PageRequest(0, MAX_ORDERS_A_DAY, "visit", true)))
                .rows().stream().map(summary -> orders.get(summary.id())).toList();
    }

    /** Reloads the day when somebody changed orders (the websocket's event). */
    public void refresh() {
        load();
    }

    public void previousDay() {
        day = day.minusDays(1);
        load();
    }

    public void nextDay() {
        day = day.plusDays(1);
        load();
    }

    public void today() {
        day = formats.today();
        load();
    }

    public void mark(OrderDetails order, OrderMark mark) {
        try {
            orders.mark(order.id(), order.version(), mark, mark == OrderMark.FINISHED ? comment : null);
            push.changed(order.id());
            Refusals.info("myDay.marked", String.valueOf(order.number()));
        } catch (RuntimeException e) {
            Refusals.show(e, "dayForm");
        }
        load();
    }

    /** Opens a dialog for this order with empty inputs. */
    public void select(OrderDetails order) {
        selected = order;
        amount = null;
        reason = null;
        comment = null;
    }

    /** Opens the final sum's dialog with the order's present final sum to correct. */
    public void selectFinalSum(OrderDetails order) {
        select(order);
        amount = order.finalSum();
    }

    public void changePrice() {
        act(() -> orders.changePrice(selected.id(), selected.version(), amount, reason), "myDay.priceChanged", "priceForm");
    }

    public void correctFinalSum() {
        act(() -> orders.correctFinalSum(selected.id(), selected.version(), amount, reason), "myDay.finalSumSet",
                "finalSumForm");
    }

    public void finish() {
        act(() -> orders.mark(selected.id(), selected.version(), OrderMark.FINISHED, comment), "myDay.marked", "finishForm");
    }

    private void act(Runnable call, String doneKey, String formId) {
        try {
            call.run();
            push.changed(selected.id());
            Refusals.info(doneKey, String.valueOf(selected.number()));
            selected = null;
            load();
        } catch (RuntimeException e) {
            Refusals.show(e, formId);
        }
    }

    public void closeDay() {
        try {
            DayCloseResult result = orders.closeDay(null, day);
            push.changed(0);
            Refusals.info("myDay.closed", formats.date(day), String.valueOf(result.ordersClosed()), Money.format(result.total()));
        } catch (RuntimeException e) {
            Refusals.show(e, "dayForm");
        }
        load();
    }

    public BigDecimal getDayTotal() {
        return dayOrders.stream().filter(o -> o.status() != OrderStatus.CANCELLED)
                .map(OrderDetails::finalSum).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean isDayClosed() {
        return dayOrders.stream().anyMatch(OrderDetails::dayClosed);
    }

    /** The next mark the order can take, or null. */
    public OrderMark nextMark(OrderDetails order) {
        return switch (order.status()) {
            case ASSIGNED -> OrderMark.LEFT_OFFICE;
            case LEFT_OFFICE -> OrderMark.WORK_STARTED;
            case IN_PROGRESS -> OrderMark.FINISHED;
            default -> null;
        };
    }

    public boolean isOpen(OrderDetails order) {
        return !order.dayClosed() && !order.status().isFinal() && order.status() != OrderStatus.NEW;
    }

    public LocalDate getDay() {
        return day;
    }

    public List<OrderDetails> getOrders() {
        return dayOrders;
    }

    public OrderDetails getSelected() {
        return selected;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
