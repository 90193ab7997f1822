package ru.fieldcrm.assessments;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import ru.fieldcrm.shared.PageRequest;

/**
 * Filter of the assessment list: visit dates [{@code from}, {@code to}] (either open), statuses
 * (empty: all), the manager, the client, and a text matched against the client's name, the phone
 * (digits) and the address. Sort fields: {@code number}, {@code visit}, {@code status}; by default
 * the visit time.
 */
public record AssessmentQuery(
        LocalDate from,
        LocalDate to,
        Set<AssessmentStatus> statuses,
        Long managerId,
        Long clientId,
        @Size(max = 100, message = "{shared.search.tooLong}") String text,
        @NotNull @Valid PageRequest page) {

    public AssessmentQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }
}
