package ru.fieldcrm.reports;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An order with an upsell: {@code baseAmount} is what the order came to before the manager's
 * increase (amount − discount), so base + upsell = final sum.
 */
public record UpsellOrderRow(long orderId, long number, LocalDate day, String clientName, Long managerId,
        String managerName, BigDecimal baseAmount, BigDecimal upsell, BigDecimal finalSum) {
}
