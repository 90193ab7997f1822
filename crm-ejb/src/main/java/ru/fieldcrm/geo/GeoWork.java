package ru.fieldcrm.geo;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The geocoder's database work, each step in its own short transaction so that no transaction
 * waits on a provider: what is pending, the cache, and writing a point. A point is written by a
 * bulk update guarded by the status still being pending and the address unchanged: it never
 * overwrites a pin placed by hand and never bumps the owner's version (a user editing the order
 * meanwhile is not told of a concurrent change).
 */
@Stateless
@LocalBean
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class GeoWork {

    /** What has an address to geocode: the entity's JPQL name and id. */
    public record Target(String entity, long id, String address) {
    }

    private static final List<String> ENTITIES = List.of("CrmOrder", "Assessment", "ClientAddress");

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    public GeoSettings settings() {
        return em.find(GeoSettings.class, GeoSettings.ID);
    }

    public List<Target> pending(int limit) {
        List<Target> targets = new ArrayList<>();
        for (String entity : ENTITIES) {
            if (targets.size() >= limit) {
                break;
            }
            em.createQuery("select e.id, e.address from " + entity + " e where e.geo.status = :pending order by e.id",
                    Object[].class)
                    .setParameter("pending", GeoStatus.PENDING)
                    .setMaxResults(limit - targets.size())
                    .getResultList()
                    .forEach(row -> targets.add(new Target(entity, ((Number) row[0]).longValue(), (String) row[1])));
        }
        return targets;
    }

    /** The pending address(es) of one order, assessment or client. */
    public List<Target> pendingOf(GeoTarget kind, long id) {
        String entity = switch (kind) {
            case ORDER -> "CrmOrder";
            case ASSESSMENT -> "Assessment";
            case CLIENT -> "ClientAddress";
        };
        String owner = kind == GeoTarget.CLIENT ? "e.client.id" : "e.id";
        return em.createQuery("select e.id, e.address from " + entity + " e where " + owner
                + " = :id and e.geo.status = :pending order by e.id", Object[].class)
                .setParameter("id", id)
                .setParameter("pending", GeoStatus.PENDING)
                .getResultList().stream()
                .map(row -> new Target(entity, ((Number) row[0]).longValue(), (String) row[1]))
                .toList();
    }

    public Optional<Geocoder.Answer> cached(GeocoderKind provider, String query) {
        return Optional.ofNullable(em.find(GeocodeCacheEntry.class, new GeocodeCacheEntry.Key(provider, query)))
                .map(GeocodeCacheEntry::answer);
    }

    public void remember(GeocoderKind provider, String query, Geocoder.Answer answer, Instant at) {
        if (em.find(GeocodeCacheEntry.class, new GeocodeCacheEntry.Key(provider, query)) == null) {
            em.persist(new GeocodeCacheEntry(provider, query, answer, at));
        }
    }

    /** Writes the answer if the target is still pending with the same address; whether it was written. */
    public boolean place(Target target, GeocoderKind provider, Geocoder.Answer answer, Instant at) {
        boolean found = answer instanceof Geocoder.Answer.Found;
        Geocoder.Answer.Found point = found ? (Geocoder.Answer.Found) answer : null;
        return em.createQuery("update " + target.entity() + " e set e.geo.latitude = :lat, e.geo.longitude = :lon,"
                + " e.geo.status = :status, e.geo.source = :source, e.geo.at = :at"
                + " where e.id = :id and e.geo.status = :pending and e.address = :address")
                .setParameter("lat", found ? point.latitude() : null)
                .setParameter("lon", found ? point.longitude() : null)
                .setParameter("status", found ? GeoStatus.FOUND : GeoStatus.NOT_FOUND)
                .setParameter("source", provider.name())
                .setParameter("at", at)
                .setParameter("id", target.id())
                .setParameter("pending", GeoStatus.PENDING)
                .setParameter("address", target.address())
                .executeUpdate() == 1;
    }
}
