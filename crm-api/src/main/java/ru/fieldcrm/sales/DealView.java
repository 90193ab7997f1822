package ru.fieldcrm.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A deal as the caller sees it; {@code editable} says whether the caller may change it (the
 * salesperson responsible and the administrator; others read); {@code openTasks} its open tasks, and
 * {@code overdue} whether one of them is past its time.
 */
public record DealView(long id, String title, Long clientId, String clientName, String contactName,
        String contactPhone, BigDecimal amount, long responsibleId, String responsibleName, long pipelineId,
        long stageId, String stageName, StageOutcome outcome, Instant stageSince, String source,
        LocalDate expectedClose, String notes, Long lostReasonId, String lostReasonName, String lostComment,
        Instant createdAt, Instant closedAt, long version, boolean editable, int openTasks, boolean overdue) {
}
