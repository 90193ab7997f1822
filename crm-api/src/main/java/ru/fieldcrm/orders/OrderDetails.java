package ru.fieldcrm.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import ru.fieldcrm.geo.GeoPlacement;

/**
 * One order as pages and the API show it: the office's part, the manager's part and the money.
 * {@code finalSum} = {@code amount} − {@code discountAmount} + {@code priceChange}; {@code geo} is where
 * the address is on the map and how that was found.
 */
public record OrderDetails(
        long id,
        long number,
        OrderStatus status,
        long clientId,
        String clientName,
        String contactPhone,
        String address,
        String entrance,
        String floor,
        String apartment,
        String intercom,
        LocalDate visitDate,
        LocalTime windowStart,
        LocalTime windowEnd,
        String description,
        List<OrderLineEntry> lines,
        BigDecimal amount,
        Long discountTypeId,
        String discountTypeName,
        BigDecimal discountValue,
        BigDecimal discountAmount,
        String discountReason,
        Long managerId,
        String managerName,
        String comment,
        BigDecimal priceChange,
        String priceChangeReason,
        Long priceChangeById,
        Instant leftOfficeAt,
        Instant workStartedAt,
        Instant finishedAt,
        String completionComment,
        BigDecimal finalSum,
        String cancellationReason,
        Instant cancelledAt,
        boolean dayClosed,
        Instant createdAt,
        long version,
        GeoPlacement geo) {

    public OrderDetails {
        lines = List.copyOf(lines);
    }
}
