package ru.fieldcrm.organizer;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;

/**
 * A visit dragged to a new time (and on the board possibly to another manager; {@code managerId}
 * null is «Не назначено»). A visit begins and ends on the same day.
 */
public record VisitMove(
        @NotNull VisitKind kind,
        long id,
        long version,
        @NotNull(message = "{orders.visit.startRequired}") LocalDateTime start,
        @NotNull(message = "{orders.visit.endRequired}") LocalDateTime end,
        Long managerId) {

    @AssertTrue(message = "{organizer.move.sameDay}")
    public boolean isOneDay() {
        return start == null || end == null || start.toLocalDate().equals(end.toLocalDate());
    }
}
