package ru.fieldcrm.reports;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import ru.fieldcrm.shared.Refusals;
import ru.fieldcrm.users.Role;

/** The administrator's choice per report of what operators and managers see. */
@Named
@ViewScoped
public class ReportAccessEdit implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    static final String FORM = "accessForm";

    @EJB
    ReportService reports;

    /** One report's line: what the operator and the manager see. */
    public static class Line implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private final ReportKind report;
        private ReportAccess operator;
        private ReportAccess manager;

        Line(ReportKind report) {
            this.report = report;
        }

        public ReportKind getReport() {
            return report;
        }

        public ReportAccess getOperator() {
            return operator;
        }

        public void setOperator(ReportAccess operator) {
            this.operator = operator;
        }

        public ReportAccess getManager() {
            return manager;
        }

        public void setManager(ReportAccess manager) {
            this.manager = manager;
        }
    }

    private List<Line> lines;

    @PostConstruct
    void init() {
        load(reports.access());
    }

    private void load(List<ReportAccessEntry> entries) {
        lines = new ArrayList<>();
        for (ReportKind report : ReportKind.values()) {
            Line line = new Line(report);
            for (ReportAccessEntry entry : entries) {
                if (entry.report() == report && entry.role() == Role.OPERATOR) {
                    line.setOperator(entry.access());
                } else if (entry.report() == report && entry.role() == Role.MANAGER) {
                    line.setManager(entry.access());
                }
            }
            lines.add(line);
        }
    }

    public void save() {
        List<ReportAccessEntry> entries = new ArrayList<>();
        for (Line line : lines) {
            entries.add(new ReportAccessEntry(line.getReport(), Role.OPERATOR, line.getOperator()));
            entries.add(new ReportAccessEntry(line.getReport(), Role.MANAGER, line.getManager()));
        }
        try {
            load(reports.saveAccess(entries));
            Refusals.info("reports.access.saved");
        } catch (RuntimeException e) {
            Refusals.show(e, FORM);
        }
    }

    public Set<ReportAccess> getOperatorChoices() {
        return ReportRights.offered(Role.OPERATOR);
    }

    public Set<ReportAccess> getManagerChoices() {
        return ReportRights.offered(Role.MANAGER);
    }

    public List<Line> getLines() {
        return lines;
    }
}
