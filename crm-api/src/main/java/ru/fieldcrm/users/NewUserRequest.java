package ru.fieldcrm.users;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.fieldcrm.shared.Phone;

/** What the administrator enters to create a user. */
public record NewUserRequest(
        @Login String login,
        @NotBlank(message = "{users.fullName.required}") @Size(max = 120, message = "{users.fullName.tooLong}") String fullName,
        @NotNull(message = "{users.role.required}") Role role,
        @Phone @Size(max = 40) String phone,
        @Email(message = "{users.email.invalid}") @Size(max = 254, message = "{users.email.invalid}") String email,
        @NotNull(message = "{users.password.required}") @Password String password) {

    @Override
    public String toString() {
        return "NewUserRequest[login=" + login + ", role=" + role + "]";
    }
}
