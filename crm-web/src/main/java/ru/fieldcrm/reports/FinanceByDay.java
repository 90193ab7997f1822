package ru.fieldcrm.reports;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import ru.fieldcrm.shared.Formats;
import ru.fieldcrm.shared.Refusals;
import ru.fieldcrm.shared.Texts;
import ru.fieldcrm.shared.xlsx.XlsxDownload;
import ru.fieldcrm.users.Role;
import ru.fieldcrm.users.StaffMember;
import ru.fieldcrm.users.UserService;
import jakarta.faces.context.FacesContext;

/**
 * Finance by day: the computed figures of a period (this month at first) for all managers or one, a
 * totals row and a chart of the final sums. A manager who sees only their own figures gets no
 * manager filter.
 */
@Named
@ViewScoped
public class FinanceByDay implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    static final String FORM = "financeForm";

    @EJB
    ReportService reports;

    @EJB
    UserService users;

    @Inject
    Formats formats;

    @Inject
    FinanceExport exporter;

    private LocalDate from;
    private LocalDate to;
    private Long managerId;
    private boolean ownOnly;
    private List<StaffMember> managers;
    private FinanceReport report;

    @PostConstruct
    void init() {
        LocalDate today = formats.today();
        from = today.withDayOfMonth(1);
        to = today.withDayOfMonth(today.lengthOfMonth());
    }

    /** Opens the page: refused (403 page) when the caller may not see the report. */
    public void load() {
        ownOnly = reports.ownOnly(ReportKind.FINANCE);
        managers = ownOnly ? List.of() : users.staff(Role.MANAGER);
        show();
    }

    public void show() {
        try {
            report = reports.finance(new ReportPeriod(from, to), managerId);
        } catch (RuntimeException e) {
            Refusals.show(e, FORM);
        }
    }

    /** The period's figures (as the filter says now) as an {@code .xlsx} download. */
    public void export() throws IOException {
        FinanceReport current;
        try {
            current = reports.finance(new ReportPeriod(from, to), managerId);
        } catch (RuntimeException e) {
            Refusals.show(e, FORM);
            return;
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        XlsxDownload.toPage(exporter.fileName(current, locale), out -> exporter.write(current, locale, out));
    }

    /** The chart: final sum and upsell per day, as Chart.js's configuration for {@code p:chart}. */
    public String getChart() {
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

    public FinanceReport getReport() {
        return report;
    }

    public boolean isOwnOnly() {
        return ownOnly;
    }

    public List<StaffMember> getManagers() {
        return managers;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getManagerId() {
        return managerId;
    }

    public void setManagerId(Long managerId) {
        this.managerId = managerId;
    }
}
