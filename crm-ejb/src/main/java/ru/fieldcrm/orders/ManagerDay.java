package ru.fieldcrm.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A manager's closed day. Its orders' final sums are what the financial reports count; after the
 * close only an administrator changes them, and the day is then marked corrected.
 */
@Entity
@Table(name = "manager_day")
@SequenceGenerator(name = "manager_day_seq", sequenceName = "manager_day_seq", allocationSize = 50)
public class ManagerDay {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "manager_day_seq")
    private Long id;

    @Column(name = "manager_id", nullable = false)
    private long managerId;

    @Column(name = "work_day", nullable = false)
    private LocalDate day;

    @Column(name = "closed_at", nullable = false)
    private Instant closedAt;

    @Column(name = "closed_by")
    private Long closedBy;

    @Column(name = "corrected_at")
    private Instant correctedAt;

    @Version
    private long version;

    protected ManagerDay() {
    }

    ManagerDay(long managerId, LocalDate day, long closedBy, Instant closedAt) {
        this.managerId = managerId;
        this.day = day;
        this.closedBy = closedBy;
        this.closedAt = closedAt;
    }

    void markCorrected(Instant at) {
        this.correctedAt = at;
    }

    public LocalDate getDay() {
        return day;
    }

    public Instant getCorrectedAt() {
        return correctedAt;
    }
}
