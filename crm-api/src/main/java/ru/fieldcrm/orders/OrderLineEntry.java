package ru.fieldcrm.orders;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A line of an order: a service with its unit, price and quantity. The line's sum is price × quantity. */
public record OrderLineEntry(
        @NotBlank(message = "{orders.line.nameRequired}") @Size(max = 200, message = "{orders.line.nameTooLong}") String name,
        @Size(max = 20, message = "{orders.line.unitTooLong}") String unit,
        @NotNull(message = "{orders.line.priceRequired}")
        @DecimalMin(value = "0.00", message = "{orders.money.negative}")
        @Digits(integer = 10, fraction = 2, message = "{orders.money.format}") BigDecimal price,
        @NotNull(message = "{orders.line.quantityRequired}")
        @DecimalMin(value = "0.001", message = "{orders.line.quantityPositive}")
        @DecimalMax(value = "100000", message = "{orders.line.quantityTooLarge}")
        @Digits(integer = 6, fraction = 3, message = "{orders.line.quantityFormat}") BigDecimal quantity) {
}
