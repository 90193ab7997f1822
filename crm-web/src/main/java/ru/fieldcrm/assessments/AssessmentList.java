package ru.fieldcrm.assessments;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import ru.fieldcrm.shared.Formats;
import ru.fieldcrm.shared.PagedModel;
import ru.fieldcrm.users.CurrentUser;
import ru.fieldcrm.users.Role;
import ru.fieldcrm.users.StaffMember;
import ru.fieldcrm.users.UserService;

/** The assessment list: period, statuses, manager and a text (client, phone, address); lazy pages. */
@Named
@ViewScoped
public class AssessmentList implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    AssessmentService assessments;

    @EJB
    UserService users;

    @Inject
    CurrentUser currentUser;

    @Inject
    Formats formats;

    private LocalDate from;
    private LocalDate to;
    private List<AssessmentStatus> statuses = List.of();
    private Long managerId;
    private String text;
    private List<StaffMember> managers;
    private PagedModel<AssessmentSummary> model;

    @PostConstruct
    void init() {
        from = formats.today();
        managers = users.staff(Role.MANAGER);
        model = new PagedModel<>(page -> assessments.find(new AssessmentQuery(from, to,
                statuses.isEmpty() ? EnumSet.noneOf(AssessmentStatus.class) : EnumSet.copyOf(statuses), managerId, null,
                text, page)), AssessmentSummary::id);
    }

    public boolean isMayCreate() {
        return AssessmentRights.mayCreate(currentUser.getDetails().role());
    }

    public List<AssessmentStatus> getAllStatuses() {
        return List.of(AssessmentStatus.values());
    }

    public PagedModel<AssessmentSummary> getModel() {
        return model;
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

    public List<AssessmentStatus> getStatuses() {
        return statuses;
    }

    public void setStatuses(List<AssessmentStatus> statuses) {
        this.statuses = statuses == null ? List.of() : statuses;
    }

    public Long getManagerId() {
        return managerId;
    }

    public void setManagerId(Long managerId) {
        this.managerId = managerId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
