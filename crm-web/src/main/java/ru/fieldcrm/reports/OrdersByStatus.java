package ru.fieldcrm.reports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serial;

/** Orders by status and the cancelled ones by reason. */
@Named
@ViewScoped
public class OrdersByStatus extends ReportPage<OrderStatusReport> {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    protected ReportKind kind() {
        return ReportKind.ORDERS;
    }

    @Override
    protected OrderStatusReport fetch(ReportPeriod period, Long managerId) {
        return reports.orders(period, managerId);
    }

    /** The number of orders of each status. */
    public String getChart() {
        if (getReport() == null) {
            return "{}";
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        for (OrderStatusRow row : getReport().byStatus()) {
            labels.add(text("orders.status." + row.status()));
            counts.add(row.orders());
        }
        return chart("bar", labels, series(text("reports.orders.count"), counts, COLOURS[0]));
    }
}
