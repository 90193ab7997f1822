package ru.fieldcrm.users;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ru.fieldcrm.shared.Phone;

/** The administrator's edit of a user; {@code version} is the one the form was loaded with. */
public record UserUpdateRequest(
        long id,
        long version,
        @Login String login,
        @NotBlank(message = "{users.fullName.required}") @Size(max = 120, message = "{users.fullName.tooLong}") String fullName,
        @NotNull(message = "{users.role.required}") Role role,
        @Phone @Size(max = 40) String phone,
        @Email(message = "{users.email.invalid}") @Size(max = 254, message = "{users.email.invalid}") String email,
        @Pattern(regexp = "[0-9]{1,16}", message = "{users.extension.invalid}") String extension,
        boolean active) {
}
