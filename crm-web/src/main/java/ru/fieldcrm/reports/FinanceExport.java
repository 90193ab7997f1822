package ru.fieldcrm.reports;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import ru.fieldcrm.shared.Formats;
import ru.fieldcrm.shared.Texts;
import ru.fieldcrm.shared.xlsx.XlsxColumn;
import ru.fieldcrm.shared.xlsx.XlsxDownload;
import ru.fieldcrm.shared.xlsx.XlsxTable;
import ru.fieldcrm.users.Role;
import ru.fieldcrm.users.StaffMember;
import ru.fieldcrm.users.UserService;

/**
 * Finance by day as an {@code .xlsx} file, for the report's page and
 * {@code GET /api/reports/finance/export}: the same rows and totals the page shows, each day with
 * its state (closed, not closed, corrected).
 */
@ApplicationScoped
public class FinanceExport {

    private static final List<XlsxColumn> COLUMNS = List.of(
            XlsxColumn.date("reports.finance.day"),
            XlsxColumn.text("reports.finance.state"),
            XlsxColumn.number("reports.finance.planned"),
            XlsxColumn.number("reports.finance.done"),
            XlsxColumn.number("reports.finance.cancelled"),
            XlsxColumn.money("reports.finance.amount"),
            XlsxColumn.money("reports.finance.discounts"),
            XlsxColumn.money("reports.finance.priceUp"),
            XlsxColumn.money("reports.finance.priceDown"),
            XlsxColumn.money("reports.finance.upsell"),
            XlsxColumn.money("reports.finance.finalSum"));

    @Inject
    Formats formats;

    @EJB
    UserService users;

    public String fileName(FinanceReport report, Locale locale) {
        return XlsxDownload.fileName(Texts.ui(locale, "reports.finance.title"), report.period().from(),
                report.period().to());
    }

    /** Writes the report; the title line names the period and the manager when it is one's figures. */
    public void write(FinanceReport report, Locale locale, OutputStream out) throws IOException {
        String managerName = report.managerId() == null ? null : users.staff(Role.MANAGER).stream()
                .filter(m -> m.id() == report.managerId()).map(StaffMember::fullName).findFirst().orElse(null);
        String what = Texts.ui(locale, "reports.finance.title");
        String title = what + XlsxDownload.period(report.period().from(), report.period().to()).map(p -> " " + p).orElse("")
                + (managerName == null ? "" : ", " + managerName);
        try (XlsxTable table = new XlsxTable(locale, formats.getZone(), what, title, COLUMNS)) {
            for (FinanceDayRow d : report.rows()) {
                table.row(d.day(), state(d, locale), d.planned(), d.done(), d.cancelled(), d.amount(), d.discounts(),
                        d.priceUp(), d.priceDown(), d.upsell(), d.finalSum());
            }
            table.totals();
            table.writeTo(out);
        }
    }

    private static String state(FinanceDayRow day, Locale locale) {
        String state = Texts.ui(locale, day.closed() ? "reports.finance.closed" : "reports.finance.notClosed");
        return day.corrected() ? state + ", " + Texts.ui(locale, "reports.finance.corrected").toLowerCase(locale) : state;
    }
}
