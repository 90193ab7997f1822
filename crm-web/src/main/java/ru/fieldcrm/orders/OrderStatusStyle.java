package ru.fieldcrm.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** How every order page colours a status: new blue, on the way amber, done green, cancelled red. */
@Named
@ApplicationScoped
public class OrderStatusStyle {

    /** The PrimeFaces severity of the status's tag. */
    public String severity(OrderStatus status) {
        return switch (status) {
            case NEW -> "info";
            case ASSIGNED -> "secondary";
            case LEFT_OFFICE, IN_PROGRESS -> "warning";
            case DONE, CLOSED -> "success";
            case CANCELLED -> "danger";
        };
    }
}
