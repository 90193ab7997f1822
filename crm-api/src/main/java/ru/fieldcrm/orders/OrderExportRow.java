package ru.fieldcrm.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * An order as a spreadsheet row: everything the list's export writes. {@code visitStart} and the
 * sort fields also serve as the position from which the next batch goes on
 * ({@link OrderService#exportBatch}).
 */
public record OrderExportRow(
        long id,
        long number,
        LocalDate visitDate,
        LocalTime windowStart,
        LocalTime windowEnd,
        Instant visitStart,
        OrderStatus status,
        String clientName,
        String contactPhone,
        String address,
        String managerName,
        BigDecimal amount,
        BigDecimal discount,
        BigDecimal priceChange,
        BigDecimal finalSum,
        Instant createdAt) {
}
