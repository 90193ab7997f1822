package ru.fieldcrm.tracking;

import java.time.Instant;

/** A manager's device token as the administrator sees it later: never the token itself. */
public record DeviceTokenSummary(long id, long managerId, String label, Instant issuedAt, Instant revokedAt,
        Instant lastUsedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
