package ru.fieldcrm.calls;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;

/**
 * A filter of the call log: days in the company's zone (inclusive), direction, the user who took
 * or made the call, the client, only missed calls; newest first.
 */
public record CallQuery(LocalDate from, LocalDate to, CallDirection direction, Long userId, Long clientId,
        boolean missedOnly, @Min(0) int first, @Min(1) @Max(500) int size) {
}
