package ru.fieldcrm.reports;

import java.math.BigDecimal;
import java.util.List;

/**
 * One manager's figures for a period (the same definitions as the daily finance): orders planned
 * (every order of the period), done (DONE and CLOSED) and cancelled; {@code revenue} the final sums
 * of the done orders; {@code upsell} the increases made by the order's own manager and
 * {@code discounts} of the orders not cancelled; {@code averageCheck} revenue per done order;
 * site assessments of the period: {@code assessments} all, {@code assessmentsMade} held (Проведена),
 * {@code assessmentsOrdered} those that became an order, and {@code conversion} the share of the held
 * ones that became an order. {@code managerId} null is the orders and assessments nobody is assigned to.
 */
public record ManagerRow(Long managerId, String managerName, int planned, int done, int cancelled, BigDecimal revenue,
        BigDecimal upsell, BigDecimal discounts, BigDecimal averageCheck, int assessments, int assessmentsMade,
        int assessmentsOrdered, BigDecimal conversion) {

    /** A row with its average and conversion computed from its figures. */
    public static ManagerRow of(Long managerId, String managerName, int planned, int done, int cancelled,
            BigDecimal revenue, BigDecimal upsell, BigDecimal discounts, int assessments, int assessmentsMade,
            int assessmentsOrdered) {
        return new ManagerRow(managerId, managerName, planned, done, cancelled, revenue, upsell, discounts,
                Ratios.average(revenue, done), assessments, assessmentsMade, assessmentsOrdered,
                Ratios.share(assessmentsOrdered, assessmentsMade));
    }

    /** The totals of the rows: sums, and the average and conversion of the sums (not the average of the averages). */
    public static ManagerRow totals(List<ManagerRow> rows) {
        return of(null, null, rows.stream().mapToInt(ManagerRow::planned).sum(), rows.stream().mapToInt(ManagerRow::done).sum(),
                rows.stream().mapToInt(ManagerRow::cancelled).sum(),
                rows.stream().map(ManagerRow::revenue).reduce(Ratios.zero(), BigDecimal::add),
                rows.stream().map(ManagerRow::upsell).reduce(Ratios.zero(), BigDecimal::add),
                rows.stream().map(ManagerRow::discounts).reduce(Ratios.zero(), BigDecimal::add),
                rows.stream().mapToInt(ManagerRow::assessments).sum(), rows.stream().mapToInt(ManagerRow::assessmentsMade).sum(),
                rows.stream().mapToInt(ManagerRow::assessmentsOrdered).sum());
    }
}
