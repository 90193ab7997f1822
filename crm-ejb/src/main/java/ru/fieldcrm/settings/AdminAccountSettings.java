package ru.fieldcrm.settings;

import java.util.Optional;

/**
 * The administrator account the settings ask for. There is deliberately no default password: a
 * server without {@code CRM_ADMIN_PASSWORD} refuses to start the application and says so.
 */
public record AdminAccountSettings(String login, String password) {

    static final String LOGIN_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{2,39}";

    @Override
    public String toString() {
        return "AdminAccountSettings[login=" + login + "]";
    }

    /** @throws IllegalStateException naming the missing or invalid setting */
    public static AdminAccountSettings of(String login, Optional<String> password) {
        String checkedPassword = password.filter(p -> !p.isEmpty()).orElseThrow(() -> new IllegalStateException(
                "The setting " + CrmConfiguration.ADMIN_PASSWORD + " is missing: set the administrator's password"
                        + " (environment variable or server config property) and start again."));
        if (login == null || !login.matches(LOGIN_PATTERN)) {
            throw new IllegalStateException("The setting " + CrmConfiguration.ADMIN_LOGIN + " is not a valid login"
                    + " (3-40 Latin letters, digits, dots, hyphens, underscores): " + login);
        }
        return new AdminAccountSettings(login, checkedPassword);
    }
}
