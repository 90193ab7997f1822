package ru.fieldcrm.reports;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import ru.fieldcrm.audit.Auditor;

/** Audit entries of the job's runs, which start outside any transaction: each in its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReportAudit {

    @Inject
    Auditor auditor;

    public void record(Auditor.Actor actor, String action, long runId, String details) {
        auditor.record(actor, action, "financeRun", runId, details);
    }
}
