package ru.fieldcrm.sales;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import ru.fieldcrm.shared.InvalidRequestException;
import ru.fieldcrm.shared.Money;

/**
 * A deal of the sales pipeline: what is being sold to whom, for how much, by which salesperson, and
 * where it stands. It moves between the stages of its own pipeline; entering the won or lost stage
 * closes it (lost only with a reason), moving it back to an open stage opens it again.
 */
@Entity
@Table(name = "deal")
@SequenceGenerator(name = "deal_seq", sequenceName = "deal_seq", allocationSize = 50)
public class Deal {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deal_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "client_id")
    private Long clientId;

    @Column(name = "contact_name", length = 200)
    private String contactName;

    @Column(name = "contact_phone", length = 20)
    private String contactPhone;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "responsible_id", nullable = false)
    private long responsibleId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "pipeline_id")
    private Pipeline pipeline;

    @ManyToOne(optional = false)
    @JoinColumn(name = "stage_id")
    private PipelineStage stage;

    /** The furthest open or won stage the deal has been in, by position: what the funnel counts. */
    @ManyToOne
    @JoinColumn(name = "furthest_stage_id")
    private PipelineStage furthestStage;

    @Column(name = "stage_since", nullable = false)
    private Instant stageSince;

    @Column(length = 100)
    private String source;

    @Column(name = "expected_close")
    private LocalDate expectedClose;

    @Column(length = 4000)
    private String notes;

    @ManyToOne
    @JoinColumn(name = "lost_reason_id")
    private LostReason lostReason;

    @Column(name = "lost_comment", length = 500)
    private String lostComment;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected Deal() {
    }

    /** What a deal holds besides its stage, already checked and normalized by the service. */
    public record Terms(String title, Long clientId, String contactName, String contactPhone, BigDecimal amount,
            long responsibleId, String source, LocalDate expectedClose, String notes) {

        public Terms {
            title = title.strip();
            contactName = blankToNull(contactName);
            source = blankToNull(source);
            notes = blankToNull(notes);
            amount = Money.of(amount).amount();
        }
    }

    /** A new deal in the given stage of its pipeline (an open one). */
    public static Deal open(Terms terms, PipelineStage stage, Long createdBy, Instant now) {
        if (stage.getOutcome().ends()) {
            throw new InvalidRequestException("sales.deal.startsOpen", "stageId");
        }
        Deal deal = new Deal();
        deal.write(terms);
        deal.pipeline = stage.getPipeline();
        deal.stage = stage;
        deal.furthestStage = stage;
        deal.stageSince = now;
        deal.createdAt = now;
        deal.createdBy = createdBy;
        return deal;
    }

    /** Takes the new terms; answers what changed (field names and values, for the history). */
    public List<DealChange> change(Terms terms) {
        List<DealChange> changes = new ArrayList<>();
        compare(changes, "title", title, terms.title());
        compare(changes, "client", Objects.toString(clientId, null), Objects.toString(terms.clientId(), null));
        compare(changes, "contact", contactName, terms.contactName());
        compare(changes, "contactPhone", contactPhone, terms.contactPhone());
        compare(changes, "amount", amount.toPlainString(), terms.amount().toPlainString());
        compare(changes, "responsible", String.valueOf(responsibleId), String.valueOf(terms.responsibleId()));
        compare(changes, "source", source, terms.source());
        compare(changes, "expectedClose", Objects.toString(expectedClose, null), Objects.toString(terms.expectedClose(), null));
        compare(changes, "notes", notes, terms.notes());
        write(terms);
        return changes;
    }

    /**
     * Moves the deal to another stage of its pipeline. The lost stage needs an active reason; the
     * won and lost stages close the deal, an open stage opens it again and forgets why it was lost.
     * Answers nothing when the deal is already there.
     */
    public List<DealChange> moveTo(PipelineStage target, LostReason reason, String comment, Instant now) {
        if (!target.getPipeline().getId().equals(pipeline.getId())) {
            throw new InvalidRequestException("sales.stage.notInPipeline", "stageId");
        }
        StageOutcome outcome = target.getOutcome();
        if (outcome == StageOutcome.LOST) {
            if (reason == null) {
                throw new InvalidRequestException("sales.move.lostReasonRequired", "lostReasonId");
            }
            if (!reason.isActive() && (lostReason == null || !lostReason.getId().equals(reason.getId()))) {
                throw new InvalidRequestException("sales.move.lostReasonRetired", "lostReasonId", reason.getName());
            }
        }
        if (target.getId().equals(stage.getId()) && (outcome != StageOutcome.LOST
                || (lostReason != null && lostReason.getId().equals(reason.getId())
                && Objects.equals(lostComment, blankToNull(comment))))) {
            return List.of();
        }
        PipelineStage from = stage;
        stage = target;
        if (outcome != StageOutcome.LOST && (furthestStage == null || target.getPosition() > furthestStage.getPosition())) {
            furthestStage = target;
        }
        stageSince = now;
        lostReason = outcome == StageOutcome.LOST ? reason : null;
        lostComment = outcome == StageOutcome.LOST ? blankToNull(comment) : null;
        closedAt = outcome.ends() ? (closedAt == null ? now : closedAt) : null;
        return List.of(DealChange.moved(from, target, lostReason == null ? target.getName()
                : target.getName() + " (" + lostReason.getName() + ")"));
    }

    /** The furthest open or won stage the deal has been in (the funnel's measure). */
    public PipelineStage getFurthestStage() {
        return furthestStage;
    }

    /** An order or an assessment is made only from a won deal. */
    public void requireWon() {
        if (stage.getOutcome() != StageOutcome.WON) {
            throw new InvalidRequestException("sales.deal.notWon", null, stage.getName());
        }
    }

    private void write(Terms terms) {
        title = terms.title();
        clientId = terms.clientId();
        contactName = terms.contactName();
        contactPhone = terms.contactPhone();
        amount = terms.amount();
        responsibleId = terms.responsibleId();
        source = terms.source();
        expectedClose = terms.expectedClose();
        notes = terms.notes();
    }

    private static void compare(List<DealChange> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(DealChange.changed(field, before, after));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Long getClientId() {
        return clientId;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public long getResponsibleId() {
        return responsibleId;
    }

    public Pipeline getPipeline() {
        return pipeline;
    }

    public PipelineStage getStage() {
        return stage;
    }

    public Instant getStageSince() {
        return stageSince;
    }

    public String getSource() {
        return source;
    }

    public LocalDate getExpectedClose() {
        return expectedClose;
    }

    public String getNotes() {
        return notes;
    }

    public LostReason getLostReason() {
        return lostReason;
    }

    public String getLostComment() {
        return lostComment;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public long getVersion() {
        return version;
    }
}
