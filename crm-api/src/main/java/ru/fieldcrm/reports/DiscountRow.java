package ru.fieldcrm.reports;

import java.math.BigDecimal;

/**
 * Discounts of one group: a discount type, or the user who gave them ({@code id} null: nobody known).
 * {@code orders} is how many orders, {@code amount} the roubles taken off.
 */
public record DiscountRow(Long id, String name, int orders, BigDecimal amount) {
}
