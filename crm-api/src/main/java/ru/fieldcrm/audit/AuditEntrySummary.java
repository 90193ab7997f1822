package ru.fieldcrm.audit;

import java.time.Instant;

/**
 * One line of the audit log. {@code action} is a code such as {@code user.created}; the page
 * shows its name from the bundles. {@code details} never holds secrets.
 */
public record AuditEntrySummary(
        long id,
        Instant at,
        String actorLogin,
        String action,
        String targetType,
        String targetId,
        String details,
        String remoteAddress) {
}
