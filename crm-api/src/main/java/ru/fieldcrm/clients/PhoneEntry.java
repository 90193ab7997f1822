package ru.fieldcrm.clients;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.fieldcrm.shared.Phone;

/** One of a client's phone numbers: E.164 when read, any usual form when written. */
public record PhoneEntry(
        @NotBlank(message = "{clients.phone.required}") @Phone @Size(max = 40) String phone,
        @Size(max = 100, message = "{clients.phone.noteTooLong}") String note) {
}
