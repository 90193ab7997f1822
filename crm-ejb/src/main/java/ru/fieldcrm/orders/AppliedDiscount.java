package ru.fieldcrm.orders;

import ru.fieldcrm.shared.Money;

/** A discount as it stands on an order: the type, the value given, the roubles it takes off, why. */
public record AppliedDiscount(long typeId, java.math.BigDecimal value, Money amount, String reason) {

    @Override
    public String toString() {
        return "#" + typeId + " " + value.toPlainString() + " = " + amount + " (" + reason + ")";
    }
}
