package ru.fieldcrm.assessments;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** What the manager found on the site: the estimated amount of the work and notes. */
public record AssessmentResult(
        @NotNull(message = "{assessments.estimate.required}")
        @DecimalMin(value = "0.00", message = "{orders.money.negative}")
        @Digits(integer = 10, fraction = 2, message = "{orders.money.format}") BigDecimal estimatedAmount,
        @Size(max = 2000, message = "{assessments.notes.tooLong}") String notes) {
}
