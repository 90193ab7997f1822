package ru.fieldcrm.users;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import ru.fieldcrm.audit.Auditor;

/**
 * The database side of a sign-in, each step in a transaction of its own so that a failure is
 * counted and audited even though the attempt itself is refused.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignInLedger {

    static final String TARGET = "user";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    Auditor auditor;

    /** The end of the lock on this login or address, if one is in force. */
    public Optional<Instant> lockedUntil(String login, String address, Instant now) {
        return Stream.of(LoginThrottle.loginKey(login), LoginThrottle.addressKey(address))
                .map(key -> em.find(LoginThrottle.class, key))
                .filter(throttle -> throttle != null && throttle.isLocked(now))
                .map(LoginThrottle::getLockedUntil)
                .max(Instant::compareTo);
    }

    /** The result of a checked attempt, with the failures of that login so far in the window. */
    public record Verdict(SignInResult result, int failures) {
    }

    /** Checks the password and counts the outcome. */
    public Verdict verify(SignInAttempt attempt, Instant now) {
        Optional<User> found = users.findByLogin(attempt.login());
        if (found.isPresent() && found.get().canSignIn()
                && hasher.matches(attempt.password(), found.get().getPasswordHash())) {
            User user = found.get();
            user.recordSignIn(now);
            LoginThrottle throttle = em.find(LoginThrottle.class, LoginThrottle.loginKey(attempt.login()));
            if (throttle != null) {
                em.remove(throttle);
            }
            auditor.record(new Auditor.Actor(user.getId(), user.getLogin()), "auth.signIn", TARGET, user.getId(), null);
            return new Verdict(SignInResult.success(user.getId(), user.getLogin(), user.getRole()), 0);
        }
        int loginFailures = registerFailure(LoginThrottle.loginKey(attempt.login()), now, SignInPolicy.LOGIN_LIMIT);
        registerFailure(LoginThrottle.addressKey(attempt.remoteAddress()), now, SignInPolicy.ADDRESS_LIMIT);
        String reason = found.isEmpty() ? "unknownLogin" : found.get().canSignIn() ? "wrongPassword" : "inactive";
        Long userId = found.map(User::getId).orElse(null);
        auditor.record(new Auditor.Actor(null, attempt.login()), "auth.signInFailed", TARGET, userId,
                "reason=" + reason + " failures=" + loginFailures);
        return new Verdict(SignInResult.rejected(), loginFailures);
    }

    /** Records that an attempt was refused unchecked because of a lock. */
    public void recordLocked(SignInAttempt attempt, Instant until) {
        auditor.record(new Auditor.Actor(null, attempt.login()), "auth.signInLocked", TARGET, null,
                "until=" + until);
    }

    private int registerFailure(String key, Instant now, int limit) {
        LoginThrottle throttle = em.find(LoginThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (throttle == null) {
            throttle = new LoginThrottle(key, now);
            em.persist(throttle);
        }
        return throttle.registerFailure(now, SignInPolicy.WINDOW, limit, SignInPolicy.LOCK);
    }
}
