package ru.fieldcrm.users;

/** Turns user entities into the DTOs of crm-api: the one place where that mapping lives. */
final class UserAssembler {

    private UserAssembler() {
    }

    static UserSummary toSummary(User user) {
        return new UserSummary(user.getId(), user.getLogin(), user.getFullName(), user.getRole(), user.getPhone(),
                user.getEmail(), user.isActive(), user.isConfiguredAdmin(), user.getLastSignInAt());
    }

    static UserDetails toDetails(User user, boolean hasHistory) {
        return new UserDetails(user.getId(), user.getLogin(), user.getFullName(), user.getRole(), user.getPhone(),
                user.getEmail(), user.getExtension(), user.isActive(), user.isConfiguredAdmin(), hasHistory, user.getCreatedAt(),
                user.getLastSignInAt(), user.getVersion());
    }
}
