package ru.fieldcrm.sales;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A move of a deal to another stage of its pipeline; a lost stage needs a reason from the list. */
public record DealMove(
        @NotNull(message = "{sales.move.stageRequired}") Long stageId,
        Long lostReasonId,
        @Size(max = 500, message = "{sales.move.commentTooLong}") String lostComment) {
}
