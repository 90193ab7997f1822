package ru.fieldcrm.geo;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import ru.fieldcrm.audit.Auditor;
import ru.fieldcrm.shared.ConcurrentChangeException;
import ru.fieldcrm.shared.InvalidRequestException;
import ru.fieldcrm.shared.NotFoundException;
import ru.fieldcrm.users.Role;
import ru.fieldcrm.users.Staff;
import ru.fieldcrm.users.StaffMember;

/** The geocoder and map settings, and the geocoding of pending addresses. */
@Stateless
@DeclareRoles({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER, Role.Names.SALES})
@RolesAllowed(Role.Names.ADMIN)
public class GeoServiceBean implements GeoService {

    private static final String TARGET = "geo";
    private static final Logger LOG = Logger.getLogger(GeoServiceBean.class.getName());
    /** How many pending addresses the periodic retry takes at a time. */
    static final int BATCH = 200;

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @EJB
    GeoWork work;

    @Inject
    Instance<Geocoder> geocoders;

    @Inject
    Staff staff;

    @Inject
    Auditor auditor;

    private final Clock clock = Clock.systemUTC();

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER})
    public String mapsKey() {
        return em.find(GeoSettings.class, GeoSettings.ID).googleMapsKey();
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR})
    public GeoPlacement placeByHand(GeoTarget target, long id, HandPoint point) {
        String entity = switch (target) {
            case ORDER -> "CrmOrder";
            case ASSESSMENT -> "Assessment";
            case CLIENT -> "ClientAddress";
        };
        // A bulk update like the geocoder's: the owner's version stays, so nobody editing the card
        // meanwhile is told of a concurrent change, and their save keeps the MANUAL point.
        int placed = em.createQuery("update " + entity + " e set e.geo.latitude = :lat, e.geo.longitude = :lon,"
                + " e.geo.status = :manual, e.geo.source = :source, e.geo.at = :at where e.id = :id")
                .setParameter("lat", point.latitude())
                .setParameter("lon", point.longitude())
                .setParameter("manual", GeoStatus.MANUAL)
                .setParameter("source", GeoPoint.BY_HAND)
                .setParameter("at", clock.instant())
                .setParameter("id", id)
                .executeUpdate();
        if (placed == 0) {
            throw new NotFoundException("geo.target.notFound");
        }
        LOG.info(() -> "point placed by hand: " + target + " " + id);
        return new GeoPlacement(point.latitude(), point.longitude(), GeoStatus.MANUAL, GeoPoint.BY_HAND);
    }

    @Override
    public GeoSettingsDetails settings() {
        return em.find(GeoSettings.class, GeoSettings.ID).toDetails();
    }

    @Override
    public GeoSettingsDetails saveSettings(long version, GeoSettingsForm form) {
        StaffMember actor = staff.current();
        GeoSettings settings = em.find(GeoSettings.class, GeoSettings.ID);
        if (settings.version() != version) {
            throw new ConcurrentChangeException("geo.changedConcurrently");
        }
        List<InvalidRequestException> problems = settings.problems(form);
        if (!problems.isEmpty()) {
            throw InvalidRequestException.all(problems);
        }
        settings.apply(form, actor.id(), clock.instant());
        em.flush();
        auditor.record(new Auditor.Actor(actor.id(), actor.login()), "geo.settingsChanged", TARGET, GeoSettings.ID,
                "geocoder=" + form.geocoder());
        return settings.toDetails();
    }

    /** Runs without a transaction: each step is its own short one in {@link GeoWork}. */
    @Override
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int geocodePending(int limit) {
        return geocode(work.pending(limit));
    }

    @Override
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int geocode(GeoTarget target, long id) {
        return geocode(work.pendingOf(target, id));
    }

    private int geocode(List<GeoWork.Target> targets) {
        if (targets.isEmpty()) {
            return 0;
        }
        GeoSettings settings = work.settings();
        GeocoderKind kind = settings.geocoder();
        if (kind == GeocoderKind.NONE) {
            return 0;
        }
        Optional<Geocoder> geocoder = geocoders.stream().filter(g -> g.kind() == kind).findFirst();
        if (geocoder.isEmpty()) {
            return 0;
        }
        Geocoder.Account account = settings.account();
        int asked = 0;
        for (GeoWork.Target target : targets) {
            String query = Geocoder.normalize(target.address());
            Optional<Geocoder.Answer> cached = work.cached(kind, query);
            Geocoder.Answer answer;
            if (cached.isPresent()) {
                answer = cached.get();
            } else {
                answer = query.isEmpty() ? new Geocoder.Answer.NotFound() : geocoder.get().locate(account, query);
                asked++;
                if (answer instanceof Geocoder.Answer.Failed failed) {
                    // Left pending for the next try; the rest would most likely fail the same way.
                    LOG.info(() -> "Geocoder " + kind + " failed for " + target.entity() + " " + target.id() + ": "
                            + failed.reason());
                    break;
                }
                work.remember(kind, query, answer, clock.instant());
            }
            boolean written = work.place(target, kind, answer, clock.instant());
            LOG.fine(() -> target.entity() + " " + target.id() + (answer instanceof Geocoder.Answer.Found
                    ? " located" : " not found") + (written ? "" : " (changed meanwhile, not written)"));
        }
        return asked;
    }

    /** Retries what a provider's failure left pending (and what was saved while no geocoder was chosen). */
    @Schedule(minute = "*/10", hour = "*", persistent = false)
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void retryPending() {
        geocodePending(BATCH);
    }
}
