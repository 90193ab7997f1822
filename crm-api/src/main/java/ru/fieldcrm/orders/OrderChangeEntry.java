package ru.fieldcrm.orders;

import java.time.Instant;

/**
 * One change in an order's history: the field, its value before and after (money as plain
 * numbers, dates ISO, statuses as codes), who and when.
 */
public record OrderChangeEntry(Instant at, String actorLogin, OrderField field, String oldValue, String newValue) {
}
