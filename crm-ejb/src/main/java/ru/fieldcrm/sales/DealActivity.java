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
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import ru.fieldcrm.shared.InvalidRequestException;

/**
 * A note, a negotiation or a task on a deal. A negotiation took place (not in the future, a few
 * minutes' clock difference aside); a task has its due time and is done once, by its assignee
 * (the deal's salesperson when it was set).
 */
@Entity
@Table(name = "deal_activity")
@SequenceGenerator(name = "deal_activity_seq", sequenceName = "deal_activity_seq", allocationSize = 50)
public class DealActivity {

    static final Duration CLOCK_SLACK = Duration.ofMinutes(5);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deal_activity_seq")
    private Long id;

    @Column(name = "deal_id", nullable = false, updatable = false)
    private long dealId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private ActivityKind kind;

    @Column(name = "happens_at", nullable = false)
    private Instant happensAt;

    @Column(nullable = false, length = 2000)
    private String text;

    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @Column(length = 300)
    private String outcome;

    @Column(name = "assignee_id")
    private Long assigneeId;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "author_id", updatable = false)
    private Long authorId;

    @Column(name = "author_login", nullable = false, length = 40, updatable = false)
    private String authorLogin;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected DealActivity() {
    }

    /** Logs the form on the deal, checked: a negotiation in the past, a task with its time. */
    public static DealActivity log(Deal deal, ActivityForm form, ZoneId zone, long authorId, String authorLogin,
            Instant now) {
        DealActivity activity = new DealActivity();
        activity.dealId = deal.getId();
        activity.kind = form.kind();
        Instant at = form.at() == null ? null : form.at().atZone(zone).toInstant();
        switch (form.kind()) {
            case NOTE -> at = at == null ? now : at;
            case NEGOTIATION -> {
                if (at == null) {
                    throw new InvalidRequestException("sales.activity.whenRequired", "at");
                }
                if (at.isAfter(now.plus(CLOCK_SLACK))) {
                    throw new InvalidRequestException("sales.activity.negotiationFuture", "at");
                }
                activity.durationMinutes = form.durationMinutes();
                activity.outcome = form.outcome() == null || form.outcome().isBlank() ? null : form.outcome().strip();
            }
            case TASK -> {
                if (at == null) {
                    throw new InvalidRequestException("sales.activity.dueRequired", "at");
                }
                activity.assigneeId = deal.getResponsibleId();
            }
        }
        activity.happensAt = at;
        activity.text = form.text().strip();
        activity.authorId = authorId;
        activity.authorLogin = authorLogin;
        activity.createdAt = now;
        return activity;
    }

    /** A task done; anything else, or a task done already, is refused. */
    public void complete(Instant now) {
        if (kind != ActivityKind.TASK) {
            throw new InvalidRequestException("sales.activity.notATask", null);
        }
        if (doneAt != null) {
            throw new InvalidRequestException("sales.activity.doneAlready", null);
        }
        doneAt = now;
    }

    public boolean isOverdue(Instant now) {
        return kind == ActivityKind.TASK && doneAt == null && happensAt.isBefore(now);
    }

    ActivityView toView(String dealTitle, Instant now) {
        return new ActivityView(id, dealId, dealTitle, kind, happensAt, text, durationMinutes, outcome, assigneeId, doneAt,
                authorLogin, isOverdue(now), version);
    }

    public Long getId() {
        return id;
    }

    public long getDealId() {
        return dealId;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public Instant getHappensAt() {
        return happensAt;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public long getVersion() {
        return version;
    }
}
