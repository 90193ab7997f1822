package ru.fieldcrm.reports;

/** Where a run of the daily-finance job is. */
public enum FinanceRunStatus {
    /** Handed to the batch runtime, not yet running. */
    STARTING,
    RUNNING,
    COMPLETED,
    /** Stopped by an error; may be restarted from its last checkpoint. */
    FAILED;

    public boolean isFinished() {
        return this == COMPLETED || this == FAILED;
    }
}
