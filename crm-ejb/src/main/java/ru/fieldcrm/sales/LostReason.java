package ru.fieldcrm.sales;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A reason a deal is lost, from the administrator's list; a retired one is kept for old deals. */
@Entity
@Table(name = "lost_reason")
@SequenceGenerator(name = "lost_reason_seq", sequenceName = "lost_reason_seq", allocationSize = 50)
public class LostReason {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lost_reason_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active;

    protected LostReason() {
    }

    LostReasonView toView() {
        return new LostReasonView(id, name, active);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }
}
