package ru.fieldcrm.pricelist;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * What the administrator enters for an item of the price list. The lengths are those of an order's
 * line, which takes a copy of the name, unit and price.
 */
public record ServiceItemForm(
        @NotBlank(message = "{pricelist.name.required}") @Size(max = 200, message = "{pricelist.name.tooLong}") String name,
        @NotBlank(message = "{pricelist.unit.required}") @Size(max = 20, message = "{pricelist.unit.tooLong}") String unit,
        @NotNull(message = "{pricelist.price.required}")
        @DecimalMin(value = "0.00", message = "{pricelist.price.negative}")
        @DecimalMax(value = "9999999999.99", message = "{orders.money.tooLarge}")
        @Digits(integer = 10, fraction = 2, message = "{orders.money.format}") BigDecimal price,
        @Size(max = 100, message = "{pricelist.category.tooLong}") String category,
        boolean active) {
}
