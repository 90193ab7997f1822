package ru.fieldcrm.orders;

import java.time.Instant;

/**
 * A CDI event fired in the transaction of every saved change of an order, after its history is
 * written: features that follow orders (SMS to the client) act in the same transaction, so the
 * change and what it causes are saved together or not at all. {@code before} is null for a new
 * order and equals {@code after} when the status stayed.
 */
public record OrderChanged(long orderId, OrderStatus before, OrderStatus after, Instant at) {

    public boolean statusChanged() {
        return before != after;
    }
}
