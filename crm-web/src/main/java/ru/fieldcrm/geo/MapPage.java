package ru.fieldcrm.geo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import org.primefaces.event.map.OverlaySelectEvent;
import org.primefaces.model.map.DefaultMapModel;
import org.primefaces.model.map.LatLng;
import org.primefaces.model.map.MapModel;
import org.primefaces.model.map.Marker;
import org.primefaces.model.map.Polyline;
import ru.fieldcrm.assessments.AssessmentStatus;
import ru.fieldcrm.organizer.Visit;
import ru.fieldcrm.organizer.VisitKind;
import ru.fieldcrm.organizer.VisitStyle;
import ru.fieldcrm.orders.OrderStatus;
import ru.fieldcrm.shared.Formats;
import ru.fieldcrm.shared.Texts;
import ru.fieldcrm.tracking.ManagerPosition;
import ru.fieldcrm.tracking.TrackPoint;
import ru.fieldcrm.users.CurrentUser;
import ru.fieldcrm.users.Role;
import ru.fieldcrm.users.StaffMember;
import ru.fieldcrm.users.UserService;

/**
 * «Карта»: the day's orders and assessments (coloured as in the calendar), the clients' located
 * addresses, the managers' last positions and a chosen manager's track of the day. One
 * {@link MapModel} feeds either renderer: {@code pe:osmap} (OpenStreetMap, no key) or {@code p:gmap}
 * when a Google Maps key is saved in the geo settings. What a manager may see is decided by
 * {@link MapService}; the page only offers the filters.
 */
