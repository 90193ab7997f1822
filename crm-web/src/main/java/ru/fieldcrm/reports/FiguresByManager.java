package ru.fieldcrm.reports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serial;

/** Figures per manager: orders, revenue, upsell, discounts, average check, assessments and conversion. */
@Named
@ViewScoped
public class FiguresByManager extends ReportPage<ManagersReport> {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    protected ReportKind kind() {
        return ReportKind.MANAGERS;
    }

    @Override
    protected ManagersReport fetch(ReportPeriod period, Long managerId) {
        return reports.managers(period, managerId);
    }

    /** Revenue and upsell per manager. */
    public String getChart() {
        if (getReport() == null) {
            return "{}";
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder revenue = Json.createArrayBuilder();
        JsonArrayBuilder upsell = Json.createArrayBuilder();
        for (ManagerRow row : getReport().rows()) {
            labels.add(manager(row.managerId(), row.managerName()));
            revenue.add(row.revenue());
            upsell.add(row.upsell());
        }
        return chart("bar", labels, series(text("reports.managers.revenue"), revenue, COLOURS[0]),
                series(text("reports.managers.upsell"), upsell, COLOURS[1]));
    }
}
