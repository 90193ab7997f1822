package ru.fieldcrm.sales;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * A note, a negotiation or a task on a deal. {@code at} is in the company's time zone: when the
 * negotiation took place (not in the future) or when the task is due; a note takes now when left
 * out. A negotiation's duration is in minutes.
 */
public record ActivityForm(
        @NotNull(message = "{sales.activity.kindRequired}") ActivityKind kind,
        @NotBlank(message = "{sales.activity.textRequired}") @Size(max = 2000, message = "{sales.activity.textTooLong}") String text,
        LocalDateTime at,
        @Min(value = 1, message = "{sales.activity.duration}") @Max(value = 1440, message = "{sales.activity.duration}") Integer durationMinutes,
        @Size(max = 300, message = "{sales.activity.outcomeTooLong}") String outcome) {
}
