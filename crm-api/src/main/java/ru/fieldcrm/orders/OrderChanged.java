package ru.fieldcrm.orders;

import java.time.Instant;

/**
 * A CDI event fired in the transaction of every saved change of an order, after its history is
 * written: features that follow orders (SMS to the client) act in the same transaction, so the
 * change and what it causes are saved together or not at all. {@code before} is null for a new
 * order and equals {@code after} when the status stayed. {@code quiet} changes tell the client
 * nothing: an order imported from the company's old spreadsheet was agreed with the client long
 * ago, so the SMS outbox writes no message for it.
 */
public record OrderChanged(long orderId, OrderStatus before, OrderStatus after, Instant at, boolean quiet) {

    public OrderChanged(long orderId, OrderStatus before, OrderStatus after, Instant at) {
        this(orderId, before, after, at, false);
    }

    public boolean statusChanged() {
        return before != after;
    }
}