@Named
@ViewScoped
public class MapPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Moscow, when nothing on the map gives a centre. */
    private static final LatLng FALLBACK_CENTER = new LatLng(55.7558, 37.6173);

    @EJB
    MapService map;

    @EJB
    GeoService geo;

    @EJB
    UserService users;

    @Inject
    CurrentUser currentUser;

    @Inject
    VisitStyle visitStyle;

    @Inject
    Formats formats;

    private List<StaffMember> managers;
    private String googleKey;
    private LocalDate day;
    private Long managerId;
    private String status;
    private boolean showClients = true;
    private boolean clientsCut;
    private transient MapModel<Mark> model;
    private final List<Mark> marks = new ArrayList<>();
    private final List<Visit> route = new ArrayList<>();
    private final Map<String, String> overlayIds = new HashMap<>();
    private int trackPoints;
    private Mark selected;

    /** What a marker stands for: its kind (order, assessment, client, manager), text and card link. */
    public record Mark(String id, String kind, String title, String detail, String link, double latitude,
            double longitude, String icon) implements Serializable {
    }

    @PostConstruct
    void init() {
        day = formats.today();
        managers = users.staff(Role.MANAGER);
        if (currentUser.isManager()) {
            managerId = currentUser.getDetails().id();
            showClients = false;
        }
        String key = geo.mapsKey();
        googleKey = key == null || key.isBlank() ? null : key;
        load();
    }

    /** Reads the map again after a filter changed. */
    public void load() {
        marks.clear();
        overlayIds.clear();
        route.clear();
        selected = null;
        trackPoints = 0;
        DefaultMapModel<Mark> fresh = new DefaultMapModel<>();
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        for (MapVisit located : map.visits(day, managerId, status)) {
            Visit v = located.visit();
            String kind = v.kind().name().toLowerCase(Locale.ROOT);
            add(fresh, new Mark(v.key(), kind, visitStyle.title(v),
                    formats.window(v.start().toLocalTime(), v.end().toLocalTime()) + " · " + visitStyle.status(v)
                            + " · " + v.address() + (v.managerName() == null ? "" : " · " + v.managerName()),
                    visitStyle.link(v), located.latitude(), located.longitude(), pin(visitColor(v), faded(v))));
            if (managerId != null && v.kind() == VisitKind.ORDER) {
                route.add(v);
            }
        }
        clientsCut = false;
        if (showClients) {
            MapClients clients = map.clients(null, null, null, null);
            clientsCut = clients.more();
            for (MapClient c : clients.clients()) {
                add(fresh, new Mark("CLIENT-" + c.addressId(), "client", c.name(), c.address(),
                        context + "/clients/edit.xhtml?id=" + c.clientId(), c.latitude(), c.longitude(),
                        pin("#6b7280", false)));
            }
        }
        for (ManagerPosition p : map.positions()) {
            if (managerId != null && p.managerId() != managerId) {
                continue;
            }
            add(fresh, new Mark("MANAGER-" + p.managerId(), "manager", p.managerName(), fix(p), null,
                    p.latitude(), p.longitude(), pin("#dc2626", false)));
        }
        if (managerId != null) {
            List<TrackPoint> track = map.track(managerId, day);
            trackPoints = track.size();
            if (track.size() > 1) {
                Polyline<Mark> line = new Polyline<>();
                track.forEach(t -> line.getPaths().add(new LatLng(t.latitude(), t.longitude())));
                line.setStrokeColor("#dc2626");
                line.setStrokeWeight(4);
                line.setStrokeOpacity(0.8);
                fresh.addOverlay(line);
            }
        }
        model = fresh;
    }

    private void add(DefaultMapModel<Mark> into, Mark mark) {
        marks.add(mark);
        Marker<Mark> marker = new Marker<>(new LatLng(mark.latitude(), mark.longitude()), mark.title(), mark, mark.icon());
        into.addOverlay(marker);
        overlayIds.put(mark.id(), marker.getId());
    }

    /** «14:32 · батарея 80 %», with the date when the fix is not of today. */
    private String fix(ManagerPosition p) {
        LocalDate fixDay = p.time().atZone(formats.getZone()).toLocalDate();
        String time = (fixDay.equals(formats.today()) ? "" : formats.date(fixDay) + " ") + formats.time(p.time());
        String text = Texts.ui(locale(), "map.manager.fix", time);
        return p.battery() == null ? text
                : text + " · " + Texts.ui(locale(), "map.manager.battery", Math.round(p.battery()));
    }

    /** The calendar's colours (crm.css --crm-visit-order / --crm-visit-assessment). */
    private static String visitColor(Visit v) {
        return v.kind() == VisitKind.ORDER ? "#2563eb" : "#0f766e";
    }

    private static boolean faded(Visit v) {
        return "DONE".equals(v.status()) || "CLOSED".equals(v.status());
    }

    /** A pin of Leaflet's size (25×41) in the colour, as a data URL both renderers take for an icon. */
    static String pin(String color, boolean faded) {
        String svg = "<svg xmlns='http://www.w3.org/2000/svg' width='25' height='41' viewBox='0 0 25 41'>"
                + "<path d='M12.5 0C5.6 0 0 5.6 0 12.5 0 21.9 12.5 41 12.5 41S25 21.9 25 12.5C25 5.6 19.4 0 12.5 0z' fill='"
                + color + "' fill-opacity='" + (faded ? "0.5" : "1") + "' stroke='#ffffff' stroke-width='1.5'/>"
                + "<circle cx='12.5' cy='12.5' r='4.5' fill='#ffffff'/></svg>";
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }

    public void select(OverlaySelectEvent<Mark> event) {
        if (event.getOverlay() instanceof Marker<Mark> marker) {
            selected = marker.getData();
        }
    }

    public void select(Mark mark) {
        selected = mark;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** The Google renderer's script address, with the saved key. */
    public String getGoogleScript() {
        return "https://maps.googleapis.com/maps/api/js?key="
                + java.net.URLEncoder.encode(googleKey, StandardCharsets.UTF_8);
    }

    public boolean isGoogle() {
        return googleKey != null;
    }

    /** The centre and zoom that show every mark (Moscow at the city's zoom when there is none). */
    public MapView getView() {
        return MapView.fitting(marks.stream().map(m -> new MapView.Point(m.latitude(), m.longitude())).toList(),
                new MapView.Point(FALLBACK_CENTER.getLat(), FALLBACK_CENTER.getLng()));
    }

    public List<String> getStatuses() {
        Set<String> codes = new LinkedHashSet<>();
        for (OrderStatus s : OrderStatus.values()) {
            codes.add(s.name());
        }
        for (AssessmentStatus s : AssessmentStatus.values()) {
            codes.add(s.name());
        }
        codes.remove("CANCELLED");
        return List.copyOf(codes);
    }

    /** The status in words: the order's word, else the assessment's. */
    public String statusLabel(String code) {
        for (OrderStatus s : OrderStatus.values()) {
            if (s.name().equals(code)) {
                return Texts.ui(locale(), "orders.status." + code);
            }
        }
        return Texts.ui(locale(), "assessments.status." + code);
    }

    public MapModel<Mark> getModel() {
        if (model == null) {
            load();
        }
        return model;
    }

    /** The renderer's id of a mark's marker (the model gives each its own), for the page's list. */
    public String overlayId(Mark mark) {
        return overlayIds.get(mark.id());
    }

    public List<Mark> getMarks() {
        return marks;
    }

    public List<Visit> getRoute() {
        return route;
    }

    public int getTrackPoints() {
        return trackPoints;
    }

    /** «Трек: 12 точек» or «Трека за день нет». */
    public String getTrackText() {
        return trackPoints == 0 ? Texts.ui(locale(), "map.route.noTrack") : Texts.ui(locale(), "map.route.track", trackPoints);
    }

    public boolean isClientsCut() {
        return clientsCut;
    }

    public Mark getSelected() {
        return selected;
    }

    public boolean isMayChooseManager() {
        return !currentUser.isManager();
    }

    public List<StaffMember> getManagers() {
        return managers;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day == null ? formats.today() : day;
    }

    public Long getManagerId() {
        return managerId;
    }

    public void setManagerId(Long managerId) {
        if (isMayChooseManager()) {
            this.managerId = managerId;
        }
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null || status.isBlank() ? null : status;
    }

    public boolean isShowClients() {
        return showClients;
    }

    public void setShowClients(boolean showClients) {
        this.showClients = showClients && !currentUser.isManager();
    }
}
