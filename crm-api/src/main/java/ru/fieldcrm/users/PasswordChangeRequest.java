package ru.fieldcrm.users;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/** A user's change of their own password: the current one proves it is them. */
public record PasswordChangeRequest(
        @NotEmpty(message = "{users.password.currentRequired}") String currentPassword,
        @NotNull(message = "{users.password.required}") @Password String newPassword) {

    @Override
    public String toString() {
        return "PasswordChangeRequest[***]";
    }
}
