package ru.fieldcrm.sales;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.fieldcrm.shared.SqlValues;
import ru.fieldcrm.users.StaffMember;

/**
 * The sales figures in a few grouped SQL queries over the period's rows (calls, negotiations, deals
 * created, deals closed, plans, the funnel), each by salesperson; the rows are put together here.
 * A salesperson's calls are those of their extension in the PBX log; negotiations are those they
 * logged; deals count for the salesperson responsible, created ones by creation time, won and lost
 * ones by the time they were closed. The plan is that of the months the period touches.
 */
@Dependent
public class SalesFiguresQuery {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /** Sums per salesperson. */
    private static final class Sums {
        int outgoing;
        int incoming;
        int answered;
        long talk;
        int negotiations;
        int created;
        int won;
        int lost;
        BigDecimal wonSum = BigDecimal.ZERO;
        double cycleSeconds;
        BigDecimal plan;
    }

    SalesFigures figures(LocalDate from, LocalDate to, Instant start, Instant end, Pipeline pipeline,
            List<StaffMember> sellers, Long only) {
        Map<Long, Sums> sums = new HashMap<>();
        String seller = only == null ? "" : " and %s = ?3";
        for (Object[] row : rows("select user_id, sum(case when direction = 'OUTGOING' then 1 else 0 end),"
                + " sum(case when direction = 'INCOMING' then 1 else 0 end),"
                + " sum(case when result = 'ANSWERED' then 1 else 0 end),"
                + " coalesce(sum(case when result = 'ANSWERED' then duration_seconds end), 0)"
                + " from phone_call where started_at >= ?1 and started_at < ?2 and user_id is not null"
                + seller.formatted("user_id") + " group by user_id", start, end, only)) {
            Sums s = sums.computeIfAbsent(SqlValues.number(row[0]), id -> new Sums());
            s.outgoing = (int) SqlValues.number(row[1]);
            s.incoming = (int) SqlValues.number(row[2]);
            s.answered = (int) SqlValues.number(row[3]);
            s.talk = SqlValues.number(row[4]);
        }
        for (Object[] row : rows("select author_id, count(*) from deal_activity where kind = 'NEGOTIATION'"
                + " and happens_at >= ?1 and happens_at < ?2 and author_id is not null" + seller.formatted("author_id")
                + " group by author_id", start, end, only)) {
            sums.computeIfAbsent(SqlValues.number(row[0]), id -> new Sums()).negotiations = (int) SqlValues.number(row[1]);
        }
        for (Object[] row : rows("select responsible_id, count(*) from deal where created_at >= ?1 and created_at < ?2"
                + seller.formatted("responsible_id") + " group by responsible_id", start, end, only)) {
            sums.computeIfAbsent(SqlValues.number(row[0]), id -> new Sums()).created = (int) SqlValues.number(row[1]);
        }
        for (Object[] row : rows("select d.responsible_id, s.outcome, count(*), coalesce(sum(d.amount), 0),"
                + " coalesce(sum(extract(epoch from d.closed_at) - extract(epoch from d.created_at)), 0)"
                + " from deal d join pipeline_stage s on s.id = d.stage_id"
                + " where d.closed_at >= ?1 and d.closed_at < ?2" + seller.formatted("d.responsible_id")
                + " group by d.responsible_id, s.outcome", start, end, only)) {
            Sums s = sums.computeIfAbsent(SqlValues.number(row[0]), id -> new Sums());
            if ("WON".equals(row[1])) {
                s.won = (int) SqlValues.number(row[2]);
                s.wonSum = SqlValues.decimal(row[3]);
                s.cycleSeconds = ((Number) row[4]).doubleValue();
            } else if ("LOST".equals(row[1])) {
                s.lost = (int) SqlValues.number(row[2]);
            }
        }
        Query plans = em.createNativeQuery("select user_id, sum(amount) from sales_plan where plan_month >= ?1"
                        + " and plan_month <= ?2" + seller.formatted("user_id") + " group by user_id")
                .setParameter(1, Date.valueOf(from.withDayOfMonth(1)))
                .setParameter(2, Date.valueOf(to));
        if (only != null) {
            plans.setParameter(3, only);
        }
        for (Object row : plans.getResultList()) {
            Object[] r = (Object[]) row;
            sums.computeIfAbsent(SqlValues.number(r[0]), id -> new Sums()).plan = SqlValues.decimal(r[1]);
        }
        List<SellerFigures> rows = new ArrayList<>();
        Sums total = new Sums();
        for (StaffMember member : sellers) {
            Sums s = sums.getOrDefault(member.id(), new Sums());
            rows.add(figures(member.id(), member.fullName(), s));
            add(total, s);
        }
        return new SalesFigures(from, to, pipeline == null ? null : pipeline.getId(), rows, figures(0, null, total),
                pipeline == null ? List.of() : funnel(pipeline, start, end, only));
    }

