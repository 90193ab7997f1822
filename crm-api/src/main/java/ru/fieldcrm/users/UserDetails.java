package ru.fieldcrm.users;

import java.time.Instant;

/**
 * One user as the administrator or the user themselves sees it. {@code version} goes back with an
 * update so that a concurrent change is detected. {@code hasHistory} tells whether deleting the
 * user would only deactivate them.
 */
public record UserDetails(
        long id,
        String login,
        String fullName,
        Role role,
        String phone,
        String email,
        String extension,
        boolean active,
        boolean configuredAdmin,
        boolean hasHistory,
        Instant createdAt,
        Instant lastSignInAt,
        long version) {
}
