package ru.fieldcrm.tracking;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import ru.fieldcrm.audit.Auditor;
import ru.fieldcrm.settings.CrmConfiguration;
import ru.fieldcrm.shared.ForbiddenException;
import ru.fieldcrm.shared.InvalidRequestException;
import ru.fieldcrm.shared.NotFoundException;
import ru.fieldcrm.users.Role;
import ru.fieldcrm.users.Staff;
import ru.fieldcrm.users.StaffMember;

/**
 * Positions in (with a device token, no session) and out (the last positions, a day's track);
 * the administrator's device tokens, every issue and revocation audited.
 */
@Stateless
@DeclareRoles({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER, Role.Names.SALES})
@RolesAllowed(Role.Names.ADMIN)
public class TrackingServiceBean implements TrackingService {

    private static final String TARGET = "deviceToken";
    private static final Logger LOG = Logger.getLogger(TrackingServiceBean.class.getName());
    /** How many refusals of one batch are reported, so a bad batch of 500 is not a 500-line answer. */
    private static final int REPORTED_PROBLEMS = 10;
    /** The label of a manager's browser in the administrator's list of devices. */
    static final String BROWSER = "«Мой день»";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    Staff staff;

    @Inject
    Auditor auditor;

    @Inject
    CrmConfiguration configuration;

    @Inject
    TrackRepository tracks;

    private final Clock clock = Clock.systemUTC();

    @Override
    @PermitAll
    public IngestResult record(String token, List<PositionReport> positions) {
        return store(acceptedDevice(token), positions);
    }

    @Override
    @RolesAllowed(Role.Names.MANAGER)
    public IngestResult recordOwn(List<PositionReport> positions) {
        StaffMember manager = staff.current();
        // The browser's device is the one the manager issued to themselves: administrators issue all others.
        List<DeviceToken> found = em.createQuery("select d from DeviceToken d where d.managerId = :manager"
                + " and d.issuedBy = :manager order by d.id", DeviceToken.class)
                .setParameter("manager", manager.id()).getResultList();
        DeviceToken device;
        if (found.isEmpty()) {
            // Its token is never shown: the browser sends with the manager's session.
            device = DeviceToken.issue(manager.id(), BROWSER, clock.instant(), manager.id()).device();
            em.persist(device);
            em.flush();
        } else {
            device = found.get(0);
        }
        if (!device.accepts()) {
            throw new ForbiddenException("tracking.browser.revoked");
        }
        return store(device, positions);
    }

    private IngestResult store(DeviceToken device, List<PositionReport> positions) {
        Instant now = clock.instant();
        checkBatch(positions, now);
        // The lock serialises the batches of one device, so the check for stored times below
        // cannot race another request of the same device into the unique index.
        em.lock(device, LockModeType.PESSIMISTIC_WRITE);
        Map<Instant, PositionReport> byTime = new LinkedHashMap<>();
        positions.forEach(p -> byTime.putIfAbsent(p.time(), p));
        Set<Instant> stored = storedTimes(device.getId(), byTime.keySet());
        int added = 0;
        for (PositionReport position : byTime.values()) {
            if (!stored.contains(position.time())) {
                em.persist(new GpsPosition(device.getManagerId(), device.getId(), position, now));
                device.heard(position);
                added++;
            }
        }
        device.used(now);
        int received = positions.size();
        int storedCount = added;
        LOG.fine(() -> "positions device=" + device.getId() + " received=" + received + " stored=" + storedCount);
        return new IngestResult(received, added);
    }

    private DeviceToken acceptedDevice(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            throw new DeviceRefusedException();
        }
        List<DeviceToken> found = em.createQuery("select d from DeviceToken d where d.tokenHash = :hash",
                DeviceToken.class).setParameter("hash", DeviceToken.hash(token.strip())).getResultList();
        if (found.isEmpty() || !found.get(0).accepts()) {
            throw new DeviceRefusedException();
        }
        DeviceToken device = found.get(0);
        Optional<StaffMember> manager = staff.find(device.getManagerId());
        if (manager.isEmpty() || !manager.get().active()) {
            throw new DeviceRefusedException();
        }
        return device;
    }

    /** The whole batch or nothing: every broken rule of it, by the position's index. */
    static void checkBatch(List<PositionReport> positions, Instant now) {
        if (positions == null || positions.isEmpty()) {
            throw new InvalidRequestException("tracking.batch.empty", "positions");
        }
        if (positions.size() > PositionRules.MAX_BATCH) {
            throw new InvalidRequestException("tracking.batch.tooLarge", "positions", PositionRules.MAX_BATCH);
        }
        List<InvalidRequestException> problems = new ArrayList<>();
        for (int i = 0; i < positions.size() && problems.size() < REPORTED_PROBLEMS; i++) {
            int index = i;
            PositionRules.problem(positions.get(i), now).ifPresent(key ->
                    problems.add(new InvalidRequestException(key, "positions[" + index + "]")));
        }
        if (!problems.isEmpty()) {
            throw InvalidRequestException.all(problems);
        }
    }

    private Set<Instant> storedTimes(long deviceId, Set<Instant> times) {
        Instant first = times.stream().min(Comparator.naturalOrder()).orElseThrow();
        Instant last = times.stream().max(Comparator.naturalOrder()).orElseThrow();
        return new HashSet<>(em.createQuery("select p from GpsPosition p where p.deviceId = :device"
                + " and p.deviceTime between :first and :last", GpsPosition.class)
                .setParameter("device", deviceId)
                .setParameter("first", first)
                .setParameter("last", last)
                .getResultStream().map(GpsPosition::getDeviceTime).toList());
    }

    @Override
    public DeviceTokenIssued issueToken(long managerId, DeviceTokenRequest request) {
        StaffMember actor = staff.current();
        StaffMember manager = staff.find(managerId).orElseThrow(() -> new NotFoundException("users.notFound"));
        if (manager.role() != Role.MANAGER || !manager.active()) {
            throw new InvalidRequestException("tracking.token.notManager", "managerId");
        }
        DeviceToken.Issued issued = DeviceToken.issue(managerId, request.label(), clock.instant(), actor.id());
        em.persist(issued.device());
        em.flush();
        DeviceToken device = issued.device();
        auditor.record(new Auditor.Actor(actor.id(), actor.login()), "tracking.tokenIssued", TARGET, device.getId(),
                "manager=" + managerId);
        return new DeviceTokenIssued(device.getId(), managerId, device.getLabel(), issued.token(), device.getIssuedAt());
    }

    @Override
    public DeviceTokenSummary revokeToken(long tokenId) {
        StaffMember actor = staff.current();
        DeviceToken device = Optional.ofNullable(em.find(DeviceToken.class, tokenId))
                .orElseThrow(() -> new NotFoundException("tracking.token.notFound"));
        boolean wasAccepted = device.accepts();
        device.revoke(clock.instant());
        if (wasAccepted) {
            auditor.record(new Auditor.Actor(actor.id(), actor.login()), "tracking.tokenRevoked", TARGET,
                    device.getId(), "manager=" + device.getManagerId());
        }
        return device.toSummary();
    }

    @Override
    public List<DeviceTokenSummary> tokens(long managerId) {
        return em.createQuery("select d from DeviceToken d where d.managerId = :manager order by d.issuedAt desc, d.id desc",
                DeviceToken.class).setParameter("manager", managerId).getResultStream()
                .map(DeviceToken::toSummary).toList();
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR})
    public List<ManagerPosition> lastPositions() {
        return tracks.lastPositions();
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR})
    public List<TrackPoint> track(long managerId, LocalDate day) {
        return tracks.track(managerId, day);
    }
}
