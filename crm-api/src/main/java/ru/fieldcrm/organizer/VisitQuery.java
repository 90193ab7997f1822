package ru.fieldcrm.organizer;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * The visits of the days [{@code from}, {@code to}] (at most 62 days, a calendar's month view with
 * its edges): of these managers (empty: everybody, also the unassigned), of these kinds (empty:
 * both). Cancelled visits are left out.
 */
public record VisitQuery(
        @NotNull(message = "{organizer.range.required}") LocalDate from,
        @NotNull(message = "{organizer.range.required}") LocalDate to,
        Set<Long> managerIds,
        Set<VisitKind> kinds) {

    public static final int MAX_DAYS = 62;

    public VisitQuery {
        managerIds = managerIds == null ? Set.of() : Set.copyOf(managerIds);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }

    @AssertTrue(message = "{organizer.range.invalid}")
    public boolean isRangeValid() {
        return from == null || to == null || (!to.isBefore(from) && ChronoUnit.DAYS.between(from, to) < MAX_DAYS);
    }

    public boolean includes(VisitKind kind) {
        return kinds.isEmpty() || kinds.contains(kind);
    }
}
