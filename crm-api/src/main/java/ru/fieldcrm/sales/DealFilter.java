package ru.fieldcrm.sales;

import java.time.LocalDate;

/**
 * Which deals to list: of a pipeline, optionally one salesperson's, created in a period (either end
 * open), open ones only or all. Null fields do not filter.
 */
public record DealFilter(Long pipelineId, Long responsibleId, LocalDate createdFrom, LocalDate createdTo,
        boolean openOnly) {
}
