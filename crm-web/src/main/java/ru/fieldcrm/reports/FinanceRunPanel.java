package ru.fieldcrm.reports;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ru.fieldcrm.shared.Formats;
import ru.fieldcrm.shared.Refusals;
import ru.fieldcrm.users.CurrentUser;

/**
 * The administrator's panel of the daily-finance job: a run for a period, the newest runs with their
 * progress (polled while one is unfinished), and «Запустить снова» for a failed one.
 */
@Named
@ViewScoped
public class FinanceRunPanel implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    static final String FORM = "runForm";
    static final int SHOWN = 10;

    @EJB
    FinanceJobService jobs;

    @Inject
    CurrentUser currentUser;

    @Inject
    Formats formats;

    private LocalDate from;
    private LocalDate to;
    private List<FinanceRunSummary> runs = List.of();

    @PostConstruct
    void init() {
        LocalDate today = formats.today();
        from = today.withDayOfMonth(1);
        to = today.minusDays(1).isBefore(from) ? today : today.minusDays(1);
        refresh();
    }

    public void refresh() {
        runs = currentUser.isAdmin() ? jobs.runs(SHOWN) : List.of();
    }

    public void start() {
        try {
            FinanceRunSummary run = jobs.start(new ReportPeriod(from, to));
            Refusals.info("reports.run.started", formats.date(run.from()), formats.date(run.to()));
        } catch (RuntimeException e) {
            Refusals.show(e, FORM);
        }
        refresh();
    }

    public void restart(FinanceRunSummary run) {
        try {
            jobs.restart(run.id());
            Refusals.info("reports.run.restarted");
        } catch (RuntimeException e) {
            Refusals.show(e, FORM);
        }
        refresh();
    }

    /** Whether a run is still going: the page polls until none is. */
    public boolean isBusy() {
        return runs.stream().anyMatch(r -> !r.status().isFinished());
    }

    public List<FinanceRunSummary> getRuns() {
        return runs;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
