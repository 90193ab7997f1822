package ru.fieldcrm.orders;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import ru.fieldcrm.shared.PageResult;

/**
 * Orders. Everyone signed in reads all orders. Changes follow {@link OrderRights}: a field the
 * caller's role does not own is refused ({@link ru.fieldcrm.shared.ForbiddenException}) and nothing
 * of the request is saved; a manager changes the field's part only of orders assigned to them; a
 * closed day is changed only by an administrator (and is then marked corrected). Every change is
 * written to the order's history. {@code version} is the one the caller loaded: if somebody saved
 * the order since, {@link ru.fieldcrm.shared.ConcurrentChangeException}.
 */
public interface OrderService {

    PageResult<OrderSummary> find(@NotNull @Valid OrderQuery query);

    /** The count and sums of every order the query matches (for the list's totals line). */
    OrderTotals totals(@NotNull @Valid OrderQuery query);

    /**
     * The orders the query matches, for an export, in the query's sort and {@code query.page().size()}
     * at a time: the ones that follow {@code after}, the last row of the previous batch ({@code null}:
     * from the first). Each batch is one query that continues from the previous row's sort key (keyset
     * paging), so an export of any length never holds more than a batch and no batch costs more than the
     * first; the page's offset is not used. An empty batch is the end.
     */
    List<OrderExportRow> exportBatch(@NotNull @Valid OrderQuery query, OrderExportRow after);

    OrderDetails get(long id);

    /** The order's changes, oldest first. */
    List<OrderChangeEntry> history(long id);

    /** A new order (office: operator, administrator). Status Новый, or Назначен with a manager. */
    OrderDetails create(@NotNull @Valid OrderForm form);

    /** Changes the office's part; every field that differs is checked against the caller's rights. */
    OrderDetails update(long id, long version, @NotNull @Valid OrderForm form);

    /** Cancels the order with a reason (office). */
    OrderDetails cancel(long id, long version,
            @NotBlank(message = "{orders.cancel.reasonRequired}") @Size(max = 300, message = "{orders.reason.tooLong}") String reason);

    /**
     * The manager's price change: a signed amount added to the order's amount after the discount.
     * An increase is credited to the manager as upsell («Увеличение чека»).
     */
    OrderDetails changePrice(long id, long version,
            @NotNull(message = "{orders.priceChange.required}")
            @DecimalMin(value = "-9999999999.99", message = "{orders.money.format}")
            @DecimalMax(value = "9999999999.99", message = "{orders.money.format}")
            @Digits(integer = 10, fraction = 2, message = "{orders.money.format}") BigDecimal change,
            @NotBlank(message = "{orders.priceChange.reasonRequired}") @Size(max = 300, message = "{orders.reason.tooLong}") String reason);

    /** A manager's mark with the time it is made; finishing takes the completion comment. */
    OrderDetails mark(long id, long version, @NotNull OrderMark mark,
            @Size(max = 2000, message = "{orders.comment.tooLong}") String comment);

    /**
     * The evening correction of the final sum: the price change becomes whatever makes the final
     * sum this amount.
     */
    OrderDetails correctFinalSum(long id, long version,
            @NotNull(message = "{orders.finalSum.required}")
            @DecimalMin(value = "0.00", message = "{orders.finalSum.negative}")
            @Digits(integer = 10, fraction = 2, message = "{orders.money.format}") BigDecimal finalSum,
            @NotBlank(message = "{orders.priceChange.reasonRequired}") @Size(max = 300, message = "{orders.reason.tooLong}") String reason);

    /**
     * Closes a manager's day: every order of that day must be done or cancelled; done ones become
     * closed. {@code managerId} null means the caller; only an administrator closes another's day.
     */
    DayCloseResult closeDay(Long managerId, @NotNull LocalDate day);
}
