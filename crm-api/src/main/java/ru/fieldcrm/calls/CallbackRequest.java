package ru.fieldcrm.calls;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.fieldcrm.shared.Phone;

/** Click-to-call: the number to call (any usual form); the PBX rings the caller's own extension first. */
public record CallbackRequest(
        @NotBlank(message = "{calls.callback.numberRequired}") @Phone @Size(max = 40) String number) {
}
