package ru.fieldcrm.users;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins counted for one key (a login or an address) within a window; once the count
 * reaches the limit the key is locked for a while. Kept in the database so that every server
 * instance sees the same count.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    @Id
    @Column(name = "throttle_key", length = 120)
    private String key;

    @Column(nullable = false)
    private int failures;

    @Column(name = "first_failure_at", nullable = false)
    private Instant firstFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Version
    private long version;

    protected LoginThrottle() {
    }

    public LoginThrottle(String key, Instant now) {
        this.key = key;
        this.firstFailureAt = now;
    }

    public static String loginKey(String login) {
        return "login:" + User.keyOf(login);
    }

    public static String addressKey(String address) {
        return "address:" + address;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts one failure. A window that has passed starts over; reaching {@code limit} failures
     * locks the key for {@code lockFor}.
     *
     * @return the number of failures in the current window, this one included
     */
    public int registerFailure(Instant now, Duration window, int limit, Duration lockFor) {
        if (Duration.between(firstFailureAt, now).compareTo(window) > 0
                || (lockedUntil != null && !now.isBefore(lockedUntil))) {
            failures = 0;
            firstFailureAt = now;
            lockedUntil = null;
        }
        failures++;
        if (failures >= limit) {
            lockedUntil = now.plus(lockFor);
        }
        return failures;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
