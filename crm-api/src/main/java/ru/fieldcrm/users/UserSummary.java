package ru.fieldcrm.users;

import java.time.Instant;

/** A row of the users list. */
public record UserSummary(
        long id,
        String login,
        String fullName,
        Role role,
        String phone,
        String email,
        boolean active,
        boolean configuredAdmin,
        Instant lastSignInAt) {
}
