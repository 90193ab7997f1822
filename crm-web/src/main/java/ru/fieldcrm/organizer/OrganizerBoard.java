package ru.fieldcrm.organizer;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.primefaces.event.timeline.TimelineModificationEvent;
import org.primefaces.event.timeline.TimelineSelectEvent;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineGroup;
import org.primefaces.model.timeline.TimelineModel;
import ru.fieldcrm.orders.OrderField;
import ru.fieldcrm.orders.OrderPush;
import ru.fieldcrm.orders.OrderRights;
import ru.fieldcrm.shared.Formats;
import ru.fieldcrm.shared.Refusals;
import ru.fieldcrm.shared.Texts;
import ru.fieldcrm.users.CurrentUser;
import ru.fieldcrm.users.Role;
import ru.fieldcrm.users.StaffMember;
import ru.fieldcrm.users.UserService;

/**
 * «График выездов»: one row per manager and a «Не назначено» row, a day or a week. The office drags
 * a visit along a row to another time or to another row to reassign it; a manager's overlapping
 * visits are outlined. A refused move is put back and the reason shown.
 */
@Named
@ViewScoped
public class OrganizerBoard implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    static final String FORM = "boardForm";
    /** The row of visits nobody is assigned to. */
    static final String UNASSIGNED = "none";
    private static final LocalTime DAY_START = LocalTime.of(7, 0);
    private static final LocalTime DAY_END = LocalTime.of(22, 0);

    /** The period the board shows. */
    public enum Range { DAY, WEEK }

    @EJB
    ScheduleService schedule;

    @EJB
    UserService users;

    @Inject
    CurrentUser currentUser;

    @Inject
    Formats formats;

    @Inject
    VisitStyle style;

    @Inject
    OrderPush push;

    private Range range = Range.DAY;
    private LocalDate day;
    private List<VisitKind> kinds = List.of(VisitKind.values());
    private TimelineModel<Visit, String> model;
    private int overlaps;
    private Visit selected;

    @PostConstruct
    void init() {
        day = formats.today();
        load();
    }

    /**
     * Loads the rows and the visits of the period on screen. The managers with visits come first (by
     * name), then «Не назначено», then the managers with a free period, so the busy rows are at hand.
     */
    public void load() {
        Set<VisitKind> shown = kinds.isEmpty() ? EnumSet.allOf(VisitKind.class) : EnumSet.copyOf(kinds);
        Map<String, List<Visit>> visits = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Visit visit : schedule.visits(new VisitQuery(getFrom(), getTo(), Set.of(), shown))) {
            String row = groupOf(visit.managerId());
            visits.computeIfAbsent(row, r -> new ArrayList<>()).add(visit);
            if (visit.managerId() != null) {
                names.put(row, visit.managerName());
            }
        }
        List<StaffMember> managers = users.staff(Role.MANAGER);
        managers.forEach(m -> names.putIfAbsent(String.valueOf(m.id()), m.fullName()));
        List<String> busy = names.keySet().stream().filter(visits::containsKey)
                .sorted(Comparator.comparing(names::get, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        List<String> rows = new ArrayList<>(busy);
        rows.add(UNASSIGNED);
        names.keySet().stream().filter(row -> !visits.containsKey(row))
                .sorted(Comparator.comparing(names::get, Comparator.nullsLast(Comparator.naturalOrder()))).forEach(rows::add);
        names.put(UNASSIGNED, Texts.ui(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "organizer.unassigned"));

        model = new TimelineModel<>();
        boolean mayMove = isMayMove();
        overlaps = 0;
        for (String row : rows) {
            model.addGroup(new TimelineGroup<>(row, names.get(row), names.get(row)));
            List<Visit> inRow = visits.getOrDefault(row, List.of());
            Set<String> overlapping = row.equals(UNASSIGNED) ? Set.of() : overlapping(inRow);
            overlaps += overlapping.size();
            for (Visit visit : inRow) {
                String styleClass = style.styleClass(visit) + (overlapping.contains(visit.key()) ? " crm-overlap" : "");
                model.add(TimelineEvent.<Visit>builder().id(visit.key()).data(visit).group(row)
                        .startDate(visit.start()).endDate(visit.end()).styleClass(styleClass)
                        .title(style.title(visit) + " · " + style.status(visit))
                        .editableTime(mayMove).editableGroup(mayMove).editableRemove(false).build());
            }
        }
    }

    /** The keys of the visits of one manager that overlap another of theirs. */
    static Set<String> overlapping(List<Visit> visits) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < visits.size(); i++) {
            for (int j = i + 1; j < visits.size(); j++) {
                if (visits.get(i).overlaps(visits.get(j))) {
                    keys.add(visits.get(i).key());
                    keys.add(visits.get(j).key());
                }
            }
        }
        return keys;
    }

    private static String groupOf(Long managerId) {
        return managerId == null ? UNASSIGNED : String.valueOf(managerId);
    }

    public boolean isMayMove() {
        return OrderRights.may(currentUser.getDetails().role(), OrderField.VISIT_TIME);
    }

    /**
     * A visit was dropped: to another time, to another row, or both. The page redraws the board
     * afterwards (outside the timeline's own callback): a refused move goes back where it was.
     */
    public void changed(TimelineModificationEvent<Visit> event) {
        TimelineEvent<Visit> moved = event.getTimelineEvent();
        Visit visit = moved.getData();
        String group = moved.getGroup() == null ? groupOf(visit.managerId()) : moved.getGroup();
        Long managerId = UNASSIGNED.equals(group) ? null : Long.valueOf(group);
        try {
            Visit saved = schedule.move(new VisitMove(visit.kind(), visit.id(), visit.version(), moved.getStartDate(),
                    moved.getEndDate(), managerId));
            push.changed(saved.id());
            Refusals.info("organizer.moved", style.title(saved));
        } catch (RuntimeException e) {
            Refusals.show(e, FORM);
        }
        load();
    }

    /** A tap on a visit shows it above the board, with the way to its order or assessment. */
    public void select(TimelineSelectEvent<Visit> event) {
        selected = event.getTimelineEvent() == null ? null : event.getTimelineEvent().getData();
    }

    public Visit getSelected() {
        return selected;
    }

    public void previous() {
        day = range == Range.DAY ? day.minusDays(1) : day.minusWeeks(1);
        load();
    }

    public void next() {
        day = range == Range.DAY ? day.plusDays(1) : day.plusWeeks(1);
        load();
    }

    public void today() {
        day = formats.today();
        load();
    }

    public LocalDate getFrom() {
        return range == Range.DAY ? day : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LocalDate getTo() {
        return range == Range.DAY ? day : getFrom().plusDays(6);
    }

    /** Where the board's axis begins and ends: the working hours of the day, or the whole week. */
    public LocalDateTime getStart() {
        return range == Range.DAY ? day.atTime(DAY_START) : getFrom().atStartOfDay();
    }

    public LocalDateTime getEnd() {
        return range == Range.DAY ? day.atTime(DAY_END) : getTo().plusDays(1).atStartOfDay();
    }

    public String getTitle() {
        return range == Range.DAY ? formats.date(day) : formats.date(getFrom()) + " – " + formats.date(getTo());
    }

    public TimelineModel<Visit, String> getModel() {
        return model;
    }

    public int getOverlaps() {
        return overlaps;
    }

    public Range getRange() {
        return range;
    }

    public void setRange(Range range) {
        this.range = Objects.requireNonNullElse(range, Range.DAY);
    }

    public List<Range> getRanges() {
        return List.of(Range.values());
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
