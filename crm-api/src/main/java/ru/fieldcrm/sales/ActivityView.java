package ru.fieldcrm.sales;

import java.time.Instant;

/** An activity on a deal; a task is overdue when it is open and its time has passed. */
public record ActivityView(long id, long dealId, String dealTitle, ActivityKind kind, Instant at, String text,
        Integer durationMinutes, String outcome, Long assigneeId, Instant doneAt, String authorLogin, boolean overdue,
        long version) {
}
