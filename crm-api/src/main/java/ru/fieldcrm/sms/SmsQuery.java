package ru.fieldcrm.sms;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import ru.fieldcrm.shared.PageRequest;

/**
 * Filter of the SMS log: the day the message was written [{@code from}, {@code to}] (either open),
 * its status, the order's number, and digits of the phone number. Newest first.
 */
public record SmsQuery(
        LocalDate from,
        LocalDate to,
        SmsStatus status,
        Long orderNumber,
        @Size(max = 40, message = "{shared.search.tooLong}") String phone,
        @NotNull @Valid PageRequest page) {
}
