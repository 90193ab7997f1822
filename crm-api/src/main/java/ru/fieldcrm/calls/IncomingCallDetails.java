package ru.fieldcrm.calls;

import java.time.LocalDate;
import java.util.List;
import ru.fieldcrm.orders.OrderStatus;

/**
 * What the operator whose extension rings sees of an incoming call: the caller's number, the
 * client it belongs to (none: a new client) and that client's open orders.
 */
public record IncomingCallDetails(long callId, String phone, Long clientId, String clientName,
        List<OpenOrder> openOrders) {

    /** An order of the client still to be done. */
    public record OpenOrder(long id, long number, LocalDate visitDate, OrderStatus status) {
    }

    public boolean knownClient() {
        return clientId != null;
    }
}
