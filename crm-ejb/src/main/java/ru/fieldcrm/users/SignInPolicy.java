package ru.fieldcrm.users;

import java.time.Duration;

/**
 * How repeated sign-in failures are slowed down and locked. A login is locked after
 * {@value #LOGIN_LIMIT} failures within {@link #WINDOW}; an address, shared by an office, after
 * {@value #ADDRESS_LIMIT}. From the third failure on each answer is delayed a little more.
 */
public final class SignInPolicy {

    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);
    public static final int LOGIN_LIMIT = 5;
    public static final int ADDRESS_LIMIT = 30;
    static final Duration MAX_DELAY = Duration.ofSeconds(3);

    private SignInPolicy() {
    }

    /** The pause before answering the {@code failures}-th failure in a row. */
    public static Duration delayAfter(int failures) {
        if (failures < 3) {
            return Duration.ZERO;
        }
        Duration delay = Duration.ofMillis(500L * (failures - 2));
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }
}
