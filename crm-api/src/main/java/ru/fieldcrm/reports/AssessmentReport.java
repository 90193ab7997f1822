package ru.fieldcrm.reports;

import java.util.List;

/** Site assessments of a period (by visit day): by outcome with shares, per manager, and the totals. */
public record AssessmentReport(ReportPeriod period, Long managerId, List<AssessmentOutcomeRow> byOutcome,
        List<AssessmentManagerRow> managers, AssessmentManagerRow totals) {

    public static AssessmentReport of(ReportPeriod period, Long managerId, List<AssessmentManagerRow> managers) {
        AssessmentManagerRow totals = AssessmentManagerRow.totals(managers);
        return new AssessmentReport(period, managerId, totals.byOutcome(), List.copyOf(managers), totals);
    }
}
