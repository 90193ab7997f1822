package ru.fieldcrm.clients;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A change of a client card; {@code version} is the one the card was loaded with. The lists are
 * the whole new state: numbers that stay keep their row, addresses are matched by {@code id}
 * (null for a new one), and what is missing is removed.
 */
public record ClientUpdateRequest(
        long id,
        long version,
        @NotBlank(message = "{clients.name.required}") @Size(max = NewClientRequest.MAX_NAME, message = "{clients.name.tooLong}") String name,
        @NotEmpty(message = "{clients.phones.required}") @Size(max = NewClientRequest.MAX_PHONES, message = "{clients.phones.tooMany}")
        List<@NotNull(message = "{clients.phone.required}") @Valid PhoneEntry> phones,
        @Size(max = NewClientRequest.MAX_ADDRESSES, message = "{clients.addresses.tooMany}")
        List<@NotNull(message = "{clients.address.required}") @Valid AddressEntry> addresses,
        @Email(message = "{clients.email.invalid}") @Size(max = 254, message = "{clients.email.invalid}") String email,
        @Size(max = NewClientRequest.MAX_COMMENT, message = "{clients.comment.tooLong}") String comment,
        @Size(max = NewClientRequest.MAX_SOURCE, message = "{clients.source.tooLong}") String source) {

    public ClientUpdateRequest {
        phones = phones == null ? null : Collections.unmodifiableList(new ArrayList<>(phones));
        addresses = addresses == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(addresses));
    }
}
