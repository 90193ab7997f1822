package ru.fieldcrm.reports;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Starts, restarts and asks after the daily-finance job. Outside any transaction: the batch runtime
 * creates its repository tables only when first used outside JTA, and an execution must be queried
 * through the bean that started it (the application's), not from the web module.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FinanceJobs {

    static final String JOB = "daily-finance";
    private static final Logger LOG = Logger.getLogger(FinanceJobs.class.getName());

    @Inject
    FinanceRuns runs;

    /** Creates the run's row and hands the job to the batch runtime; answers the run's id. */
    public long start(FinanceRunKind kind, LocalDate from, LocalDate to, List<LocalDate> extra, Long startedBy) {
        int total = FinanceDays.of(from, to, extra).size();
        long runId = runs.create(kind, from, to, extra, null, total, startedBy);
        launch(runId, from, to, extra);
        return runId;
    }

    /** Hands a run whose row exists (a claimed night) to the batch runtime. */
    public void launch(long runId, LocalDate from, LocalDate to, List<LocalDate> extra) {
        long execution;
        try {
            execution = operator().start(JOB, parameters(runId, from, to, extra));
        } catch (RuntimeException e) {
            runs.ended(runId, FinanceRunStatus.FAILED, FinanceRuns.describe(e));
            throw e;
        }
        LOG.info(() -> "finance run " + runId + " started as execution " + execution + " for " + from + ".." + to);
    }

    /** Goes on with a failed run from its last checkpoint. */
    public void restart(FinanceRuns.Run run) {
        FinanceRunSummary summary = run.summary();
        long execution = operator().restart(run.executionId(),
                parameters(summary.id(), summary.from(), summary.to(), run.extraDays()));
        LOG.info(() -> "finance run " + summary.id() + " restarted as execution " + execution);
    }

    /** The batch runtime's word on an execution: empty when it does not know it. */
    public Optional<BatchStatus> status(long executionId) {
        try {
            return Optional.ofNullable(operator().getJobExecution(executionId).getBatchStatus());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Properties parameters(long runId, LocalDate from, LocalDate to, List<LocalDate> extra) {
        Properties parameters = new Properties();
        parameters.setProperty("runId", Long.toString(runId));
        parameters.setProperty("from", from.toString());
        parameters.setProperty("to", to.toString());
        parameters.setProperty("extraDays", FinanceDays.format(extra));
        return parameters;
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
