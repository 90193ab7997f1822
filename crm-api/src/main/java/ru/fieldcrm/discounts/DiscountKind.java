package ru.fieldcrm.discounts;

/** A discount in per cent of the order's amount, or a fixed amount of roubles. */
public enum DiscountKind {
    PERCENT,
    AMOUNT
}
