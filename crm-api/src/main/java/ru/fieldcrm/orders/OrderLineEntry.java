package ru.fieldcrm.orders;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A line of an order: a service with its unit, price and quantity. The line's sum is price × quantity.
 * {@code serviceItemId} names the price-list item the line was picked from (null: a line typed by
 * hand); such a line may leave out its name, unit and price, and the order then takes a copy of the
 * item's, which later changes of the price list do not touch.
 */
@NamedAndPriced
public record OrderLineEntry(
        @Size(max = 200, message = "{orders.line.nameTooLong}") String name,
        @Size(max = 20, message = "{orders.line.unitTooLong}") String unit,
        @DecimalMin(value = "0.00", message = "{orders.money.negative}")
        @Digits(integer = 10, fraction = 2, message = "{orders.money.format}") BigDecimal price,
        @NotNull(message = "{orders.line.quantityRequired}")
        @DecimalMin(value = "0.001", message = "{orders.line.quantityPositive}")
        @DecimalMax(value = "100000", message = "{orders.line.quantityTooLarge}")
        @Digits(integer = 6, fraction = 3, message = "{orders.line.quantityFormat}") BigDecimal quantity,
        Long serviceItemId) {

    /** A line typed by hand, not from the price list. */
    public static OrderLineEntry typed(String name, String unit, BigDecimal price, BigDecimal quantity) {
        return new OrderLineEntry(name, unit, price, quantity, null);
    }

    /**
     * This line as the order keeps it: what it states, and its item's name, unit and price where it
     * states none ({@code copy} is the item's, or the order's own earlier copy of it).
     */
    public OrderLineEntry completedFrom(String copyName, String copyUnit, BigDecimal copyPrice) {
        return new OrderLineEntry(name == null || name.isBlank() ? copyName : name,
                unit == null || unit.isBlank() ? copyUnit : unit, price == null ? copyPrice : price, quantity,
                serviceItemId);
    }
}
