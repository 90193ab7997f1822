package ru.fieldcrm.users;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ru.fieldcrm.shared.Phone;

/** A user's edit of their own profile: only name, phone and e-mail are theirs to change. */
public record ProfileUpdateRequest(
        long version,
        @NotBlank(message = "{users.fullName.required}") @Size(max = 120, message = "{users.fullName.tooLong}") String fullName,
        @Phone @Size(max = 40) String phone,
        @Email(message = "{users.email.invalid}") @Size(max = 254, message = "{users.email.invalid}") String email,
        @Pattern(regexp = "[0-9]{1,16}", message = "{users.extension.invalid}") String extension) {
}
