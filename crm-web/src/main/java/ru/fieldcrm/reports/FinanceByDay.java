package ru.fieldcrm.reports;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.Serial;
import java.util.Locale;
import ru.fieldcrm.shared.Texts;
import ru.fieldcrm.shared.xlsx.XlsxDownload;

/**
 * Finance by day: the computed figures of a period (this month at first) for all managers or one, a
 * totals row and a chart of the final sums. A manager who sees only their own figures gets no
 * manager filter.
 */
@Named
@ViewScoped
public class FinanceByDay extends ReportPage<FinanceReport> {

    @Serial
    private static final long serialVersionUID = 1L;
    static final String FORM = "financeForm";

    @Inject
    FinanceExport exporter;

    @Override
    protected ReportKind kind() {
        return ReportKind.FINANCE;
    }

    @Override
    protected FinanceReport fetch(ReportPeriod period, Long managerId) {
        return reports.finance(period, managerId);
    }

    @Override
    protected String form() {
        return FORM;
    }

    /** Each day with its state, through the finance report's own file. */
    @Override
    protected void download(FinanceReport current, Locale locale) throws IOException {
        XlsxDownload.toPage(exporter.fileName(current, locale), out -> exporter.write(current, locale, out));
    }

    /** The chart: final sum and upsell per day, as Chart.js's configuration for {@code p:chart}. */
    public String getChart() {
        FinanceReport report = getReport();
        if (report == null) {
            return "{}";
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder sums = Json.createArrayBuilder();
        JsonArrayBuilder upsells = Json.createArrayBuilder();
        for (FinanceDayRow row : report.rows()) {
            labels.add(formats.date(row.day()).substring(0, 5));
            sums.add(row.finalSum());
            upsells.add(row.upsell());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", Texts.ui(locale, "reports.finance.finalSum"))
                                        .add("data", sums).add("backgroundColor", "#3b82f6"))
                                .add(Json.createObjectBuilder().add("label", Texts.ui(locale, "reports.finance.upsell"))
                                        .add("data", upsells).add("backgroundColor", "#22c55e"))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("animation", false))
                .build().toString();
    }
}
