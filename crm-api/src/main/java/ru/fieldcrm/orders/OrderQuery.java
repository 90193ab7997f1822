package ru.fieldcrm.orders;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import ru.fieldcrm.shared.PageRequest;

/**
 * Filter of the order list: visit dates [{@code from}, {@code to}] (both included, either open),
 * statuses (empty: all), the manager, the client, and a text matched against the client's name, the contact
 * phone (digits) and the address. Sort fields: {@code number}, {@code visit}, {@code status},
 * {@code finalSum}; by default the visit time.
 */
public record OrderQuery(
        LocalDate from,
        LocalDate to,
        Set<OrderStatus> statuses,
        Long managerId,
        Long clientId,
        @Size(max = 100, message = "{shared.search.tooLong}") String text,
        @NotNull @Valid PageRequest page) {

    public OrderQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }
}
