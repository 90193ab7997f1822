package ru.fieldcrm.sales;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An entry of a deal's history; written once, never changed. */
@Entity
@Table(name = "deal_event")
@SequenceGenerator(name = "deal_event_seq", sequenceName = "deal_event_seq", allocationSize = 50)
public class DealEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deal_event_seq")
    private Long id;

    @Column(name = "deal_id", nullable = false, updatable = false)
    private long dealId;

    @Column(name = "happened_at", nullable = false, updatable = false)
    private Instant happenedAt;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_login", nullable = false, length = 40, updatable = false)
    private String actorLogin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private DealEventKind kind;

    @Column(length = 20, updatable = false)
    private String field;

    @Column(name = "old_value", length = 4000, updatable = false)
    private String oldValue;

    @Column(name = "new_value", length = 4000, updatable = false)
    private String newValue;

    @Column(name = "from_stage_id", updatable = false)
    private Long fromStageId;

    @Column(name = "to_stage_id", updatable = false)
    private Long toStageId;

    protected DealEvent() {
    }

    DealEvent(long dealId, Instant happenedAt, Long actorId, String actorLogin, DealChange change) {
        this.dealId = dealId;
        this.happenedAt = happenedAt;
        this.actorId = actorId;
        this.actorLogin = actorLogin;
        this.kind = change.kind();
        this.field = change.field();
        this.oldValue = change.oldValue();
        this.newValue = change.newValue();
        this.fromStageId = change.fromStageId();
        this.toStageId = change.toStageId();
    }

    DealEventView toView() {
        return new DealEventView(happenedAt, actorLogin, kind, field, oldValue, newValue);
    }
}
