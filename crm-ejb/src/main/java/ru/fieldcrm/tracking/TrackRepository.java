package ru.fieldcrm.tracking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.fieldcrm.settings.CrmConfiguration;

/** Reads of positions for the office's views (tracking, the map); the callers check who may read them. */
@ApplicationScoped
public class TrackRepository {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    CrmConfiguration configuration;

    /** The newest position of every manager who has one, by name. */
    public List<ManagerPosition> lastPositions() {
        // Each device keeps its newest position (DeviceToken.heard): a small table, no search of
        // positions. Only each manager's freshest device is read (a phone replaced, a tablet in the
        // van: older devices stay in the table), read only, not copied into the transaction's context.
        List<Object[]> rows = em.createQuery("select d, u.fullName from DeviceToken d, User u"
                + " where u.id = d.managerId and d.lastTime is not null and not exists (select o.id from DeviceToken o"
                + " where o.managerId = d.managerId and o.lastTime > d.lastTime)", Object[].class)
                .setHint("eclipselink.read-only", "true").getResultList();
        Map<Long, ManagerPosition> newest = new HashMap<>();
        for (Object[] row : rows) {
            ((DeviceToken) row[0]).last((String) row[1]).ifPresent(p -> newest.merge(p.managerId(), p,
                    (a, b) -> b.time().isAfter(a.time()) ? b : a));
        }
        return newest.values().stream()
                .sorted(Comparator.comparing(ManagerPosition::managerName).thenComparing(ManagerPosition::managerId))
                .toList();
    }

    /** A manager's positions on a day of the company's calendar, in time order. */
    public List<TrackPoint> track(long managerId, LocalDate day) {
        ZoneId zone = configuration.companyZone();
        return em.createQuery("select p from GpsPosition p where p.managerId = :manager"
                + " and p.deviceTime >= :from and p.deviceTime < :to order by p.deviceTime", GpsPosition.class)
                .setParameter("manager", managerId)
                .setParameter("from", day.atStartOfDay(zone).toInstant())
                .setParameter("to", day.plusDays(1).atStartOfDay(zone).toInstant())
                .getResultStream().map(GpsPosition::toPoint).toList();
    }
}
