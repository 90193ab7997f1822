package ru.fieldcrm.reports;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/** A chunk's days: their figures replaced in the chunk's transaction. */
@Named("financeDayWriter")
@Dependent
public class FinanceDayWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(FinanceDayWriter.class.getName());

    @Inject
    JobContext job;

    @Inject
    FinanceFigures figures;

    private final Clock clock = Clock.systemUTC();

    @Override
    public void writeItems(List<Object> items) {
        List<LocalDate> days = items.stream().map(LocalDate.class::cast).toList();
        long runId = FinanceRunListener.runId(job);
        int rows = figures.recompute(days, runId, clock.instant());
        LOG.fine(() -> "finance run " + runId + ": " + days.size() + " days from " + days.get(0) + ", " + rows + " rows");
    }
}
