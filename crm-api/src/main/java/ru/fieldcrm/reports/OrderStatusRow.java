package ru.fieldcrm.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ru.fieldcrm.orders.OrderStatus;

/** The orders of a status: how many, their amount (before discounts) and their final sums. */
public record OrderStatusRow(OrderStatus status, int orders, BigDecimal amount, BigDecimal finalSum) {

    /** Every status in the order of an order's life, those without orders with zeros. */
    public static List<OrderStatusRow> everyStatus(List<OrderStatusRow> found) {
        Map<OrderStatus, OrderStatusRow> byStatus = new EnumMap<>(OrderStatus.class);
        found.forEach(row -> byStatus.put(row.status(), row));
        List<OrderStatusRow> rows = new ArrayList<>();
        for (OrderStatus status : OrderStatus.values()) {
            rows.add(byStatus.getOrDefault(status, new OrderStatusRow(status, 0, Ratios.zero(), Ratios.zero())));
        }
        return List.copyOf(rows);
    }
}
