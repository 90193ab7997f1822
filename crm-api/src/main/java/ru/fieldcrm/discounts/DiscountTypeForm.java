package ru.fieldcrm.discounts;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Set;
import ru.fieldcrm.users.Role;

/** What the administrator enters for a discount type. A percent type's maximum is at most 100. */
public record DiscountTypeForm(
        @NotBlank(message = "{discounts.name.required}") @Size(max = 100, message = "{discounts.name.tooLong}") String name,
        @NotNull(message = "{discounts.kind.required}") DiscountKind kind,
        @NotNull(message = "{discounts.max.required}")
        @DecimalMin(value = "0.01", message = "{discounts.max.positive}")
        @Digits(integer = 10, fraction = 2, message = "{orders.money.format}") BigDecimal maxValue,
        boolean active,
        @NotEmpty(message = "{discounts.roles.required}") Set<Role> roles) {
}
