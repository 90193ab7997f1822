package ru.fieldcrm.reports;

import java.time.Instant;
import java.util.List;

/**
 * Finance by day for a period, from the figures the job computed: the days that have orders, the
 * totals, the manager the figures are limited to (null for all) and when the newest figure was computed.
 */
public record FinanceReport(ReportPeriod period, Long managerId, List<FinanceDayRow> rows, FinanceTotals totals,
        Instant computedAt) {
}
