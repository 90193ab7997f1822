package ru.fieldcrm.reports;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import ru.fieldcrm.audit.Auditor;
import ru.fieldcrm.shared.InvalidRequestException;
import ru.fieldcrm.users.Role;
import ru.fieldcrm.users.Staff;
import ru.fieldcrm.users.StaffMember;

/** The report tables, each behind the caller's access to it. */
@Stateless
@DeclareRoles({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER, Role.Names.SALES})
@RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER})
public class ReportServiceBean implements ReportService {

    @Inject
    ReportRepository repository;

    @Inject
    Staff staff;

    @Inject
    Auditor auditor;

    private final Clock clock = Clock.systemUTC();

    @Override
    public FinanceReport finance(ReportPeriod period, Long managerId) {
        Periods.check(period);
        Optional<Long> manager = scope(ReportKind.FINANCE, managerId);
        return repository.finance(period, manager.orElse(null));
    }

    @Override
    public ManagersReport managers(ReportPeriod period, Long managerId) {
        Periods.check(period);
        return repository.managers(period, scope(ReportKind.MANAGERS, managerId).orElse(null));
    }

    @Override
    public UpsellReport upsells(ReportPeriod period, Long managerId) {
        Periods.check(period);
        return repository.upsells(period, scope(ReportKind.UPSELLS, managerId).orElse(null));
    }

    @Override
    public DiscountReport discounts(ReportPeriod period, Long managerId) {
        Periods.check(period);
        return repository.discounts(period, scope(ReportKind.DISCOUNTS, managerId).orElse(null));
    }

    @Override
    public OrderStatusReport orders(ReportPeriod period, Long managerId) {
        Periods.check(period);
        return repository.orders(period, scope(ReportKind.ORDERS, managerId).orElse(null));
    }

    @Override
    public AssessmentReport assessments(ReportPeriod period, Long managerId) {
        Periods.check(period);
        return repository.assessments(period, scope(ReportKind.ASSESSMENTS, managerId).orElse(null));
    }

    @Override
    public Set<ReportKind> visible() {
        StaffMember me = staff.current();
        if (me.role() == Role.ADMIN) {
            return EnumSet.allOf(ReportKind.class);
        }
        Set<ReportKind> visible = EnumSet.noneOf(ReportKind.class);
        for (ReportKind report : ReportKind.values()) {
            ReportAccess access = repository.access(report, me.role());
            if (access == ReportAccess.ALL || access == ReportAccess.OWN && me.role() == Role.MANAGER) {
                visible.add(report);
            }
        }
        return visible;
    }

    @Override
    public boolean ownOnly(ReportKind report) {
        StaffMember me = staff.current();
        return me.role() != Role.ADMIN && repository.access(report, me.role()) == ReportAccess.OWN;
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public List<ReportAccessEntry> access() {
        return repository.accessEntries();
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public List<ReportAccessEntry> saveAccess(List<ReportAccessEntry> entries) {
        for (ReportAccessEntry entry : entries) {
            if (!ReportRights.CONFIGURABLE.contains(entry.role())) {
                throw new InvalidRequestException("reports.access.roleNotConfigurable", "role");
            }
            if (!ReportRights.offered(entry.role()).contains(entry.access())) {
                throw new InvalidRequestException("reports.access.ownNotOffered", "access");
            }
        }
        StaffMember actor = staff.current();
        StringBuilder changed = new StringBuilder();
        for (ReportAccessEntry entry : entries) {
            if (repository.access(entry.report(), entry.role()) != entry.access()) {
                repository.saveAccess(entry, actor.id(), clock.instant());
                changed.append(changed.isEmpty() ? "" : " ").append(entry.report()).append('.').append(entry.role())
                        .append('=').append(entry.access());
            }
        }
        if (!changed.isEmpty()) {
            auditor.record(new Auditor.Actor(actor.id(), actor.login()), "report.accessChanged", "reportAccess", null,
                    changed.toString());
        }
        return repository.accessEntries();
    }

    /** The manager whose figures the caller gets (empty for all); refuses what the caller may not see. */
    private Optional<Long> scope(ReportKind report, Long requested) {
        StaffMember me = staff.current();
        ReportAccess access = me.role() == Role.ADMIN ? ReportAccess.ALL : repository.access(report, me.role());
        return ReportRights.managerScope(report, me.role(), access, me.id(), requested);
    }
}
