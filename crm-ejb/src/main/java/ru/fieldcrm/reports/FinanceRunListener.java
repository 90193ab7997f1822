package ru.fieldcrm.reports;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Keeps the run's row: running with its execution (a restart has a new one), then how it ended. */
@Named("financeRunListener")
@Dependent
public class FinanceRunListener implements JobListener {

    @Inject
    JobContext job;

    @Inject
    FinanceRuns runs;

    static long runId(JobContext job) {
        return Long.parseLong(job.getProperties().getProperty("runId"));
    }

    @Override
    public void beforeJob() {
        runs.running(runId(job), job.getExecutionId());
    }

    @Override
    public void afterJob() {
        BatchStatus status = job.getBatchStatus();
        runs.ended(runId(job), status == BatchStatus.FAILED || status == BatchStatus.STOPPED
                || status == BatchStatus.ABANDONED ? FinanceRunStatus.FAILED : FinanceRunStatus.COMPLETED, null);
    }
}
