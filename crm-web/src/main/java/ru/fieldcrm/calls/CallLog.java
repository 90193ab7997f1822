package ru.fieldcrm.calls;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.primefaces.component.datatable.DataTable;
import ru.fieldcrm.shared.Formats;
import ru.fieldcrm.shared.PagedModel;
import ru.fieldcrm.users.CurrentUser;
import ru.fieldcrm.users.Role;
import ru.fieldcrm.users.StaffMember;
import ru.fieldcrm.users.UserService;

/**
 * The call log: calls of a period by direction and user, or only the missed ones (the operators'
 * list of clients to call back), newest first, in lazy pages. A manager or a salesperson sees their
 * own calls. Opened as {@code log.xhtml?missed=true} it starts on the missed calls.
 */
@Named
@ViewScoped
public class CallLog implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    static final String FORM = "logForm";
    private static final int DEFAULT_DAYS = 7;

    @EJB
    CallService calls;

    @EJB
    UserService users;

    @Inject
    CurrentUser currentUser;

    @Inject
    Formats formats;

    private LocalDate from;
    private LocalDate to;
    private CallDirection direction;
    private Long userId;
    private boolean missedOnly;
    private List<StaffMember> staff;
    private PagedModel<CallSummary> model;

    @PostConstruct
    void init() {
        from = formats.today().minusDays(DEFAULT_DAYS - 1L);
        staff = new ArrayList<>();
        if (isOffice()) {
            for (Role role : Role.values()) {
                staff.addAll(users.staff(role));
            }
            staff.sort(Comparator.comparing(StaffMember::fullName, String.CASE_INSENSITIVE_ORDER));
        }
        model = new PagedModel<>(page -> calls.find(new CallQuery(from, to, direction, userId, null, missedOnly,
                page.first(), page.size())), CallSummary::id);
    }

    /** A filter changed: back to the first page. */
    public void filter() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(":" + FORM + ":calls") instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    /** Administrators and operators see everyone's calls and filter by user. */
    public boolean isOffice() {
        Role role = currentUser.getDetails().role();
        return role == Role.ADMIN || role == Role.OPERATOR;
    }

    /** The style of a call's result tag. */
    public String severity(CallResult result) {
        if (result == null) {
            return "info";
        }
        return switch (result) {
            case ANSWERED -> "success";
            case MISSED -> "danger";
            default -> "warning";
        };
    }

    /** A duration as minutes and seconds, {@code 1:05}. */
    public String duration(Integer seconds) {
        return seconds == null ? "" : "%d:%02d".formatted(seconds / 60, seconds % 60);
    }

    public List<CallDirection> getDirections() {
        return List.of(CallDirection.values());
    }

    public List<StaffMember> getStaff() {
        return staff;
    }

    public PagedModel<CallSummary> getModel() {
        return model;
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

    public CallDirection getDirection() {
        return direction;
    }

    public void setDirection(CallDirection direction) {
        this.direction = direction;
    }

    public Long getUserId() {
        return userId;
    }

    public void setUserId(Long userId) {
        this.userId = userId;
    }

    public boolean isMissedOnly() {
        return missedOnly;
    }

    public void setMissedOnly(boolean missedOnly) {
        this.missedOnly = missedOnly;
    }
}
