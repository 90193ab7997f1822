package ru.fieldcrm.clients;

import java.time.Instant;
import java.util.List;

/** One client with all their numbers and addresses; {@code version} detects concurrent edits. */
public record ClientDetails(
        long id,
        String name,
        List<PhoneEntry> phones,
        List<AddressEntry> addresses,
        String email,
        String comment,
        String source,
        Instant createdAt,
        long version) {

    public ClientDetails {
        phones = List.copyOf(phones);
        addresses = List.copyOf(addresses);
    }
}
