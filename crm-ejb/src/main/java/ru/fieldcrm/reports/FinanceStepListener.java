package ru.fieldcrm.reports;

import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Records the error that stopped the step, for the run panel. */
@Named("financeStepListener")
@Dependent
public class FinanceStepListener implements StepListener {

    private static final Logger LOG = Logger.getLogger(FinanceStepListener.class.getName());

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    FinanceRuns runs;

    @Override
    public void beforeStep() {
        // nothing to prepare: the reader opens at the checkpoint
    }

    @Override
    public void afterStep() {
        Exception failure = step.getException();
        if (failure != null) {
            long runId = FinanceRunListener.runId(job);
            LOG.log(Level.WARNING, "finance run " + runId + " failed", failure);
            runs.ended(runId, FinanceRunStatus.FAILED, FinanceRuns.describe(failure));
        }
    }
}
