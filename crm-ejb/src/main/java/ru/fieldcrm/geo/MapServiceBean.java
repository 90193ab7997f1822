package ru.fieldcrm.geo;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.fieldcrm.organizer.ScheduleService;
import ru.fieldcrm.organizer.Visit;
import ru.fieldcrm.organizer.VisitKind;
import ru.fieldcrm.organizer.VisitQuery;
import ru.fieldcrm.shared.ForbiddenException;
import ru.fieldcrm.tracking.ManagerPosition;
import ru.fieldcrm.tracking.TrackPoint;
import ru.fieldcrm.tracking.TrackRepository;
import ru.fieldcrm.users.Role;
import ru.fieldcrm.users.Staff;
import ru.fieldcrm.users.StaffMember;

/**
 * The map's data. The visits come from the schedule (same filters as the calendar) joined with the
 * points of their addresses; a manager is held to their own day, position and track here, whatever
 * the page or the request asks.
 */
@Stateless
@DeclareRoles({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER})
@RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER})
public class MapServiceBean implements MapService {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @EJB
    ScheduleService schedule;

    @Inject
    TrackRepository tracks;

    @Inject
    Staff staff;

    @Override
    public List<MapVisit> visits(LocalDate day, Long managerId, String status) {
        StaffMember caller = staff.current();
        Long manager = caller.role() == Role.MANAGER ? Long.valueOf(caller.id()) : managerId;
        List<Visit> visits = schedule.visits(new VisitQuery(day, day, manager == null ? Set.of() : Set.of(manager), Set.of()));
        Map<String, double[]> points = new HashMap<>();
        points(points, VisitKind.ORDER, "crm_order", day);
        points(points, VisitKind.ASSESSMENT, "site_assessment", day);
        List<MapVisit> located = new ArrayList<>();
        for (Visit visit : visits) {
            double[] point = points.get(visit.key());
            if (point != null && (status == null || status.isBlank() || status.equals(visit.status()))) {
                located.add(new MapVisit(visit, point[0], point[1]));
            }
        }
        return located;
    }

    private void points(Map<String, double[]> points, VisitKind kind, String table, LocalDate day) {
        List<?> rows = em.createNativeQuery("select id, latitude, longitude from " + table
                + " where visit_date = ?1 and latitude is not null and longitude is not null")
                .setParameter(1, day).getResultList();
        for (Object result : rows) {
            Object[] row = (Object[]) result;
            points.put(kind + "-" + ((Number) row[0]).longValue(),
                    new double[] {((Number) row[1]).doubleValue(), ((Number) row[2]).doubleValue()});
        }
    }

    @Override
    public MapClients clients(Double south, Double west, Double north, Double east) {
        if (staff.current().role() == Role.MANAGER) {
            return new MapClients(List.of(), false);
        }
        StringBuilder sql = new StringBuilder("select c.id, a.id, c.name, a.address, a.latitude, a.longitude"
                + " from client_address a join client c on c.id = a.client_id"
                + " where c.merged_into_id is null and a.latitude is not null and a.longitude is not null");
        boolean box = south != null && west != null && north != null && east != null;
        if (box) {
            sql.append(" and a.latitude between ?1 and ?2 and a.longitude between ?3 and ?4");
        }
        sql.append(" order by c.name, a.id");
        var query = em.createNativeQuery(sql.toString()).setMaxResults(MAX_CLIENTS + 1);
        if (box) {
            query.setParameter(1, south).setParameter(2, north).setParameter(3, west).setParameter(4, east);
        }
        List<MapClient> clients = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            clients.add(new MapClient(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), (String) row[2],
                    (String) row[3], ((Number) row[4]).doubleValue(), ((Number) row[5]).doubleValue()));
        }
        boolean more = clients.size() > MAX_CLIENTS;
        return new MapClients(more ? List.copyOf(clients.subList(0, MAX_CLIENTS)) : clients, more);
    }

    @Override
    public List<ManagerPosition> positions() {
        StaffMember caller = staff.current();
        List<ManagerPosition> all = tracks.lastPositions();
        return caller.role() == Role.MANAGER
                ? all.stream().filter(p -> p.managerId() == caller.id()).toList() : all;
    }

    @Override
    public List<TrackPoint> track(long managerId, LocalDate day) {
        StaffMember caller = staff.current();
        if (caller.role() == Role.MANAGER && caller.id() != managerId) {
            throw new ForbiddenException("map.track.foreign");
        }
        return tracks.track(managerId, day);
    }
}
