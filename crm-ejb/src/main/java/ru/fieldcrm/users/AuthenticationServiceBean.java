package ru.fieldcrm.users;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Signs a user in. Runs outside a transaction: the checks and counts are the ledger's, each
 * committed on its own, and the pause that slows down guessing holds no database connection.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuthenticationServiceBean implements AuthenticationService {

    private static final Logger LOG = Logger.getLogger(AuthenticationServiceBean.class.getName());
    private static final int MAX_LOGIN_LENGTH = 100;
    private static final int MAX_PASSWORD_LENGTH = 1024;

    @Inject
    SignInLedger ledger;

    private final Clock clock = Clock.systemUTC();

    @Override
    public SignInResult signIn(SignInAttempt attempt) {
        if (attempt.login() == null || attempt.login().isBlank() || attempt.login().length() > MAX_LOGIN_LENGTH
                || attempt.password() == null || attempt.password().length() > MAX_PASSWORD_LENGTH) {
            return SignInResult.rejected();
        }
        SignInAttempt normalized = new SignInAttempt(attempt.login().strip(), attempt.password(),
                attempt.remoteAddress() == null ? "unknown" : attempt.remoteAddress());
        Instant now = clock.instant();
        Optional<Instant> lock = ledger.lockedUntil(normalized.login(), normalized.remoteAddress(), now);
        if (lock.isPresent()) {
            ledger.recordLocked(normalized, lock.get());
            return SignInResult.locked(lock.get());
        }
        SignInLedger.Verdict verdict;
        try {
            verdict = ledger.verify(normalized, now);
        } catch (EJBException e) {
            // Two failures of one login at the same moment: one of them is counted, both refused.
            LOG.fine(() -> "Concurrent sign-in failure for one key: " + e);
            return SignInResult.rejected();
        }
        if (verdict.result().succeeded()) {
            return verdict.result();
        }
        pause(SignInPolicy.delayAfter(verdict.failures()));
        return ledger.lockedUntil(normalized.login(), normalized.remoteAddress(), clock.instant())
                .map(SignInResult::locked)
                .orElse(verdict.result());
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
