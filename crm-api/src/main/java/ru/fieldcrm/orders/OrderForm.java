package ru.fieldcrm.orders;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import ru.fieldcrm.shared.Phone;

/**
 * The office's part of an order, as the operator fills it in: who, where, when, what and for how
 * much. With lines the amount is their sum and {@code amount} is ignored; without lines
 * {@code amount} is the order's amount. Dates and times are the company's local ones.
 */
public record OrderForm(
        @NotNull(message = "{orders.client.required}") Long clientId,
        @NotBlank(message = "{orders.phone.required}") @Phone @Size(max = 40) String contactPhone,
        @NotBlank(message = "{orders.address.required}") @Size(max = 500, message = "{orders.address.tooLong}") String address,
        @Size(max = 20, message = "{orders.address.partTooLong}") String entrance,
        @Size(max = 20, message = "{orders.address.partTooLong}") String floor,
        @Size(max = 20, message = "{orders.address.partTooLong}") String apartment,
        @Size(max = 40, message = "{orders.address.partTooLong}") String intercom,
        @NotNull(message = "{orders.visit.dateRequired}") LocalDate visitDate,
        @NotNull(message = "{orders.visit.startRequired}") LocalTime windowStart,
        @NotNull(message = "{orders.visit.endRequired}") LocalTime windowEnd,
        @Size(max = 4000, message = "{orders.description.tooLong}") String description,
        @NotNull @Size(max = 100, message = "{orders.lines.tooMany}") List<@Valid @NotNull OrderLineEntry> lines,
        @DecimalMin(value = "0.00", message = "{orders.money.negative}")
        @Digits(integer = 10, fraction = 2, message = "{orders.money.format}") BigDecimal amount,
        @Valid DiscountEntry discount,
        Long managerId,
        @Size(max = 2000, message = "{orders.comment.tooLong}") String comment) {
}
