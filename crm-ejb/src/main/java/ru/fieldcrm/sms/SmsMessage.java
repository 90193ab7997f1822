package ru.fieldcrm.sms;

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
import java.time.Instant;

/**
 * One message to a client: written by the change that causes it (the outbox), then claimed, sent
 * and followed until the gateway reports its delivery. It is also the log's row. The dispatcher's
 * moves between states are conditional updates in {@link SmsOutboxStore}, so that two instances
 * never both take a message.
 */
@Entity
@Table(name = "sms_message")
@SequenceGenerator(name = "sms_message_seq", sequenceName = "sms_message_seq", allocationSize = 50)
public class SmsMessage {

    static final String INVALID_NUMBER = "INVALID_NUMBER";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sms_message_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_name", length = 24)
    private SmsTrigger trigger;

    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "order_number")
    private Long orderNumber;

    @Column(name = "assessment_id")
    private Long assessmentId;

    @Column(name = "assessment_number")
    private Long assessmentNumber;

    @Column(nullable = false, length = 40)
    private String phone;

    @Column(nullable = false, length = 1000)
    private String body;

    @Column(nullable = false)
    private int parts;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private SmsStatus status;

    @Column(name = "drop_on_change", nullable = false)
    private boolean dropOnChange;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private SmsGatewayKind gateway;

    @Column(name = "gateway_message_id", length = 64)
    private String gatewayMessageId;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "error_code", length = 40)
    private String errorCode;

    @Column(name = "error_text", length = 500)
    private String errorText;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(nullable = false)
    private int checks;

    @Column(name = "resent_from_id")
    private Long resentFromId;

    @Version
    private long version;

    protected SmsMessage() {
    }

    /**
     * A message due at {@code dueAt}; a number that cannot take an SMS makes it failed at once,
     * with the reason, so that it shows in the log instead of disappearing.
     */
    static SmsMessage write(SmsTrigger trigger, SmsSubject subject, String phone, String text, boolean mobile,
            Instant dueAt, boolean dropOnChange, Instant now) {
        SmsMessage message = new SmsMessage();
        message.trigger = trigger;
        if (subject != null) {
            if (subject.isAssessment()) {
                message.assessmentId = subject.id();
                message.assessmentNumber = subject.number();
            } else {
                message.orderId = subject.id();
                message.orderNumber = subject.number();
            }
        }
        message.phone = phone;
        message.body = text;
        message.parts = SmsText.measure(text).parts();
        message.dropOnChange = dropOnChange;
        message.createdAt = now;
        message.dueAt = dueAt;
        message.status = mobile ? SmsStatus.SCHEDULED : SmsStatus.FAILED;
        message.errorCode = mobile ? null : INVALID_NUMBER;
        return message;
    }

    /** The same message once more, due now (an administrator's «send again»). */
    SmsMessage again(Instant now) {
        SmsMessage copy = new SmsMessage();
        copy.trigger = trigger;
        copy.orderId = orderId;
        copy.orderNumber = orderNumber;
        copy.assessmentId = assessmentId;
        copy.assessmentNumber = assessmentNumber;
        copy.phone = phone;
        copy.body = body;
        copy.parts = parts;
        copy.dropOnChange = false;
        copy.createdAt = now;
        copy.dueAt = now;
        copy.status = SmsStatus.SCHEDULED;
        copy.resentFromId = id;
        return copy;
    }

    SmsMessageSummary toSummary() {
        return new SmsMessageSummary(id, trigger, orderId, orderNumber, assessmentId, assessmentNumber, phone, body,
                parts, status, gateway, gatewayMessageId, attempts, errorCode, errorText, createdAt, dueAt, sentAt,
                deliveredAt);
    }

    public Long getId() {
        return id;
    }

    SmsStatus status() {
        return status;
    }

    SmsTrigger trigger() {
        return trigger;
    }

    Instant dueAt() {
        return dueAt;
    }

    String body() {
        return body;
    }

    String phone() {
        return phone;
    }

    /** Whether a later status change drops this message while it waits (reminders follow the visit instead). */
    boolean isDroppedByChange() {
        return dropOnChange && trigger != null && !trigger.isReminder();
    }

    /** Whether a freshly written message says the same to the same number at the same time. */
    boolean sameAs(SmsMessage other) {
        return phone.equals(other.phone) && body.equals(other.body) && dueAt.equals(other.dueAt)
                && status == other.status;
    }

    void drop() {
        status = SmsStatus.DROPPED;
    }
}
