package ru.fieldcrm.tracking;

import java.time.Instant;

/** A new device token: the only time the token itself is shown; the server keeps its hash. */
public record DeviceTokenIssued(long id, long managerId, String label, String token, Instant issuedAt) {
}
