package ru.fieldcrm.reports;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A run of the daily-finance job: its days [{@code from}, {@code to}] (a nightly run may add earlier
 * days closed or corrected since the previous night), progress in days, who started it (null for the
 * nightly timer), and the error of a failed run.
 */
public record FinanceRunSummary(long id, FinanceRunKind kind, LocalDate from, LocalDate to, FinanceRunStatus status,
        int daysTotal, int daysDone, Instant startedAt, Instant endedAt, Long startedById, String startedByName,
        String error) {

    /** Progress in whole percent. */
    public int percent() {
        return daysTotal == 0 ? (status == FinanceRunStatus.COMPLETED ? 100 : 0) : daysDone * 100 / daysTotal;
    }
}