    private static void add(Sums total, Sums s) {
        total.outgoing += s.outgoing;
        total.incoming += s.incoming;
        total.answered += s.answered;
        total.talk += s.talk;
        total.negotiations += s.negotiations;
        total.created += s.created;
        total.won += s.won;
        total.lost += s.lost;
        total.wonSum = total.wonSum.add(s.wonSum);
        total.cycleSeconds += s.cycleSeconds;
        if (s.plan != null) {
            total.plan = total.plan == null ? s.plan : total.plan.add(s.plan);
        }
    }

    private static SellerFigures figures(long id, String name, Sums s) {
        BigDecimal average = s.won == 0 ? null : s.wonSum.divide(BigDecimal.valueOf(s.won), 2, RoundingMode.HALF_UP);
        Double cycle = s.won == 0 ? null : Math.round(s.cycleSeconds / s.won / 86_400 * 10) / 10.0;
        Integer percent = s.plan == null || s.plan.signum() == 0 ? null
                : s.wonSum.multiply(BigDecimal.valueOf(100)).divide(s.plan, 0, RoundingMode.HALF_UP).intValue();
        return new SellerFigures(id, name, s.outgoing, s.incoming, s.answered, s.talk, s.negotiations, s.created, s.won,
                s.lost, s.wonSum, average, cycle, s.plan, percent);
    }

    /**
     * Of the deals of the pipeline created in the period, how many reached each stage: a deal reached
     * every stage up to the furthest one it has been in (kept on the deal, lost aside); the lost
     * stage counts the deals lost now. One grouped pass over the period's deals.
     */
    private List<FunnelStep> funnel(Pipeline pipeline, Instant start, Instant end, Long only) {
        Query query = em.createNativeQuery("select f.position, sum(case when s.outcome = 'LOST' then 1 else 0 end), count(*)"
                        + " from deal d join pipeline_stage s on s.id = d.stage_id"
                        + " left join pipeline_stage f on f.id = d.furthest_stage_id"
                        + " where d.pipeline_id = ?3 and d.created_at >= ?1 and d.created_at < ?2"
                        + (only == null ? "" : " and d.responsible_id = ?4") + " group by f.position")
                .setParameter(1, SqlValues.parameter(start)).setParameter(2, SqlValues.parameter(end))
                .setParameter(3, pipeline.getId());
        if (only != null) {
            query.setParameter(4, only);
        }
        Map<Integer, Integer> furthest = new HashMap<>();
        int lostDeals = 0;
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            lostDeals += (int) SqlValues.number(r[1]);
            if (r[0] != null) {
                furthest.put((int) SqlValues.number(r[0]), (int) SqlValues.number(r[2]));
            }
        }
        List<FunnelStep> steps = new ArrayList<>();
        int first = -1;
        for (PipelineStage stage : pipeline.getStages()) {
            int deals = stage.getOutcome() == StageOutcome.LOST ? lostDeals
                    : furthest.entrySet().stream().filter(e -> e.getKey() >= stage.getPosition())
                            .mapToInt(Map.Entry::getValue).sum();
            if (first < 0) {
                first = deals;
            }
            steps.add(new FunnelStep(stage.getId(), stage.getName(), stage.getOutcome(), stage.toView().colour(), deals,
                    first == 0 ? 0 : Math.round(deals * 100f / first)));
        }
        return steps;
    }

    /**
     * Reads again from the history how far each deal of the pipeline got: after its stages were
     * put in another order, the furthest of the stages a deal has been in may be another one.
     */
    void recomputeFurthest(long pipelineId) {
        em.createNativeQuery("update deal set furthest_stage_id = ("
                        + "select s.id from deal_event e join pipeline_stage s on s.id = e.to_stage_id"
                        + " where e.deal_id = deal.id and s.outcome <> 'LOST'"
                        + " order by s.position desc, s.id desc fetch first 1 row only) where pipeline_id = ?1")
                .setParameter(1, pipelineId).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Instant start, Instant end, Long only) {
        Query query = em.createNativeQuery(sql).setParameter(1, SqlValues.parameter(start))
                .setParameter(2, SqlValues.parameter(end));
        if (only != null) {
            query.setParameter(3, only);
        }
        return query.getResultList();
    }
}
