package ru.fieldcrm.assessments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import ru.fieldcrm.geo.GeoPlacement;

/** One assessment as pages and the API show it, with the order it became (if it did). */
public record AssessmentDetails(
        long id,
        long number,
        AssessmentStatus status,
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
        Long managerId,
        String managerName,
        BigDecimal estimatedAmount,
        String resultNotes,
        Instant doneAt,
        String cancellationReason,
        Instant cancelledAt,
        Long orderId,
        Long orderNumber,
        Instant createdAt,
        long version,
        GeoPlacement geo) {
}
