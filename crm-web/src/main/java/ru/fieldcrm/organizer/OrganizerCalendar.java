package ru.fieldcrm.organizer;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.event.schedule.ScheduleEntryResizeEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;
import ru.fieldcrm.orders.OrderPush;
import ru.fieldcrm.orders.OrderField;
import ru.fieldcrm.orders.OrderRights;
import ru.fieldcrm.shared.Refusals;
import ru.fieldcrm.users.CurrentUser;
import ru.fieldcrm.users.Role;
import ru.fieldcrm.users.StaffMember;
import ru.fieldcrm.users.UserService;

/**
 * «Органайзер»: orders and assessments on a calendar (day, week, month, list), loading only the
 * range on screen, filtered by managers and kind. The office drags a visit to another time or
 * resizes it; a refused move is put back and the reason shown. A manager opens on their own visits.
 */
@Named
@ViewScoped
public class OrganizerCalendar implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    static final String FORM = "calendarForm";

    @EJB
    ScheduleService schedule;

    @EJB
    UserService users;

    @Inject
    CurrentUser currentUser;

    @Inject
    VisitStyle style;

    @Inject
    OrderPush push;

    private List<StaffMember> managers;
    private List<Long> managerIds = List.of();
    private List<VisitKind> kinds = List.of(VisitKind.values());
    private ScheduleModel model;

    @PostConstruct
    void init() {
        managers = users.staff(Role.MANAGER);
        if (currentUser.isManager()) {
            managerIds = List.of(currentUser.getDetails().id());
        }
        boolean mayMove = isMayMove();
        model = new LazyScheduleModel() {
            @Serial
            private static final long serialVersionUID = 1L;

            @Override
            public void loadEvents(LocalDateTime start, LocalDateTime end) {
                VisitQuery query = new VisitQuery(start.toLocalDate(), end.minusNanos(1).toLocalDate(),
                        new HashSet<>(managerIds), kinds.isEmpty() ? EnumSet.allOf(VisitKind.class) : EnumSet.copyOf(kinds));
                for (Visit visit : schedule.visits(query)) {
                    addEvent(DefaultScheduleEvent.<Visit>builder().id(visit.key()).data(visit)
                            .title(style.title(visit)).description(style.status(visit))
                            .startDate(visit.start()).endDate(visit.end()).styleClass(style.styleClass(visit))
                            .url(style.link(visit)).editable(mayMove).build());
                }
            }
        };
    }

    /** Whether the signed-in user may move visits in time (the office may; the same right for both kinds). */
    public boolean isMayMove() {
        return OrderRights.may(currentUser.getDetails().role(), OrderField.VISIT_TIME);
    }

    public void moved(ScheduleEntryMoveEvent event) {
        apply(event.getScheduleEvent());
    }

    public void resized(ScheduleEntryResizeEvent event) {
        apply(event.getScheduleEvent());
    }

    private void apply(ScheduleEvent<?> event) {
        Visit visit = (Visit) event.getData();
        try {
            Visit moved = schedule.move(new VisitMove(visit.kind(), visit.id(), visit.version(), event.getStartDate(),
                    event.getEndDate(), visit.managerId()));
            push.changed(moved.id());
            Refusals.info("organizer.moved", style.title(moved));
        } catch (RuntimeException e) {
            Refusals.show(e, FORM);
            PrimeFaces.current().ajax().update(FORM + ":calendar");
        }
    }

    public ScheduleModel getModel() {
        return model;
    }

    public List<StaffMember> getManagers() {
        return managers;
    }

    public List<Long> getManagerIds() {
        return managerIds;
    }

    public void setManagerIds(List<Long> managerIds) {
        this.managerIds = managerIds == null ? List.of() : managerIds;
    }

    public List<VisitKind> getKinds() {
        return kinds;
    }

    public void setKinds(List<VisitKind> kinds) {
        this.kinds = kinds == null ? List.of() : kinds;
    }

    public List<VisitKind> getAllKinds() {
        return List.of(VisitKind.values());
    }
}
