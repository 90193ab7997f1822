package ru.fieldcrm.assessments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/** A row of the assessment list. */
public record AssessmentSummary(
        long id,
        long number,
        AssessmentStatus status,
        long clientId,
        String clientName,
        String contactPhone,
        String address,
        LocalDate visitDate,
        LocalTime windowStart,
        LocalTime windowEnd,
        Long managerId,
        String managerName,
        BigDecimal estimatedAmount,
        Long orderId) {
}
