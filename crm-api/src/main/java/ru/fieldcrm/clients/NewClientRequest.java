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
 * What an operator enters to create a client: a name and at least one phone number (any usual
 * form; stored in E.164); addresses, e-mail, comment and where the client came from are optional.
 */
public record NewClientRequest(
        @NotBlank(message = "{clients.name.required}") @Size(max = NewClientRequest.MAX_NAME, message = "{clients.name.tooLong}") String name,
        @NotEmpty(message = "{clients.phones.required}") @Size(max = NewClientRequest.MAX_PHONES, message = "{clients.phones.tooMany}")
        List<@NotNull(message = "{clients.phone.required}") @Valid PhoneEntry> phones,
        @Size(max = NewClientRequest.MAX_ADDRESSES, message = "{clients.addresses.tooMany}")
        List<@NotNull(message = "{clients.address.required}") @Valid AddressEntry> addresses,
        @Email(message = "{clients.email.invalid}") @Size(max = 254, message = "{clients.email.invalid}") String email,
        @Size(max = NewClientRequest.MAX_COMMENT, message = "{clients.comment.tooLong}") String comment,
        @Size(max = NewClientRequest.MAX_SOURCE, message = "{clients.source.tooLong}") String source) {

    /** Limits of a client card, shared by the requests, the entity and the pages. */
    public static final int MAX_NAME = 200;
    public static final int MAX_PHONES = 10;
    public static final int MAX_ADDRESSES = 20;
    public static final int MAX_COMMENT = 2000;
    public static final int MAX_SOURCE = 100;

    /** Copies the lists; null elements are kept for validation to report them. */
    public NewClientRequest {
        phones = phones == null ? null : Collections.unmodifiableList(new ArrayList<>(phones));
        addresses = addresses == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(addresses));
    }
}
