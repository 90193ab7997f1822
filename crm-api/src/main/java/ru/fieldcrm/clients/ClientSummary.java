package ru.fieldcrm.clients;

import java.time.Instant;

/**
 * A row of the clients list: the first phone number (E.164) and the first address written on one
 * line; either is null when the client has none.
 */
public record ClientSummary(long id, String name, String phone, String address, String email, Instant createdAt) {
}
