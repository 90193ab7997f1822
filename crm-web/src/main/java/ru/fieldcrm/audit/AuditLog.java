package ru.fieldcrm.audit;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ru.fieldcrm.shared.Formats;
import ru.fieldcrm.shared.PagedModel;

/** The administrator's audit log: period in the company's time zone, actor, action, text. */
@Named
@ViewScoped
public class AuditLog implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    AuditService audit;

    @Inject
    Formats formats;

    private LocalDate from;
    private LocalDate to;
    private String actor;
    private String action;
    private String text;
    private List<String> actions;
    private PagedModel<AuditEntrySummary> model;

    @PostConstruct
    void init() {
        actions = audit.actions();
        model = new PagedModel<>(page -> audit.find(new AuditQuery(start(from), start(to == null ? null : to.plusDays(1)),
                actor, action, text, page)), AuditEntrySummary::id);
    }

    private Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(formats.getZone()).toInstant();
    }

    public PagedModel<AuditEntrySummary> getModel() {
        return model;
    }

    public List<String> getActions() {
        return actions;
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

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
