package ru.fieldcrm.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/** A row of the order list. */
public record OrderSummary(
        long id,
        long number,
        OrderStatus status,
        long clientId,
        String clientName,
        String contactPhone,
        String address,
        LocalDate visitDate,
        LocalTime windowStart,
        LocalTime windowEnd,
        Long managerId,
        String managerName,
        BigDecimal amount,
        BigDecimal finalSum) {
}
