package ru.fieldcrm.reports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serial;

/** Discounts given, by discount type and by who gave them. */
@Named
@ViewScoped
public class DiscountsGiven extends ReportPage<DiscountReport> {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    protected ReportKind kind() {
        return ReportKind.DISCOUNTS;
    }

    @Override
    protected DiscountReport fetch(ReportPeriod period, Long managerId) {
        return reports.discounts(period, managerId);
    }

    /** Who gave a discount, or "not known" (the history has no user for it). */
    public String giver(DiscountRow row) {
        return row.id() == null ? text("reports.discounts.unknownUser") : row.name();
    }

    /** The roubles of each discount type as a doughnut. */
    public String getChart() {
        if (getReport() == null) {
            return "{}";
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder amounts = Json.createArrayBuilder();
        for (DiscountRow row : getReport().byType()) {
            labels.add(row.name() == null ? "—" : row.name());
            amounts.add(row.amount());
        }
        return chart("doughnut", labels, slices(text("reports.discounts.amount"), amounts, getReport().byType().size()));
    }
}
