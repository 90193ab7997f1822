package ru.fieldcrm.reports;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import ru.fieldcrm.orders.OrderStatus;
import ru.fieldcrm.shared.Formats;
import ru.fieldcrm.shared.Texts;
import ru.fieldcrm.shared.xlsx.XlsxColumn;
import ru.fieldcrm.shared.xlsx.XlsxDownload;
import ru.fieldcrm.shared.xlsx.XlsxTable;
import ru.fieldcrm.users.Role;
import ru.fieldcrm.users.StaffMember;
import ru.fieldcrm.users.UserService;

/**
 * The report tables other than finance as {@code .xlsx} files, for their pages and
 * {@code GET /api/reports/{name}/export}: one sheet each, the figures the page shows, a totals row
 * (sums only: an average or a share is left out of it), the period in the title and the file's name.
 * A report the page shows as two tables is written as their finest common rows: upsells as the
 * orders, discounts per type and giver, orders per status with the cancelled ones per reason.
 */
@ApplicationScoped
public class ReportExports {

    private static final List<XlsxColumn> MANAGERS = List.of(
            XlsxColumn.text("reports.manager"),
            XlsxColumn.number("reports.managers.planned"),
            XlsxColumn.number("reports.managers.done"),
            XlsxColumn.number("reports.managers.cancelled"),
            XlsxColumn.money("reports.managers.revenue"),
            XlsxColumn.money("reports.managers.upsell"),
            XlsxColumn.money("reports.managers.discounts"),
            XlsxColumn.money("reports.managers.averageCheck").withoutTotal(),
            XlsxColumn.number("reports.managers.assessments"),
            XlsxColumn.number("reports.managers.assessmentsMade"),
            XlsxColumn.number("reports.managers.assessmentsOrdered"),
            XlsxColumn.percent("reports.managers.conversion"));

    private static final List<XlsxColumn> UPSELLS = List.of(
            XlsxColumn.identifier("reports.upsells.number"),
            XlsxColumn.date("reports.upsells.day"),
            XlsxColumn.text("reports.upsells.client"),
            XlsxColumn.text("reports.manager"),
            XlsxColumn.money("reports.upsells.baseAmount"),
            XlsxColumn.money("reports.upsells.upsell"),
            XlsxColumn.money("reports.upsells.finalSum"));

    private static final List<XlsxColumn> DISCOUNTS = List.of(
            XlsxColumn.text("reports.discounts.type"),
            XlsxColumn.text("reports.discounts.user"),
            XlsxColumn.number("reports.discounts.orders"),
            XlsxColumn.money("reports.discounts.amount"));

    private static final List<XlsxColumn> ORDERS = List.of(
            XlsxColumn.text("reports.orders.status"),
            XlsxColumn.text("reports.orders.reason"),
            XlsxColumn.number("reports.orders.count"),
            XlsxColumn.money("reports.orders.amount"),
            XlsxColumn.money("reports.orders.finalSum"));

    private static final List<XlsxColumn> ASSESSMENTS = List.of(
            XlsxColumn.text("reports.manager"),
            XlsxColumn.number("reports.assessments.total"),
            XlsxColumn.number("reports.assessments.outcome.PLANNED"),
            XlsxColumn.number("reports.assessments.outcome.ORDERED"),
            XlsxColumn.number("reports.assessments.outcome.NO_ORDER"),
            XlsxColumn.number("reports.assessments.outcome.CANCELLED"),
            XlsxColumn.percent("reports.assessments.conversion"));

    @Inject
    Formats formats;

    @EJB
    UserService users;

    /** The file's name: the report's title and the period. */
    public String fileName(ReportKind kind, ReportPeriod period, Locale locale) {
        return XlsxDownload.fileName(Texts.ui(locale, "reports.kind." + kind), period.from(), period.to());
    }

