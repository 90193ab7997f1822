package ru.fieldcrm.sales;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;

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

    @Version
    private long version;

    protected LostReason() {
    }

    /** A new reason, offered at the end of the list. */
    LostReason(LostReasonForm form, int position) {
        this.name = form.name().strip();
        this.position = position;
        this.active = form.active();
    }

    /** Renames the reason and offers or hides it; the deals lost with it keep it either way. */
    void change(LostReasonForm form) {
        name = form.name().strip();
        active = form.active();
    }

    /** The key two names that mean the same reason share. */
    static String keyOf(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    LostReasonView toView(long used) {
        return new LostReasonView(id, name, active, version, used);
    }

    public long getVersion() {
        return version;
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
