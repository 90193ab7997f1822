package ru.fieldcrm.reports;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import ru.fieldcrm.shared.SqlValues;

/**
 * Computes the daily figures of some days with set-based SQL (grouped by day and manager) and
 * replaces those days' rows, in the caller's transaction: the chunk's. Re-running a day deletes its
 * rows first, so a day is never counted twice; the run's progress advances in the same transaction.
 *
 * <p>The rules: every order of the day is planned; done are DONE and CLOSED; amount, discounts and
 * price changes count the orders not cancelled; upsell is a price increase made by the order's own
 * manager; the final sum counts done orders only ({@link OrderFigures}, shared with the report tables).
 * A manager's day is closed when manager_day has it.
 */
@Dependent
public class FinanceFigures {

    static final String DELETE = "delete from finance_day where work_day between ?1 and ?2";

    static final String INSERT = "insert into finance_day (work_day, manager_id, manager_key, orders_planned,"
            + " orders_done, orders_cancelled, amount, discounts, price_up, price_down, upsell, final_sum,"
            + " day_closed, day_corrected, run_id, computed_at)"
            + " select o.visit_date, o.manager_id, coalesce(o.manager_id, 0), count(*),"
            + " sum(case when " + OrderFigures.DONE + " then 1 else 0 end),"
            + " sum(case when " + OrderFigures.CANCELLED + " then 1 else 0 end),"
            + " coalesce(sum(case when " + OrderFigures.COUNTED + " then o.amount end), 0),"
            + " coalesce(sum(case when " + OrderFigures.COUNTED + " then o.discount_amount end), 0),"
            + " coalesce(sum(case when " + OrderFigures.COUNTED + " and o.price_change > 0 then o.price_change end), 0),"
            + " coalesce(sum(case when " + OrderFigures.COUNTED + " and o.price_change < 0 then -o.price_change end), 0),"
            + " coalesce(sum(case when " + OrderFigures.UPSELL + " then o.price_change end), 0),"
            + " coalesce(sum(case when " + OrderFigures.DONE + " then o.final_sum end), 0),"
            + " max(md.closed_at) is not null, max(md.corrected_at) is not null, ?3, ?4"
            + " from crm_order o left join manager_day md on md.manager_id = o.manager_id and md.work_day = o.visit_date"
            + " where o.visit_date between ?1 and ?2"
            + " group by o.visit_date, o.manager_id";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /** Replaces the figures of the days; answers how many rows were written. */
    public int recompute(Collection<LocalDate> days, long runId, Instant now) {
        int rows = 0;
        for (LocalDate[] range : FinanceDays.ranges(days)) {
            em.createNativeQuery(DELETE).setParameter(1, Date.valueOf(range[0])).setParameter(2, Date.valueOf(range[1]))
                    .executeUpdate();
            rows += em.createNativeQuery(INSERT).setParameter(1, Date.valueOf(range[0]))
                    .setParameter(2, Date.valueOf(range[1])).setParameter(3, runId)
                    .setParameter(4, SqlValues.parameter(now)).executeUpdate();
        }
        em.createNativeQuery("update finance_run set days_done = days_done + ?1, status = 'RUNNING' where id = ?2")
                .setParameter(1, days.size()).setParameter(2, runId).executeUpdate();
        return rows;
    }
}
