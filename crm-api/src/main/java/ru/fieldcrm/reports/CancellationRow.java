package ru.fieldcrm.reports;

import java.math.BigDecimal;

/** Cancelled orders with the same reason (as typed): how many and their amount. */
public record CancellationRow(String reason, int orders, BigDecimal amount) {
}
