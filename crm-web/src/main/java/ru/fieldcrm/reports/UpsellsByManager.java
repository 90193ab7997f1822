package ru.fieldcrm.reports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serial;

/** Upsells («Увеличение чека») per manager and the orders that have one. */
@Named
@ViewScoped
public class UpsellsByManager extends ReportPage<UpsellReport> {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    protected ReportKind kind() {
        return ReportKind.UPSELLS;
    }

    @Override
    protected UpsellReport fetch(ReportPeriod period, Long managerId) {
        return reports.upsells(period, managerId);
    }

    /** The upsell of each manager. */
    public String getChart() {
        if (getReport() == null) {
            return "{}";
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder upsell = Json.createArrayBuilder();
        for (UpsellManagerRow row : getReport().managers()) {
            labels.add(row.managerName());
            upsell.add(row.upsell());
        }
        return chart("bar", labels, series(text("reports.upsells.upsell"), upsell, COLOURS[1]));
    }
}
