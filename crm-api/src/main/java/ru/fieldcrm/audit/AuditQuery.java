package ru.fieldcrm.audit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import ru.fieldcrm.shared.PageRequest;

/**
 * Filter of the audit log: a period [{@code from}, {@code to}), the actor's login (part of it), the
 * action code and a free text matched against target and details. Newest first.
 */
public record AuditQuery(
        Instant from,
        Instant to,
        @Size(max = 60, message = "{shared.search.tooLong}") String actor,
        @Size(max = 60, message = "{shared.search.tooLong}") String action,
        @Size(max = 100, message = "{shared.search.tooLong}") String text,
        @NotNull @Valid PageRequest page) {
}
