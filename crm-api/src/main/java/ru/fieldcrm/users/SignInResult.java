package ru.fieldcrm.users;

import java.time.Instant;

/**
 * The answer to a sign-in attempt. A wrong password, an unknown login and a deactivated account all
 * answer {@link Status#REJECTED}, so the page does not tell which logins exist.
 */
public record SignInResult(Status status, Long userId, String login, Role role, Instant lockedUntil) {

    public enum Status {
        SUCCESS,
        REJECTED,
        /** Too many failures for this login or address: no password is checked until {@code lockedUntil}. */
        LOCKED
    }

    public static SignInResult success(long userId, String login, Role role) {
        return new SignInResult(Status.SUCCESS, userId, login, role, null);
    }

    public static SignInResult rejected() {
        return new SignInResult(Status.REJECTED, null, null, null, null);
    }

    public static SignInResult locked(Instant until) {
        return new SignInResult(Status.LOCKED, null, null, null, until);
    }

    public boolean succeeded() {
        return status == Status.SUCCESS;
    }
}