    /** Writes one of the reports (a {@code ManagersReport}, {@code UpsellReport}, …). */
    public void write(Object report, Locale locale, OutputStream out) throws IOException {
        if (report instanceof ManagersReport managers) {
            write(managers, locale, out);
        } else if (report instanceof UpsellReport upsells) {
            write(upsells, locale, out);
        } else if (report instanceof DiscountReport discounts) {
            write(discounts, locale, out);
        } else if (report instanceof OrderStatusReport orders) {
            write(orders, locale, out);
        } else if (report instanceof AssessmentReport assessments) {
            write(assessments, locale, out);
        } else {
            throw new IllegalArgumentException("No export for " + report);
        }
    }

    public void write(ManagersReport report, Locale locale, OutputStream out) throws IOException {
        try (XlsxTable table = table(ReportKind.MANAGERS, report.period(), report.managerId(), locale, MANAGERS)) {
            for (ManagerRow r : report.rows()) {
                table.row(manager(r.managerId(), r.managerName(), locale), r.planned(), r.done(), r.cancelled(), r.revenue(),
                        r.upsell(), r.discounts(), r.averageCheck(), r.assessments(), r.assessmentsMade(),
                        r.assessmentsOrdered(), r.conversion());
            }
            table.totals();
            table.writeTo(out);
        }
    }

    public void write(UpsellReport report, Locale locale, OutputStream out) throws IOException {
        try (XlsxTable table = table(ReportKind.UPSELLS, report.period(), report.managerId(), locale, UPSELLS)) {
            for (UpsellOrderRow r : report.orders()) {
                table.row(r.number(), r.day(), r.clientName(), r.managerName(), r.baseAmount(), r.upsell(), r.finalSum());
            }
            table.totals();
            table.writeTo(out);
        }
    }

    public void write(DiscountReport report, Locale locale, OutputStream out) throws IOException {
        try (XlsxTable table = table(ReportKind.DISCOUNTS, report.period(), report.managerId(), locale, DISCOUNTS)) {
            for (DiscountPairRow r : report.byTypeAndUser()) {
                table.row(r.typeName(), r.userId() == null ? Texts.ui(locale, "reports.discounts.unknownUser") : r.userName(),
                        r.orders(), r.amount());
            }
            table.totals();
            table.writeTo(out);
        }
    }

    public void write(OrderStatusReport report, Locale locale, OutputStream out) throws IOException {
        try (XlsxTable table = table(ReportKind.ORDERS, report.period(), report.managerId(), locale, ORDERS)) {
            String cancelled = Texts.ui(locale, "orders.status." + OrderStatus.CANCELLED);
            for (OrderStatusRow r : report.byStatus()) {
                if (r.status() != OrderStatus.CANCELLED) {
                    table.row(Texts.ui(locale, "orders.status." + r.status()), null, r.orders(), r.amount(), r.finalSum());
                }
            }
            for (CancellationRow r : report.byReason()) {
                table.row(cancelled, r.reason(), r.orders(), r.amount(), r.finalSum());
            }
            table.totals();
            table.writeTo(out);
        }
    }

    public void write(AssessmentReport report, Locale locale, OutputStream out) throws IOException {
        try (XlsxTable table = table(ReportKind.ASSESSMENTS, report.period(), report.managerId(), locale, ASSESSMENTS)) {
            for (AssessmentManagerRow r : report.managers()) {
                table.row(manager(r.managerId(), r.managerName(), locale), r.total(), r.planned(), r.ordered(), r.noOrder(),
                        r.cancelled(), r.conversion());
            }
            table.totals();
            table.writeTo(out);
        }
    }

    /** A table whose title line names the report, the period and the manager when it is one's figures. */
    private XlsxTable table(ReportKind kind, ReportPeriod period, Long managerId, Locale locale, List<XlsxColumn> columns) {
        String managerName = managerId == null ? null : users.staff(Role.MANAGER).stream()
                .filter(m -> m.id() == managerId).map(StaffMember::fullName).findFirst().orElse(null);
        String what = Texts.ui(locale, "reports.kind." + kind);
        String title = what + XlsxDownload.period(period.from(), period.to()).map(p -> " " + p).orElse("")
                + (managerName == null ? "" : ", " + managerName);
        return new XlsxTable(locale, formats.getZone(), what, title, columns);
    }

    private static String manager(Long id, String name, Locale locale) {
        return id == null ? Texts.ui(locale, "reports.unassigned") : name;
    }
}
