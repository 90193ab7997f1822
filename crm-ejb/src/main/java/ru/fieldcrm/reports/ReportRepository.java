package ru.fieldcrm.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import ru.fieldcrm.shared.SqlValues;
import ru.fieldcrm.users.Role;

/** The report queries (set-based, native) and the access settings. */
@ApplicationScoped
public class ReportRepository {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /** Finance by day from the computed figures, of one manager or of all (null). */
    public FinanceReport finance(ReportPeriod period, Long managerId) {
        Query query = em.createNativeQuery("select f.work_day, sum(f.orders_planned), sum(f.orders_done),"
                + " sum(f.orders_cancelled), sum(f.amount), sum(f.discounts), sum(f.price_up), sum(f.price_down),"
                + " sum(f.upsell), sum(f.final_sum),"
                + " sum(case when f.manager_id is not null then 1 else 0 end),"
                + " sum(case when f.manager_id is not null and f.day_closed then 1 else 0 end),"
                + " max(case when f.manager_id is null then 1 else 0 end),"
                + " max(case when f.day_corrected then 1 else 0 end), max(f.computed_at)"
                + " from finance_day f where f.work_day between ?1 and ?2"
                + (managerId == null ? "" : " and f.manager_key = ?3")
                + " group by f.work_day order by f.work_day")
                .setParameter(1, Date.valueOf(period.from())).setParameter(2, Date.valueOf(period.to()));
        if (managerId != null) {
            query.setParameter(3, managerId);
        }
        List<FinanceDayRow> rows = new ArrayList<>();
        Instant computed = null;
        for (Object result : query.getResultList()) {
            Object[] r = (Object[]) result;
            rows.add(new FinanceDayRow(SqlValues.date(r[0]), (int) SqlValues.number(r[1]), (int) SqlValues.number(r[2]),
                    (int) SqlValues.number(r[3]), SqlValues.decimal(r[4]), SqlValues.decimal(r[5]),
                    SqlValues.decimal(r[6]), SqlValues.decimal(r[7]), SqlValues.decimal(r[8]), SqlValues.decimal(r[9]),
                    (int) SqlValues.number(r[10]), (int) SqlValues.number(r[11]), SqlValues.number(r[12]) > 0,
                    SqlValues.number(r[13]) > 0));
            Instant at = SqlValues.instant(r[14]);
            if (computed == null || at != null && at.isAfter(computed)) {
                computed = at;
            }
        }
        return new FinanceReport(period, managerId, List.copyOf(rows), FinanceTotals.of(rows), computed);
    }

    /** What the role sees of the report; a role without a setting sees nothing. */
    public ReportAccess access(ReportKind report, Role role) {
        List<?> rows = em.createNativeQuery("select access_kind from report_access where report = ?1 and role_name = ?2")
                .setParameter(1, report.name()).setParameter(2, role.name()).getResultList();
        return rows.isEmpty() ? ReportAccess.NONE : ReportAccess.valueOf((String) rows.get(0));
    }

    public List<ReportAccessEntry> accessEntries() {
        List<ReportAccessEntry> entries = new ArrayList<>();
        for (ReportKind report : ReportKind.values()) {
            for (Role role : List.of(Role.OPERATOR, Role.MANAGER)) {
                entries.add(new ReportAccessEntry(report, role, access(report, role)));
            }
        }
        return entries;
    }

    public void saveAccess(ReportAccessEntry entry, long by, Instant at) {
        int updated = em.createNativeQuery("update report_access set access_kind = ?1, saved_at = ?2, saved_by = ?3"
                        + " where report = ?4 and role_name = ?5")
                .setParameter(1, entry.access().name()).setParameter(2, SqlValues.parameter(at)).setParameter(3, by)
                .setParameter(4, entry.report().name()).setParameter(5, entry.role().name()).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into report_access (report, role_name, access_kind, saved_at, saved_by)"
                            + " values (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, entry.report().name()).setParameter(2, entry.role().name())
                    .setParameter(3, entry.access().name()).setParameter(4, SqlValues.parameter(at))
                    .setParameter(5, by).executeUpdate();
        }
    }
}
