package ru.fieldcrm.sales;

import java.time.LocalDate;

/**
 * Which deals to list: of a pipeline, optionally one salesperson's, created in a period (either end
 * open), open ones only or all, and of the closed ones only those closed since a day (the board's
 * won and lost columns show the recent ones, never years of them). Null fields do not filter.
 */
public record DealFilter(Long pipelineId, Long responsibleId, LocalDate createdFrom, LocalDate createdTo,
        boolean openOnly, LocalDate closedSince) {

    public DealFilter(Long pipelineId, Long responsibleId, LocalDate createdFrom, LocalDate createdTo,
            boolean openOnly) {
        this(pipelineId, responsibleId, createdFrom, createdTo, openOnly, null);
    }
}
