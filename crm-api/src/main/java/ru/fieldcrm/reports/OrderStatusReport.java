package ru.fieldcrm.reports;

import java.math.BigDecimal;
import java.util.List;

/**
 * Orders of a period (by visit day) by status, every status listed, and the cancelled ones by their
 * reason, most frequent first. {@code totals} counts every order of the period, {@code totalFinalSum}
 * their final sums; {@code cancelled} the cancelled ones.
 */
public record OrderStatusReport(ReportPeriod period, Long managerId, List<OrderStatusRow> byStatus,
        List<CancellationRow> byReason, Tally totals, BigDecimal totalFinalSum, Tally cancelled) {
}
