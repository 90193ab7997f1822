package ru.fieldcrm.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Logger;
import ru.fieldcrm.shared.RequestOrigin;

/**
 * Writes audit entries in the caller's transaction, so an entry exists exactly when the change
 * it describes was committed. Also writes one log line per entry, with ids and codes only.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Auditor {

    private static final Logger LOG = Logger.getLogger("ru.fieldcrm.audit");

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    RequestOrigin origin;

    private final Clock clock = Clock.systemUTC();

    /** Who did it: user id (null for an anonymous caller) and login as typed or known. */
    public record Actor(Long id, String login) {
    }

    public void record(Actor actor, String action, String targetType, Object targetId, String details) {
        String address = remoteAddress();
        String target = targetId == null ? null : String.valueOf(targetId);
        em.persist(new AuditEntry(clock.instant(), actor.id(), actor.login(), action, targetType, target,
                details, address));
        LOG.info(() -> "audit " + action + " actor=" + actor.id() + " target=" + targetType + ":" + target);
    }

    /** Whether the user has done anything that the log remembers. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean hasActed(long userId) {
        return !em.createQuery("select a.id from AuditEntry a where a.actorId = :user", Long.class)
                .setParameter("user", userId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    private String remoteAddress() {
        try {
            return origin.remoteAddress();
        } catch (jakarta.enterprise.context.ContextNotActiveException e) {
            return null;
        }
    }
}
