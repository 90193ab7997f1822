package ru.fieldcrm.orders;

import java.math.BigDecimal;

/** The orders a list shows, counted and added up: amounts and final sums (cancelled orders add nothing). */
public record OrderTotals(long count, BigDecimal amount, BigDecimal finalSum) {
}
