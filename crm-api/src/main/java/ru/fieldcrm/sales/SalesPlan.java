package ru.fieldcrm.sales;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.YearMonth;

/** A salesperson's plan for a month: the sum of deals to win. */
public record SalesPlan(
        @NotNull(message = "{sales.plan.userRequired}") Long userId,
        @NotNull(message = "{sales.plan.monthRequired}") YearMonth month,
        @NotNull(message = "{sales.plan.amountRequired}")
        @DecimalMin(value = "0.00", message = "{sales.plan.amountNegative}")
        @DecimalMax(value = "9999999999.99", message = "{orders.money.tooLarge}")
        @Digits(integer = 10, fraction = 2, message = "{orders.money.format}") BigDecimal amount) {
}
