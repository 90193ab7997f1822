package ru.fieldcrm.reports;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Set;

/** Which reports the menu and the reports' links offer the caller, asked once a request. */
@Named
@RequestScoped
public class ReportMenu {

    @EJB
    ReportService reports;

    private Set<ReportKind> visible;

    public boolean visible(String report) {
        return visible().contains(ReportKind.valueOf(report));
    }

    public boolean isAny() {
        return !visible().isEmpty();
    }

    /** The page the menu's «Отчёты» opens: the first report the caller may see. */
    public String getHome() {
        return visible().stream().findFirst().map(ReportMenu::outcome).orElse("/reports/finance");
    }

    /** A report's page: {@code /reports/managers} for MANAGERS. */
    public static String outcome(ReportKind report) {
        return "/reports/" + report.name().toLowerCase(java.util.Locale.ROOT);
    }

    private Set<ReportKind> visible() {
        if (visible == null) {
            try {
                visible = reports.visible();
            } catch (RuntimeException e) {
                visible = Set.of();
            }
        }
        return visible;
    }
}
