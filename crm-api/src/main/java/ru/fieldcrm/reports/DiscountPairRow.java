package ru.fieldcrm.reports;

import java.math.BigDecimal;

/** Discounts of one type given by one user: the finest grouping, which the export lists. */
public record DiscountPairRow(Long typeId, String typeName, Long userId, String userName, int orders, BigDecimal amount) {
}
