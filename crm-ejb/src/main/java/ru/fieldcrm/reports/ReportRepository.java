package ru.fieldcrm.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import ru.fieldcrm.orders.OrderStatus;
import ru.fieldcrm.shared.SqlValues;
import ru.fieldcrm.users.Role;

/**
 * The report queries and the access settings. Every table is grouped by the database (native SQL
 * that runs on H2 and PostgreSQL alike); the order figures use the definitions of
 * {@link OrderFigures}, the same as the daily-finance job. Orders and assessments count on their
 * visit day; "one manager" means the orders or assessments assigned to them.
 */
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

    /** Orders of the period, of one manager or of all (null): {@code where} for {@code crm_order o}. */
    private static String ordersOf(Long managerId) {
        return " where o.visit_date between ?1 and ?2" + (managerId == null ? "" : " and o.manager_id = ?3");
    }

    private Query query(String sql, ReportPeriod period, Long managerId) {
        Query query = em.createNativeQuery(sql).setParameter(1, Date.valueOf(period.from()))
                .setParameter(2, Date.valueOf(period.to()));
        if (managerId != null) {
            query.setParameter(3, managerId);
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return (List<Object[]>) query.getResultList();
    }

    private static int count(Object value) {
        return value == null ? 0 : (int) SqlValues.number(value);
    }

    /** Managers by name, the row of nobody assigned last. */
    private static <T> Comparator<T> byManager(Function<T, Long> id, Function<T, String> name) {
        return Comparator.comparing((T row) -> id.apply(row) == null)
                .thenComparing(name, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
                .thenComparing(id, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    /** A manager's order figures (a row of the grouped query) and assessments, either may be missing. */
    private record ManagerFigures(Object[] orders, AssessmentManagerRow assessments) {

        ManagerRow row(Long id, String name) {
            Object[] o = orders;
            AssessmentManagerRow a = assessments;
            return ManagerRow.of(id, name, o == null ? 0 : count(o[2]), o == null ? 0 : count(o[3]),
                    o == null ? 0 : count(o[4]), o == null ? Ratios.zero() : SqlValues.decimal(o[5]),
                    o == null ? Ratios.zero() : SqlValues.decimal(o[6]), o == null ? Ratios.zero() : SqlValues.decimal(o[7]),
                    a == null ? 0 : a.total(), a == null ? 0 : a.ordered() + a.noOrder(), a == null ? 0 : a.ordered());
        }
    }

    /** Orders and assessments per manager: the two grouped queries joined on the manager. */
    public ManagersReport managers(ReportPeriod period, Long managerId) {
        String orders = "select o.manager_id, u.full_name, count(*),"
                + " sum(case when " + OrderFigures.DONE + " then 1 else 0 end),"
                + " sum(case when " + OrderFigures.CANCELLED + " then 1 else 0 end),"
                + " coalesce(sum(case when " + OrderFigures.DONE + " then o.final_sum end), 0),"
                + " coalesce(sum(case when " + OrderFigures.UPSELL + " then o.price_change end), 0),"
                + " coalesce(sum(case when " + OrderFigures.COUNTED + " then o.discount_amount end), 0)"
                + " from crm_order o left join crm_user u on u.id = o.manager_id" + ordersOf(managerId)
                + " group by o.manager_id, u.full_name";
        Map<Long, ManagerFigures> byManager = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (Object[] r : rows(query(orders, period, managerId))) {
            Long id = SqlValues.numberOrNull(r[0]);
            names.put(id, (String) r[1]);
            byManager.put(id, new ManagerFigures(r, null));
        }
        for (AssessmentManagerRow a : assessmentsByManager(period, managerId)) {
            names.putIfAbsent(a.managerId(), a.managerName());
            ManagerFigures known = byManager.get(a.managerId());
            byManager.put(a.managerId(), new ManagerFigures(known == null ? null : known.orders(), a));
        }
        List<ManagerRow> result = new ArrayList<>();
        byManager.forEach((id, figures) -> result.add(figures.row(id, names.get(id))));
        result.sort(byManager(ManagerRow::managerId, ManagerRow::managerName));
        return new ManagersReport(period, managerId, List.copyOf(result), ManagerRow.totals(result));
    }

    /** Upsells per manager and the orders that have one, by day and number. */
    public UpsellReport upsells(ReportPeriod period, Long managerId) {
        String perManager = "select o.manager_id, u.full_name, count(*), sum(o.price_change), sum(o.final_sum)"
                + " from crm_order o join crm_user u on u.id = o.manager_id" + ordersOf(managerId)
                + " and " + OrderFigures.UPSELL + " group by o.manager_id, u.full_name";
        List<UpsellManagerRow> managers = new ArrayList<>();
        for (Object[] r : rows(query(perManager, period, managerId))) {
            managers.add(new UpsellManagerRow(SqlValues.numberOrNull(r[0]), (String) r[1], count(r[2]),
                    SqlValues.decimal(r[3]), SqlValues.decimal(r[4])));
        }
        managers.sort(byManager(UpsellManagerRow::managerId, UpsellManagerRow::managerName));
        String orders = "select o.id, o.number, o.visit_date, c.name, o.manager_id, u.full_name,"
                + " o.amount - o.discount_amount, o.price_change, o.final_sum"
                + " from crm_order o join client c on c.id = o.client_id join crm_user u on u.id = o.manager_id"
                + ordersOf(managerId) + " and " + OrderFigures.UPSELL + " order by o.visit_date, o.number";
        List<UpsellOrderRow> list = new ArrayList<>();
        for (Object[] r : rows(query(orders, period, managerId))) {
            list.add(new UpsellOrderRow(SqlValues.number(r[0]), SqlValues.number(r[1]), SqlValues.date(r[2]), (String) r[3],
                    SqlValues.numberOrNull(r[4]), (String) r[5], SqlValues.decimal(r[6]), SqlValues.decimal(r[7]),
                    SqlValues.decimal(r[8])));
        }
        return new UpsellReport(period, managerId, List.copyOf(managers), List.copyOf(list),
                UpsellManagerRow.totals(managers));
    }

    /**
     * Who gave an order's discount: the user of its latest DISCOUNT change in the order's history,
     * else who booked it (a discount given with the booking has no change of its own).
     */
    static final String DISCOUNT_GIVER = "coalesce((select c.actor_id from order_change c"
            + " where c.order_id = o.id and c.field = 'DISCOUNT'"
            + " order by c.changed_at desc, c.id desc fetch first 1 rows only), o.created_by)";

    /** The discounted orders of the period: type, giver and roubles off, as a table {@code d}. */
    private static String discounted(Long managerId) {
        return "(select o.discount_type_id type_id, " + DISCOUNT_GIVER + " giver, o.discount_amount amount"
                + " from crm_order o" + ordersOf(managerId) + " and " + OrderFigures.COUNTED
                + " and o.discount_amount > 0) d";
    }

    /** Discounts by type, by who gave them, and by both. */
    public DiscountReport discounts(ReportPeriod period, Long managerId) {
        String byType = "select d.type_id, t.name, count(*), sum(d.amount) from " + discounted(managerId)
                + " left join discount_type t on t.id = d.type_id group by d.type_id, t.name order by sum(d.amount) desc, t.name";
        String byUser = "select d.giver, u.full_name, count(*), sum(d.amount) from " + discounted(managerId)
                + " left join crm_user u on u.id = d.giver group by d.giver, u.full_name order by sum(d.amount) desc, u.full_name";
        String both = "select d.type_id, t.name, d.giver, u.full_name, count(*), sum(d.amount) from " + discounted(managerId)
                + " left join discount_type t on t.id = d.type_id left join crm_user u on u.id = d.giver"
                + " group by d.type_id, t.name, d.giver, u.full_name order by t.name, u.full_name";
        List<DiscountRow> types = discountRows(query(byType, period, managerId));
        List<DiscountRow> users = discountRows(query(byUser, period, managerId));
        List<DiscountPairRow> pairs = new ArrayList<>();
        for (Object[] r : rows(query(both, period, managerId))) {
            pairs.add(new DiscountPairRow(SqlValues.numberOrNull(r[0]), (String) r[1], SqlValues.numberOrNull(r[2]),
                    (String) r[3], count(r[4]), SqlValues.decimal(r[5])));
        }
        return new DiscountReport(period, managerId, types, users, List.copyOf(pairs),
                Tally.of(types, DiscountRow::orders, DiscountRow::amount));
    }

    private static List<DiscountRow> discountRows(Query query) {
        List<DiscountRow> result = new ArrayList<>();
        for (Object[] r : rows(query)) {
            result.add(new DiscountRow(SqlValues.numberOrNull(r[0]), (String) r[1], count(r[2]), SqlValues.decimal(r[3])));
        }
        return List.copyOf(result);
    }

    /** Orders by status, every status listed, and the cancelled ones by reason. */
    public OrderStatusReport orders(ReportPeriod period, Long managerId) {
        String byStatus = "select o.status, count(*), sum(o.amount), sum(o.final_sum) from crm_order o"
                + ordersOf(managerId) + " group by o.status";
        List<OrderStatusRow> found = new ArrayList<>();
        for (Object[] r : rows(query(byStatus, period, managerId))) {
            found.add(new OrderStatusRow(OrderStatus.valueOf((String) r[0]), count(r[1]), SqlValues.decimal(r[2]),
                    SqlValues.decimal(r[3])));
        }
        List<OrderStatusRow> statuses = OrderStatusRow.everyStatus(found);
        String byReason = "select o.cancellation_reason, count(*), sum(o.amount), sum(o.final_sum) from crm_order o" + ordersOf(managerId)
                + " and " + OrderFigures.CANCELLED + " group by o.cancellation_reason"
                + " order by count(*) desc, o.cancellation_reason";
        List<CancellationRow> reasons = new ArrayList<>();
        for (Object[] r : rows(query(byReason, period, managerId))) {
            reasons.add(new CancellationRow((String) r[0], count(r[1]), SqlValues.decimal(r[2]), SqlValues.decimal(r[3])));
        }
        return new OrderStatusReport(period, managerId, statuses, List.copyOf(reasons),
                Tally.of(statuses, OrderStatusRow::orders, OrderStatusRow::amount),
                statuses.stream().map(OrderStatusRow::finalSum).reduce(Ratios.zero(), BigDecimal::add),
                Tally.of(reasons, CancellationRow::orders, CancellationRow::amount));
    }

    /** Site assessments by outcome, per manager. */
    public AssessmentReport assessments(ReportPeriod period, Long managerId) {
        return AssessmentReport.of(period, managerId, assessmentsByManager(period, managerId));
    }

    private List<AssessmentManagerRow> assessmentsByManager(ReportPeriod period, Long managerId) {
        String sql = "select a.manager_id, u.full_name,"
                + " sum(case when a.status = 'PLANNED' then 1 else 0 end),"
                + " sum(case when a.status <> 'CANCELLED' and a.order_id is not null then 1 else 0 end),"
                + " sum(case when a.status = 'DONE' and a.order_id is null then 1 else 0 end),"
                + " sum(case when a.status = 'CANCELLED' then 1 else 0 end)"
                + " from site_assessment a left join crm_user u on u.id = a.manager_id"
                + " where a.visit_date between ?1 and ?2" + (managerId == null ? "" : " and a.manager_id = ?3")
                + " group by a.manager_id, u.full_name";
        List<AssessmentManagerRow> result = new ArrayList<>();
        for (Object[] r : rows(query(sql, period, managerId))) {
            result.add(AssessmentManagerRow.of(SqlValues.numberOrNull(r[0]), (String) r[1], count(r[2]), count(r[3]),
                    count(r[4]), count(r[5])));
        }
        result.sort(byManager(AssessmentManagerRow::managerId, AssessmentManagerRow::managerName));
        return List.copyOf(result);
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
