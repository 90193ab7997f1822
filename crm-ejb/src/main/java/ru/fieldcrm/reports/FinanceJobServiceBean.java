package ru.fieldcrm.reports;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import ru.fieldcrm.audit.Auditor;
import ru.fieldcrm.shared.InvalidRequestException;
import ru.fieldcrm.shared.NotFoundException;
import ru.fieldcrm.users.Role;
import ru.fieldcrm.users.Staff;
import ru.fieldcrm.users.StaffMember;

/** The administrator's side of the daily-finance job: a run for a period, a restart, the runs. */
@Stateless
@DeclareRoles({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER, Role.Names.SALES})
@RolesAllowed(Role.Names.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FinanceJobServiceBean implements FinanceJobService {

    static final int MAX_RUNS = 100;

    @Inject
    FinanceJobs jobs;

    @Inject
    FinanceRuns runs;

    @Inject
    Staff staff;

    @Inject
    ReportAudit audit;

    @Override
    public FinanceRunSummary start(ReportPeriod period) {
        Periods.check(period);
        StaffMember actor = staff.current();
        long id = jobs.start(FinanceRunKind.MANUAL, period.from(), period.to(), List.of(), actor.id());
        audit.record(new Auditor.Actor(actor.id(), actor.login()), "report.financeRunStarted", id,
                "from=" + period.from() + " to=" + period.to());
        return run(id);
    }

    @Override
    public FinanceRunSummary restart(long runId) {
        FinanceRuns.Run run = current(runId);
        if (run.summary().status() != FinanceRunStatus.FAILED || run.executionId() == null) {
            throw new InvalidRequestException("reports.run.notFailed", null);
        }
        StaffMember actor = staff.current();
        runs.restarting(runId);
        jobs.restart(run);
        audit.record(new Auditor.Actor(actor.id(), actor.login()), "report.financeRunRestarted", runId, null);
        return run(runId);
    }

    @Override
    public FinanceRunSummary run(long runId) {
        return current(runId).summary();
    }

    @Override
    public List<FinanceRunSummary> runs(int limit) {
        return runs.newest(Math.max(1, Math.min(limit, MAX_RUNS))).stream().map(this::reconciled)
                .map(FinanceRuns.Run::summary).toList();
    }

    private FinanceRuns.Run current(long runId) {
        return reconciled(runs.find(runId).orElseThrow(() -> new NotFoundException("reports.run.notFound")));
    }

    /**
     * The run as its row says, unless the batch runtime knows it ended otherwise (a failure the
     * listeners could not record): then the row is brought in line.
     */
    private FinanceRuns.Run reconciled(FinanceRuns.Run run) {
        FinanceRunStatus status = run.summary().status();
        if (run.executionId() == null || status != FinanceRunStatus.RUNNING) {
            return run;
        }
        BatchStatus batch = jobs.status(run.executionId()).orElse(null);
        if (batch == BatchStatus.FAILED || batch == BatchStatus.STOPPED || batch == BatchStatus.ABANDONED) {
            runs.ended(run.summary().id(), FinanceRunStatus.FAILED, null);
            return runs.find(run.summary().id()).orElse(run);
        }
        return run;
    }
}
