package ru.fieldcrm.clients;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.fieldcrm.shared.PageRequest;

/**
 * Filter of the clients list. {@code text} matches part of the name or e-mail without regard to
 * case; when it holds three digits or more, also any phone number containing them (a leading 8
 * is read as +7, as Russians dial it). Sort fields: {@code name}, {@code createdAt}; without one,
 * the newest clients come first. Merged duplicates are never listed.
 */
public record ClientQuery(
        @Size(max = 100, message = "{shared.search.tooLong}") String text,
        @NotNull @Valid PageRequest page) {
}
