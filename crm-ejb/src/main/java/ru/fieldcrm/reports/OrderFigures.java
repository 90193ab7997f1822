package ru.fieldcrm.reports;

/**
 * The definitions every figure of an order is counted by, as SQL conditions on {@code crm_order o}:
 * the daily-finance job and the report tables read from the same text, so "done", "counted" and
 * "upsell" cannot mean one thing in one report and another in the next. An order counts on its visit
 * day ({@code o.visit_date}).
 */
final class OrderFigures {

    /** Done: Выполнен, or Закрыт with the manager's day. Their final sums are the revenue. */
    static final String DONE = "o.status in ('DONE', 'CLOSED')";

    static final String CANCELLED = "o.status = 'CANCELLED'";

    /** Counted in amounts, discounts and price changes: every order not cancelled. */
    static final String COUNTED = "o.status <> 'CANCELLED'";

    /** An upsell: an increase of the price made by the order's own manager, on an order not cancelled. */
    static final String UPSELL = COUNTED + " and o.price_change > 0 and o.price_change_by = o.manager_id";

    private OrderFigures() {
    }
}
