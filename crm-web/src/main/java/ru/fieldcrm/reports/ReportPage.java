package ru.fieldcrm.reports;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
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

/**
 * What the report pages share: the period (this month at first) and the manager
 * filter, which a manager who sees only their own figures does not get; one service call to show the
 * table and one to export it, refusals shown on the page. A page names its report and its call.
 *
 * @param <R> the report's rows and totals
 */
public abstract class ReportPage<R> implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    static final String FORM = "reportForm";
    static final String[] COLOURS = {"#3b82f6", "#22c55e", "#f59e0b", "#ef4444", "#8b5cf6", "#14b8a6", "#64748b"};

    @EJB
    ReportService reports;

    @EJB
    UserService users;

    @Inject
    Formats formats;

    @Inject
    ReportExports exports;

    private LocalDate from;
    private LocalDate to;
    private Long managerId;
    private boolean ownOnly;
    private List<StaffMember> managers;
    private R report;

    /** The report this page shows (its rights, its file's name). */
    protected abstract ReportKind kind();

    /** The service call that answers the report. */
    protected abstract R fetch(ReportPeriod period, Long managerId);

    @PostConstruct
    void init() {
        LocalDate today = formats.today();
        from = today.withDayOfMonth(1);
        to = today.withDayOfMonth(today.lengthOfMonth());
    }

    /** Opens the page: refused (403 page) when the caller may not see the report. */
    public void load() {
        ownOnly = reports.ownOnly(kind());
        managers = ownOnly ? List.of() : users.staff(Role.MANAGER);
        show();
    }

    public void show() {
        try {
            report = fetch(new ReportPeriod(from, to), managerId);
        } catch (RuntimeException e) {
            Refusals.show(e, form());
        }
    }

    /** The period's figures (as the filter says now) as an {@code .xlsx} download. */
    public void export() throws IOException {
        R current;
        try {
            current = fetch(new ReportPeriod(from, to), managerId);
        } catch (RuntimeException e) {
            Refusals.show(e, form());
            return;
        }
        download(current, locale());
    }

    /** The id of the page's form, where refusals are shown. */
    protected String form() {
        return FORM;
    }

    /** Writes the report to the response as its {@code .xlsx} file. */
    protected void download(R current, Locale locale) throws IOException {
        XlsxDownload.toPage(exports.fileName(kind(), new ReportPeriod(from, to), locale),
                out -> exports.write(current, locale, out));
    }

    protected Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    protected String text(String key) {
        return Texts.ui(locale(), key);
    }

    /** A manager's name in a table, or "nobody assigned" for the row of the unassigned. */
    public String manager(Long id, String name) {
        return id == null ? text("reports.unassigned") : name;
    }

    /** Chart.js's configuration for {@code p:chart}: one dataset per series, a colour each. */
    protected static String chart(String type, JsonArrayBuilder labels, JsonObjectBuilder... datasets) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (JsonObjectBuilder dataset : datasets) {
            all.add(dataset);
        }
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", all))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("animation", false).add("locale", "ru-RU"))
                .build().toString();
    }

    protected static JsonObjectBuilder series(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour)
                .add("maxBarThickness", 72);
    }

    /** A series whose every value has its own colour (a doughnut's slices). */
    protected static JsonObjectBuilder slices(String label, JsonArrayBuilder data, int count) {
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < count; i++) {
            colours.add(COLOURS[i % COLOURS.length]);
        }
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colours);
    }

    public R getReport() {
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
