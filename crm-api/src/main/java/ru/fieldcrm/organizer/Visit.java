package ru.fieldcrm.organizer;

import java.time.LocalDateTime;

/**
 * An order or an assessment as the calendar and the board show it: when (the company's local
 * time), who goes, whose site, its status code ({@code OrderStatus} or {@code AssessmentStatus}).
 */
public record Visit(
        VisitKind kind,
        long id,
        long number,
        long version,
        String status,
        String clientName,
        String address,
        Long managerId,
        String managerName,
        LocalDateTime start,
        LocalDateTime end) {

    /** The visit's key across both kinds, e.g. {@code ORDER-12}. */
    public String key() {
        return kind + "-" + id;
    }

    /** Whether the two visits' times overlap (touching ends do not). */
    public boolean overlaps(Visit other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }
}
