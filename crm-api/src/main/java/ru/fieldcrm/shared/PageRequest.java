package ru.fieldcrm.shared;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * One page of a list: offset and size, and an optional sort field (a name the service knows) with
 * its direction. Unknown sort fields are rejected by the service, never passed to a query.
 */
public record PageRequest(
        @Min(value = 0, message = "{shared.page.first}") int first,
        @Min(value = 1, message = "{shared.page.size}") @Max(value = 500, message = "{shared.page.size}") int size,
        @Size(max = 40) String sortField,
        boolean ascending) {

    public static PageRequest firstPage(int size) {
        return new PageRequest(0, size, null, true);
    }
}
