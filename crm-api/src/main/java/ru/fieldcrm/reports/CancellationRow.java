package ru.fieldcrm.reports;

import java.math.BigDecimal;

/** Cancelled orders with the same reason (as typed): how many, their amount and final sums. */
public record CancellationRow(String reason, int orders, BigDecimal amount, BigDecimal finalSum) {
}
