package ru.fieldcrm.orders;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * The discount on an order: its type (percent or amount, with a maximum and the roles that may
 * give it), the value (per cent or roubles) and why.
 */
public record DiscountEntry(
        @NotNull(message = "{orders.discount.typeRequired}") Long typeId,
        @NotNull(message = "{orders.discount.valueRequired}")
        @DecimalMin(value = "0.01", message = "{orders.discount.valuePositive}")
        @Digits(integer = 10, fraction = 2, message = "{orders.money.format}") BigDecimal value,
        @NotBlank(message = "{orders.discount.reasonRequired}") @Size(max = 300, message = "{orders.reason.tooLong}") String reason) {
}
