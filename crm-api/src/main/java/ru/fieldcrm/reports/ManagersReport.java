package ru.fieldcrm.reports;

import java.util.List;

/** Figures per manager for a period: one row per manager with orders or assessments in it, and the totals. */
public record ManagersReport(ReportPeriod period, Long managerId, List<ManagerRow> rows, ManagerRow totals) {
}
