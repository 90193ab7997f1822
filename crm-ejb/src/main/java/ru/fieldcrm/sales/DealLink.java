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

/** An order or an assessment made from a won deal; each belongs to one deal at most. */
@Entity
@Table(name = "deal_link")
@SequenceGenerator(name = "deal_link_seq", sequenceName = "deal_link_seq", allocationSize = 50)
public class DealLink {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deal_link_seq")
    private Long id;

    @Column(name = "deal_id", nullable = false, updatable = false)
    private long dealId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private DealLinkKind kind;

    @Column(name = "target_id", nullable = false, updatable = false)
    private long targetId;

    @Column(nullable = false, updatable = false)
    private long number;

    @Column(name = "linked_at", nullable = false, updatable = false)
    private Instant linkedAt;

    protected DealLink() {
    }

    DealLink(long dealId, DealLinkKind kind, long targetId, long number, Instant linkedAt) {
        this.dealId = dealId;
        this.kind = kind;
        this.targetId = targetId;
        this.number = number;
        this.linkedAt = linkedAt;
    }

    DealLinkView toView() {
        return new DealLinkView(kind, targetId, number, linkedAt);
    }
}
