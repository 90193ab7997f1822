package ru.fieldcrm.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Counting failures, locking and unlocking, and the delays before answering. */
class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    private static final Duration WINDOW = SignInPolicy.WINDOW;
    private static final Duration LOCK = SignInPolicy.LOCK;

    @Test
    void theLimitWithinTheWindowLocks() {
        LoginThrottle throttle = new LoginThrottle(LoginThrottle.loginKey("Ivanov"), T0);
        for (int i = 1; i < SignInPolicy.LOGIN_LIMIT; i++) {
            assertEquals(i, throttle.registerFailure(T0.plusSeconds(i), WINDOW, SignInPolicy.LOGIN_LIMIT, LOCK));
            assertFalse(throttle.isLocked(T0.plusSeconds(i)));
        }
        throttle.registerFailure(T0.plusSeconds(10), WINDOW, SignInPolicy.LOGIN_LIMIT, LOCK);
        assertTrue(throttle.isLocked(T0.plusSeconds(11)));
        assertEquals(T0.plusSeconds(10).plus(LOCK), throttle.getLockedUntil());
        assertFalse(throttle.isLocked(T0.plusSeconds(10).plus(LOCK)), "the lock ends");
    }

    @Test
    void failuresOutsideTheWindowStartOver() {
        LoginThrottle throttle = new LoginThrottle("login:ivanov", T0);
        for (int i = 0; i < SignInPolicy.LOGIN_LIMIT - 1; i++) {
            throttle.registerFailure(T0, WINDOW, SignInPolicy.LOGIN_LIMIT, LOCK);
        }
        assertEquals(1, throttle.registerFailure(T0.plus(WINDOW).plusSeconds(1), WINDOW, SignInPolicy.LOGIN_LIMIT, LOCK));
        assertFalse(throttle.isLocked(T0.plus(WINDOW).plusSeconds(2)));
    }

    @Test
    void aFailureAfterALockHasEndedCountsFromOne() {
        LoginThrottle throttle = new LoginThrottle("login:ivanov", T0);
        for (int i = 0; i < SignInPolicy.LOGIN_LIMIT; i++) {
            throttle.registerFailure(T0, WINDOW, SignInPolicy.LOGIN_LIMIT, LOCK);
        }
        Instant after = T0.plus(LOCK).plusSeconds(1);
        assertEquals(1, throttle.registerFailure(after, Duration.ofDays(1), SignInPolicy.LOGIN_LIMIT, LOCK));
        assertFalse(throttle.isLocked(after));
    }

    @Test
    void keysAreCaseInsensitiveForLogins() {
        assertEquals(LoginThrottle.loginKey("IVANOV"), LoginThrottle.loginKey("ivanov"));
        assertEquals("address:10.0.0.7", LoginThrottle.addressKey("10.0.0.7"));
    }

    @Test
    void answersSlowDownFromTheThirdFailureUpToALimit() {
        assertEquals(Duration.ZERO, SignInPolicy.delayAfter(1));
        assertEquals(Duration.ZERO, SignInPolicy.delayAfter(2));
        assertEquals(Duration.ofMillis(500), SignInPolicy.delayAfter(3));
        assertEquals(Duration.ofMillis(1000), SignInPolicy.delayAfter(4));
        assertEquals(SignInPolicy.MAX_DELAY, SignInPolicy.delayAfter(50));
    }
}
