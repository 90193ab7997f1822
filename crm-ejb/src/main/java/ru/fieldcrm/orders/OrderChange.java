package ru.fieldcrm.orders;

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

/** One line of an order's history. Written once, never changed. */
@Entity
@Table(name = "order_change")
@SequenceGenerator(name = "order_change_seq", sequenceName = "order_change_seq", allocationSize = 50)
public class OrderChange {

    private static final int VALUE_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_change_seq")
    private Long id;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_login", nullable = false, length = 40)
    private String actorLogin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrderField field;

    @Column(name = "old_value", length = VALUE_LENGTH)
    private String oldValue;

    @Column(name = "new_value", length = VALUE_LENGTH)
    private String newValue;

    protected OrderChange() {
    }

    OrderChange(long orderId, Instant changedAt, OrderActor actor, FieldChange change) {
        this.orderId = orderId;
        this.changedAt = changedAt;
        this.actorId = actor.userId();
        this.actorLogin = actor.login();
        this.field = change.field();
        this.oldValue = truncate(change.oldValue());
        this.newValue = truncate(change.newValue());
    }

    private static String truncate(String value) {
        return value == null || value.length() <= VALUE_LENGTH ? value : value.substring(0, VALUE_LENGTH);
    }

    OrderChangeEntry toEntry() {
        return new OrderChangeEntry(changedAt, actorLogin, field, oldValue, newValue);
    }
}
