package ru.fieldcrm.assessments;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import ru.fieldcrm.shared.Phone;

/** The office's part of an assessment: whose site, where, when, what to look at and who goes. */
public record AssessmentForm(
        @NotNull(message = "{orders.client.required}") Long clientId,
        @NotBlank(message = "{orders.phone.required}") @Phone @Size(max = 40) String contactPhone,
        @NotBlank(message = "{orders.address.required}") @Size(max = 500, message = "{orders.address.tooLong}") String address,
        @Size(max = 20, message = "{orders.address.partTooLong}") String entrance,
        @Size(max = 20, message = "{orders.address.partTooLong}") String floor,
        @Size(max = 20, message = "{orders.address.partTooLong}") String apartment,
        @Size(max = 40, message = "{orders.address.partTooLong}") String intercom,
        @NotNull(message = "{orders.visit.dateRequired}") LocalDate visitDate,
        @NotNull(message = "{orders.visit.startRequired}") LocalTime windowStart,
        @NotNull(message = "{orders.visit.endRequired}") LocalTime windowEnd,
        @Size(max = 4000, message = "{orders.description.tooLong}") String description,
        Long managerId) {
}
