package ru.fieldcrm.reports;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The days of the run, one item each; the checkpoint is the position of the next day. */
@Named("financeDayReader")
@Dependent
public class FinanceDayReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String from;

    @Inject
    @BatchProperty
    String to;

    @Inject
    @BatchProperty
    String extraDays;

    private List<LocalDate> days;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        days = FinanceDays.of(LocalDate.parse(from), LocalDate.parse(to), FinanceDays.parse(extraDays));
        next = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        return next < days.size() ? days.get(next++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
