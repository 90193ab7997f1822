package ru.fieldcrm.users;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.fieldcrm.shared.PageRequest;

/**
 * Filter of the users list: a text matched against login, name, phone and e-mail; optional role
 * and activity. Sort fields: {@code login}, {@code fullName}, {@code role}, {@code active},
 * {@code lastSignInAt}.
 */
public record UserQuery(
        @Size(max = 100, message = "{shared.search.tooLong}") String text,
        Role role,
        Boolean active,
        @NotNull @Valid PageRequest page) {
}
