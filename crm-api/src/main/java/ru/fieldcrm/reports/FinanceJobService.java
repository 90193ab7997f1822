package ru.fieldcrm.reports;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The daily-finance job: runs on demand for a period, restarts a failed run, and tells the runs'
 * progress. The nightly run starts itself. Administrator only.
 */
public interface FinanceJobService {

    /**
     * Computes the figures of every day of the period again, replacing the days' rows.
     *
     * @throws ru.fieldcrm.shared.InvalidRequestException when {@code from} is after {@code to} or the
     *                                                    period is longer than {@link ReportPeriod#MAX_DAYS}
     */
    FinanceRunSummary start(@NotNull(message = "{reports.period.required}") @Valid ReportPeriod period);

    /**
     * Goes on with a failed run from its last checkpoint.
     *
     * @throws ru.fieldcrm.shared.InvalidRequestException when the run has not failed
     */
    FinanceRunSummary restart(long runId);

    FinanceRunSummary run(long runId);

    /** The newest runs first. */
    List<FinanceRunSummary> runs(int limit);
}
