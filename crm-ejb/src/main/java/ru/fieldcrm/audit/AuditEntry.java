package ru.fieldcrm.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One thing that happened. Entries are never changed or deleted. The actor is kept by id and by
 * login, so the entry still says who it was after the user is renamed or deactivated.
 */
@Entity
@Table(name = "audit_entry")
@SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
public class AuditEntry {

    static final int DETAILS_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_login", length = 40)
    private String actorLogin;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(name = "target_type", length = 40)
    private String targetType;

    @Column(name = "target_id", length = 40)
    private String targetId;

    @Column(length = DETAILS_LENGTH)
    private String details;

    @Column(name = "remote_address", length = 64)
    private String remoteAddress;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, Long actorId, String actorLogin, String action, String targetType,
            String targetId, String details, String remoteAddress) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorLogin = truncate(actorLogin, 40);
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.details = truncate(details, DETAILS_LENGTH);
        this.remoteAddress = truncate(remoteAddress, 64);
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    AuditEntrySummary toSummary() {
        return new AuditEntrySummary(id, occurredAt, actorLogin, action, targetType, targetId, details,
                remoteAddress);
    }
}
