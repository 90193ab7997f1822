package ru.fieldcrm.clients;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.fieldcrm.geo.GeoPlacement;

/**
 * One of a client's addresses with what a crew needs at the door. {@code id} is null for a new
 * address and names an existing one when a client is updated. {@code geo} is where the address is on
 * the map (answered only; a save ignores it: a point is placed by hand through the geo feature).
 */
public record AddressEntry(
        Long id,
        @NotBlank(message = "{clients.address.required}") @Size(max = 500, message = "{clients.address.tooLong}") String address,
        @Size(max = 20, message = "{clients.address.partTooLong}") String entrance,
        @Size(max = 20, message = "{clients.address.partTooLong}") String floor,
        @Size(max = 20, message = "{clients.address.partTooLong}") String apartment,
        @Size(max = 40, message = "{clients.address.partTooLong}") String intercom,
        @Size(max = 500, message = "{clients.address.noteTooLong}") String note,
        GeoPlacement geo) {
}
