package ru.fieldcrm.reports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serial;

/** Site assessments by outcome, per manager. */
@Named
@ViewScoped
public class AssessmentOutcomes extends ReportPage<AssessmentReport> {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    protected ReportKind kind() {
        return ReportKind.ASSESSMENTS;
    }

    @Override
    protected AssessmentReport fetch(ReportPeriod period, Long managerId) {
        return reports.assessments(period, managerId);
    }

    /** The outcomes as a doughnut. */
    public String getChart() {
        if (getReport() == null) {
            return "{}";
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        for (AssessmentOutcomeRow row : getReport().byOutcome()) {
            labels.add(text("reports.assessments.outcome." + row.outcome()));
            counts.add(row.count());
        }
        return chart("doughnut", labels, slices(text("reports.assessments.total"), counts, getReport().byOutcome().size()));
    }
}
